import type { ConversationReference } from 'botbuilder';
import { loadConfig } from '../../config';
import { createCommerce, type Commerce } from '../../commerce';
import { SimulatedCardGateway } from '../../commerce/payment/simulated-gateway';
import { createAdapter } from '../../bot/teams';
import { ConversationReferences, NotificationDirectory, ProactiveNotifier } from '../../bot/notifications';
import { createLogger } from '../../logging';
import { DEMO, ensureCatalog, seedDemoDirectory } from '../../models/seed';
import { Database } from '../../models/database';
import { DIALECTS, type TestDatabase } from '../helpers/databases';
import { FakeConnector } from '../helpers/fake-connector';
import { openCheckoutPage, startTestApp, submitCheckout, TEST_CARDS, type TestApp } from '../helpers/app';
import {
  BOT,
  cardText,
  findAction,
  invokeCard,
  TEAMS_USERS,
  TeamsConversation,
  type TeamsUser,
} from '../helpers/activities';
import { reportRows, TENANTS } from './admin-fixtures';

const CHLOE_SUBSCRIPTION = DEMO.subscriptions.contosoPowerBiSelfService;

describe('proactive notifications over HTTP', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.dispose());

  const conversation = (user: TeamsUser, locale: string) =>
    new TeamsConversation(app.connector.url, user, locale);
  const texts = (c: TeamsConversation, from = 0) =>
    app.connector
      .to(c.id)
      .slice(from)
      .map((a) => a.body.text ?? '');
  const references = () =>
    app.query<{ userId: string; tenantId: string; channelId: string; reference: string; updatedAt: string }>(
      'SELECT "userId", "tenantId", "channelId", reference, "updatedAt" FROM conversation_references ORDER BY "userId"',
    );

  /** Anna buys `seats` Power BI Pro seats, typed, through the checkout page; resolves with the receipt. */
  async function annaBuys(anna: TeamsConversation, seats: number) {
    await app.post(anna.message(`acheter ${seats} Power BI`));
    await app.post(anna.message('oui'));
    const url = /http:\/\/127\.0\.0\.1:\d+\/checkout\/[\w-]+/.exec(
      cardText(app.connector.cards(anna.id).at(-1)),
    )?.[0];
    if (!url) throw new Error('no checkout link');
    const page = await openCheckoutPage(url);
    const before = app.connector.to(anna.id).length;
    expect((await submitCheckout(url, page.csrf as string, TEST_CARDS.good)).status).toBe(200);
    return app.connector.waitFor(() =>
      app.connector
        .to(anna.id)
        .slice(before)
        .find((a) => a.body.attachments?.length),
    );
  }

  test('a user talking to the bot in a personal chat is remembered once, and again only when it changes', async () => {
    const grace = conversation(TEAMS_USERS.grace, 'en-US');
    await app.post(grace.message('help'));
    const [row] = (await references()).filter((r) => r.userId === 'usr_contoso_grace');
    expect(row).toMatchObject({ tenantId: TENANTS.contoso, channelId: 'msteams' });
    const reference = JSON.parse(row.reference) as Partial<ConversationReference>;
    expect(reference).toMatchObject({
      serviceUrl: app.connector.url,
      conversation: { id: grace.id, tenantId: TENANTS.contoso },
      user: { id: TEAMS_USERS.grace.id, aadObjectId: TEAMS_USERS.grace.aadObjectId },
      bot: { id: BOT.id },
    });
    expect(reference).not.toHaveProperty('activityId');

    await app.post(grace.message('help'));
    await app.post(grace.execute('help.show'));
    const [same] = (await references()).filter((r) => r.userId === 'usr_contoso_grace');
    expect(same.updatedAt).toBe(row.updatedAt);

    const elsewhere = conversation(TEAMS_USERS.grace, 'en-US');
    await app.post(elsewhere.message('help'));
    const [moved] = (await references()).filter((r) => r.userId === 'usr_contoso_grace');
    expect(JSON.parse(moved.reference).conversation.id).toBe(elsewhere.id);
  });

  test('after Anna buys, Grace (who talked to the bot) is told; Bill (who never did) and Anna are not', async () => {
    const grace = conversation(TEAMS_USERS.grace, 'en-US');
    await app.post(grace.message('hello'));
    const graceBefore = app.connector.to(grace.id).length;
    const anna = conversation(TEAMS_USERS.anna, 'fr-FR');

    const receipt = await annaBuys(anna, 2);
    expect(receipt.body.text).toBe('Paiement reçu, merci ! Voici votre reçu :');
    const notice = await app.connector.waitFor(() =>
      texts(grace, graceBefore).find((t) => t.includes('bought')),
    );
    expect(notice).toBe(
      'New self-service purchase: Anna Martin bought 2 Power BI Pro seats. ' +
        'Type *report* to see every subscription of your organisation.',
    );
    // One notice, in Grace's latest personal chat: not to Anna, not to Bill (no chat to reach him in).
    const notices = app.connector.sent.filter((a) =>
      /New self-service purchase|Nouvel achat/.test(a.body.text ?? ''),
    );
    expect(notices.map((a) => a.conversationId)).toEqual([grace.id]);
    expect(
      await app.query('SELECT * FROM conversation_references WHERE "userId" = \'usr_contoso_bill\''),
    ).toEqual([]);
    // The notice says where to look: Grace's report shows the purchase.
    await app.post(grace.message('report'));
    expect(reportRows(app.connector.cards(grace.id).at(-1)).map((r) => r.purchaser)).toContain('Anna Martin');
  });

  test('an admin cancels Chloé’s subscription from the report; Chloé is told, in French', async () => {
    const chloe = conversation(TEAMS_USERS.chloe, 'fr-FR');
    await app.post(chloe.message('mes licences'));
    const chloeBefore = app.connector.to(chloe.id).length;

    const grace = conversation(TEAMS_USERS.grace, 'en-US');
    await app.post(grace.message('report'));
    const row = reportRows(app.connector.cards(grace.id).at(-1)).find((r) => r.purchaser === 'Chloé Dubois');
    expect(row?.cancel).toEqual({
      verb: 'subscription.cancel',
      data: { subscriptionId: CHLOE_SUBSCRIPTION },
    });
    const asked = invokeCard((await app.post(grace.execute('subscription.cancel', row?.cancel?.data))).body);
    const confirm = findAction(asked, 'subscription.cancelConfirm');
    const done = await app.post(grace.execute('subscription.cancelConfirm', confirm?.data));
    expect(done.status).toBe(200);
    expect(texts(grace).at(-1)).toBe(
      'Chloé Dubois’s Power BI Pro subscription is cancelled. I’ll tell them in chat if I can reach them.',
    );
    const [status] = await app.query<{ status: string }>('SELECT status FROM subscriptions WHERE id = ?', [
      CHLOE_SUBSCRIPTION,
    ]);
    expect(status.status).toBe('cancelled');

    const notice = await app.connector.waitFor(() =>
      texts(chloe, chloeBefore).find((t) => t.includes('résilié')),
    );
    expect(notice).toBe(
      'Un administrateur de votre organisation a résilié votre abonnement Power BI Pro acheté en libre-service. ' +
        'Il ne sera pas renouvelé et plus rien ne sera débité sur votre carte.',
    );
    // The report shows it cancelled, without a Cancel button any more.
    await app.post(grace.message('report'));
    const after = reportRows(app.connector.cards(grace.id).at(-1)).find(
      (r) => r.purchaser === 'Chloé Dubois',
    );
    expect(after).toMatchObject({ status: 'Cancelled', cancel: null });
  });
});

/** The notifier on its own: the real adapter and a fake connector, the core on a fresh database of each dialect. */
describe.each(DIALECTS)('the proactive notifier on $name', (dialect) => {
  let handle: TestDatabase;
  let db: Database;
  let connector: FakeConnector;
  let commerce: Commerce;
  let notifier: ProactiveNotifier;
  let store: ConversationReferences;
  let logs: string[];

  const grace = { tenantId: TENANTS.contoso, userId: DEMO.users.grace.id };
  const chloeReference = (conversationId: string): Partial<ConversationReference> => ({
    channelId: 'msteams',
    serviceUrl: connector.url,
    conversation: {
      id: conversationId,
      tenantId: TENANTS.contoso,
      conversationType: 'personal',
      isGroup: false,
      name: '',
    },
    bot: { id: BOT.id, name: BOT.name },
    user: {
      id: TEAMS_USERS.chloe.id,
      name: TEAMS_USERS.chloe.name,
      aadObjectId: TEAMS_USERS.chloe.aadObjectId,
    },
  });
  const sentTo = (conversationId: string) => connector.to(conversationId).map((a) => a.body.text);

  beforeEach(async () => {
    handle = await dialect.open();
    db = handle.db;
    await ensureCatalog(db);
    const clock = { now: () => new Date() };
    await seedDemoDirectory(db, clock);
    connector = await new FakeConnector().start();
    logs = [];
    const logger = createLogger('debug', (line) => logs.push(line));
    const config = loadConfig({ NODE_ENV: 'test', DEMO_MODE: 'true' });
    store = new ConversationReferences(db);
    notifier = new ProactiveNotifier({
      adapter: createAdapter(config, logger),
      appId: '',
      references: store,
      directory: new NotificationDirectory(db),
      logger,
    });
    commerce = createCommerce({
      db,
      gateway: new SimulatedCardGateway(db, clock),
      clock,
      events: notifier,
      logger,
    });
    await store.remember({
      userId: DEMO.users.chloe.id,
      tenantId: TENANTS.contoso,
      channelId: 'msteams',
      reference: chloeReference('a:chloe-1'),
      locale: 'fr',
    });
  });
  afterEach(async () => {
    await notifier.idle(5000);
    await connector.stop();
    await handle.dispose();
  });

  test('a take-over tells the purchaser, with the admin’s reason', async () => {
    await commerce.admin.takeOver(grace, CHLOE_SUBSCRIPTION, {
      mode: 'move-to-central',
      reason: 'Licences centralisées',
    });
    expect(await notifier.idle(5000)).toBe(true);
    expect(sentTo('a:chloe-1')).toEqual([
      'Un administrateur de votre organisation a repris votre abonnement Power BI Pro : ses utilisateurs reçoivent ' +
        'désormais leurs licences de l’organisation et votre carte ne sera plus débitée. Motif : Licences centralisées.',
    ]);
  });

  test('a take-over by cancellation says so', async () => {
    await commerce.admin.takeOver(grace, CHLOE_SUBSCRIPTION, { mode: 'cancel', reason: 'Budget gelé' });
    await notifier.idle(5000);
    expect(sentTo('a:chloe-1')).toEqual([
      expect.stringMatching(
        /^Un administrateur de votre organisation a résilié votre abonnement Power BI Pro .* Motif : Budget gelé\. /,
      ),
    ]);
  });

  test('a purchaser cancelling their own subscription is not told what they just did', async () => {
    await commerce.purchases.cancel(
      { tenantId: TENANTS.contoso, userId: DEMO.users.chloe.id },
      CHLOE_SUBSCRIPTION,
    );
    await notifier.idle(5000);
    expect(connector.sent).toEqual([]);
  });

  test('a failing send is logged and never reaches the core', async () => {
    connector.failSends = 1;
    const cancelled = await commerce.purchases.cancel(grace, CHLOE_SUBSCRIPTION);
    expect(cancelled.status).toBe('cancelled');
    expect(await notifier.idle(5000)).toBe(true);
    expect(connector.sent).toEqual([]);
    // Logged as a failed notice, not as a failed user turn.
    expect(logs.filter((line) => line.includes('"turn failed"'))).toEqual([]);
    const failure = logs
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((l) => l.message === 'notification failed');
    expect(failure).toMatchObject({
      level: 'warn',
      type: 'subscription.cancelled',
      userId: DEMO.users.chloe.id,
    });
  });

  test('a reference is written only when it changed, even from another process', async () => {
    const entry = {
      userId: DEMO.users.chloe.id,
      tenantId: TENANTS.contoso,
      channelId: 'msteams',
      reference: chloeReference('a:chloe-1'),
      locale: 'fr' as const,
    };
    expect(await store.remember(entry)).toBe(false);
    // A second process (its own cache) reads, finds the same, writes nothing.
    expect(await new ConversationReferences(db).remember(entry)).toBe(false);
    expect(await store.remember({ ...entry, reference: chloeReference('a:chloe-2') })).toBe(true);
    expect(await store.remember({ ...entry, reference: chloeReference('a:chloe-2'), locale: 'en' })).toBe(
      true,
    );
    const [latest] = await store.latest([DEMO.users.chloe.id]);
    expect(latest).toMatchObject({ locale: 'en', reference: { conversation: { id: 'a:chloe-2' } } });
  });
});
