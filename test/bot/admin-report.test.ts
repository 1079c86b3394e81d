import { startTestApp, type TestApp } from '../helpers/app';
import {
  cardText,
  findAction,
  invokeCard,
  TEAMS_USERS,
  TeamsConversation,
  type TeamsUser,
} from '../helpers/activities';
import { toBlockKit } from '../../cards/block-kit';
import type { AdaptiveCard } from '../../cards/types';
import { parseCommand } from '../../dialogs/commands';
import {
  actionRowSizes,
  adaptiveCardsProblems,
  createSchemaValidator,
  slackProblems,
} from '../cards/card-checks';
import { ADMINS, addCentralSubscriptions, exportUrl, reportRows, TENANTS } from './admin-fixtures';

/** Filter inputs as the report card's Apply button sends them (unset ones empty, as Teams does). */
const filterInputs = (values: Record<string, string>) => ({
  source: 'all',
  productId: 'all',
  status: 'all',
  purchaser: '',
  from: '',
  to: '',
  ...values,
});

describe('the admin report over HTTP', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    // Contoso: the demo's 3 central + Chloé's self-service subscription, and 8 more central ones.
    await addCentralSubscriptions(app, 8);
  });
  afterAll(() => app.dispose());

  const lastCard = (conversation: TeamsConversation) => app.connector.cards(conversation.id).at(-1);
  const conversation = (user: TeamsUser, locale = 'en-US') =>
    new TeamsConversation(app.connector.url, user, locale, {
      tenantId:
        user === ADMINS.nora ? TENANTS.northwind : user === ADMINS.camille ? TENANTS.fabrikam : undefined,
    });

  test('the report button of the welcome card opens the report (it answered 400 before)', async () => {
    const grace = conversation(TEAMS_USERS.grace);
    const answer = await app.post(grace.execute('report.open'));
    expect(answer.status).toBe(200);
    const card = invokeCard(answer.body);
    const text = cardText(card);
    expect(text).toContain('Subscriptions');
    expect(text).toContain('Organisation: Contoso');
    expect(text).toContain('12 subscriptions, page 1 of 2');

    const rows = reportRows(card);
    expect(rows).toHaveLength(10);
    expect(rows).toContainEqual(
      expect.objectContaining({
        product: 'Power BI Pro',
        purchaser: 'Chloé Dubois',
        seats: '2/5',
        source: 'Self-service',
        status: 'Active',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ product: 'Office 365 E3', purchaser: 'IT department', source: 'Central' }),
    );
    // Price and expiry are shown per row.
    expect(text).toMatch(/\$9\.\d\d/);
    expect(findAction(card, 'report.page')?.data).toMatchObject({ page: 2, tenantId: TENANTS.contoso });
    expect(exportUrl(card)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/reports\/[\w-]{43}\.csv$/);
  });

  test.each([
    ['report', 'en-US', TEAMS_USERS.grace, '12 subscriptions, page 1 of 2'],
    ['Self-service purchases', 'en-US', TEAMS_USERS.grace, '12 subscriptions, page 1 of 2'],
    ['rapport', 'fr-FR', ADMINS.bill, '12 abonnements, page 1 sur 2'],
    ['achats en libre-service', 'fr-FR', ADMINS.bill, '12 abonnements, page 1 sur 2'],
  ])('typed "%s" (%s) by a global or billing admin', async (message, locale, user, summary) => {
    const admin = conversation(user, locale);
    expect((await app.post(admin.message(message))).status).toBe(200);
    expect(cardText(lastCard(admin))).toContain(summary);
  });

  test('central only, then the next page keeps the filter', async () => {
    const grace = conversation(TEAMS_USERS.grace);
    const filtered = invokeCard(
      (
        await app.post(
          grace.execute('report.filter', {
            tenantId: TENANTS.contoso,
            ...filterInputs({ source: 'central' }),
          }),
        )
      ).body,
    );
    expect(cardText(filtered)).toContain('11 subscriptions, page 1 of 2');
    const first = reportRows(filtered);
    expect(first).toHaveLength(10);
    expect(first.every((row) => row.source === 'Central')).toBe(true);
    expect(first.map((row) => row.purchaser)).not.toContain('Chloé Dubois');

    const next = findAction(filtered, 'report.page');
    expect(next?.data).toMatchObject({ page: 2, filters: { source: 'central' } });
    const second = invokeCard((await app.post(grace.execute('report.page', next?.data))).body);
    expect(cardText(second)).toContain('11 subscriptions, page 2 of 2');
    expect(reportRows(second)).toEqual([expect.objectContaining({ source: 'Central' })]);
    expect(findAction(second, 'report.page')?.data).toMatchObject({
      page: 1,
      filters: { source: 'central' },
    });
  });

  test('self-service only, by purchaser, by product, by status and expiry dates', async () => {
    const grace = conversation(TEAMS_USERS.grace);
    const filter = async (values: Record<string, string>) =>
      reportRows(invokeCard((await app.post(grace.execute('report.filter', filterInputs(values)))).body));

    expect(await filter({ source: 'self-service' })).toEqual([
      expect.objectContaining({ product: 'Power BI Pro', purchaser: 'Chloé Dubois' }),
    ]);
    expect(await filter({ purchaser: 'chloe.dubois@contoso.example' })).toHaveLength(1);
    expect((await filter({ productId: 'flow-per-user' })).map((r) => r.product)).toEqual(['Flow (per user)']);
    expect(await filter({ status: 'expired' })).toHaveLength(4);
    expect(await filter({ to: '2021-01-01' })).toHaveLength(4);
    expect(await filter({ from: '2099-01-01', source: 'central' })).toHaveLength(4);
  });

  test('a wrong filter value is explained, not a crash', async () => {
    const grace = conversation(TEAMS_USERS.grace);
    const answer = await app.post(grace.execute('report.filter', filterInputs({ from: '2026-13-45' })));
    expect(answer.status).toBe(200);
    expect(cardText(invokeCard(answer.body))).toContain('Something you entered is not valid');
  });

  test('a partner with delegated rights reads Contoso’s report, by name or from the card', async () => {
    const nora = conversation(ADMINS.nora);
    await app.post(nora.message('report for Contoso'));
    const contoso = lastCard(nora);
    expect(cardText(contoso)).toContain('Organisation: Contoso');
    expect(cardText(contoso)).toContain('12 subscriptions, page 1 of 2');
    expect(reportRows(contoso).map((r) => r.purchaser)).toContain('Chloé Dubois');
    // Reading, not cancelling: a partner's card has no Cancel buttons.
    expect(reportRows(contoso).every((r) => r.cancel === null)).toBe(true);
    const next = findAction(contoso, 'report.page');
    expect(next?.data).toMatchObject({ tenantId: TENANTS.contoso, page: 2 });
    const second = invokeCard((await app.post(nora.execute('report.page', next?.data))).body);
    expect(cardText(second)).toContain('Organisation: Contoso');
    expect(cardText(second)).toContain('page 2 of 2');

    // "report" alone: her own organisation, with a button per customer.
    await app.post(nora.message('report'));
    const own = lastCard(nora);
    expect(cardText(own)).toContain('Organisation: Northwind Partners');
    expect(cardText(own)).toContain('Other organisations you manage:');
    const pick = findAction(own, 'report.open');
    expect(pick?.data).toEqual({ tenantId: TENANTS.contoso });
    const picked = invokeCard((await app.post(nora.execute('report.open', pick?.data))).body);
    expect(cardText(picked)).toContain('Organisation: Contoso');
    expect(cardText(picked)).toContain('12 subscriptions');

    // French, with the organisation after the command.
    const fr = conversation(ADMINS.nora, 'fr-FR');
    await app.post(fr.message('rapport Contoso'));
    expect(cardText(lastCard(fr))).toContain('Organisation : Contoso');
  });

  test('a partner cannot read an organisation it has no rights on', async () => {
    const nora = conversation(ADMINS.nora);
    await app.post(nora.message('report for Fabrikam'));
    expect(app.connector.to(nora.id).at(-1)?.body.text).toBe(
      'I don’t know an organisation called “fabrikam” that you manage. You can ask for: Northwind Partners and Contoso.',
    );
    const forged = await app.post(nora.execute('report.open', { tenantId: TENANTS.fabrikam }));
    expect(forged.status).toBe(200);
    const text = cardText(invokeCard(forged.body));
    expect(text).toContain('That belongs to another organisation.');
    expect(text).not.toContain('Fabrikam');
  });

  test('an admin of one organisation cannot open another’s report through a forged button', async () => {
    const grace = conversation(TEAMS_USERS.grace);
    const forged = await app.post(grace.execute('report.open', { tenantId: TENANTS.fabrikam }));
    expect(cardText(invokeCard(forged.body))).toContain('That belongs to another organisation.');
    const camille = conversation(ADMINS.camille);
    const own = invokeCard((await app.post(camille.execute('report.open'))).body);
    expect(cardText(own)).toContain('Organisation: Fabrikam');
    expect(cardText(own)).toContain('0 subscriptions');
  });

  test('the cards sent (Grace’s with Cancel buttons, Nora’s with organisations) are valid in Teams and in Slack', async () => {
    const validate = createSchemaValidator();
    const grace = conversation(TEAMS_USERS.grace);
    const nora = conversation(ADMINS.nora);
    await app.post(grace.message('report'));
    await app.post(nora.message('report'));
    const cards = [lastCard(grace), lastCard(nora)] as unknown as AdaptiveCard[];
    expect(reportRows(cards[0]).filter((r) => r.cancel)).toEqual([
      expect.objectContaining({ purchaser: 'Chloé Dubois', cancel: expect.any(Object) }),
    ]);
    expect(findAction(cards[1], 'report.open')).not.toBeNull();
    for (const card of cards) {
      expect(validate(card) ? [] : validate.errors).toEqual([]);
      expect(adaptiveCardsProblems(card)).toEqual([]);
      expect(Math.max(...actionRowSizes(card))).toBeLessThanOrEqual(5);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
      expect(slackProblems(toBlockKit(card), 'message')).toEqual([]);
    }
  });

  test('a member asking is refused politely, typed or clicked, and gets no download link', async () => {
    const anna = conversation(TEAMS_USERS.anna, 'fr-FR');
    for (const message of ['rapport', 'achats en libre-service', 'rapport Contoso', 'report for Fabrikam']) {
      await app.post(anna.message(message));
      const text = cardText(lastCard(anna));
      expect(text).toContain('Vous n’êtes pas autorisé à effectuer cette action.');
      expect(text).not.toContain('Abonnements');
    }
    const clicked = await app.post(anna.execute('report.open'));
    expect(clicked.status).toBe(200);
    expect(cardText(invokeCard(clicked.body))).toContain(
      'Vous n’êtes pas autorisé à effectuer cette action.',
    );
    const paged = await app.post(anna.execute('report.page', { page: 2, filters: {} }));
    expect(cardText(invokeCard(paged.body))).not.toContain('Chloé');
    expect(await app.query('SELECT id FROM report_exports WHERE "userId" = ?', ['usr_contoso_anna'])).toEqual(
      [],
    );
  });
});

describe('admin commands, French and English', () => {
  test.each([
    ['report', { kind: 'report', tenant: null }],
    ['Rapport', { kind: 'report', tenant: null }],
    ['admin report', { kind: 'report', tenant: null }],
    ['achats en libre-service', { kind: 'report', tenant: null }],
    ['achats en libre service', { kind: 'report', tenant: null }],
    ['Self-service purchases', { kind: 'report', tenant: null }],
    ['report for Contoso', { kind: 'report', tenant: 'contoso' }],
    ['rapport Contoso', { kind: 'report', tenant: 'contoso' }],
    ['voir le rapport de Contoso', { kind: 'report', tenant: 'contoso' }],
    ['self-service purchases for Contoso', { kind: 'report', tenant: 'contoso' }],
    ['policy', { kind: 'policy', tenant: null }],
    ['Stratégie', { kind: 'policy', tenant: null }],
    ['règles d’achat', { kind: 'policy', tenant: null }],
    ['policy for Contoso', { kind: 'policy', tenant: 'contoso' }],
    ['stratégie Contoso', { kind: 'policy', tenant: 'contoso' }],
  ])('%s', (text, command) => {
    expect(parseCommand(text)).toEqual(command);
  });

  test.each([
    'les rapports que je fais avec ma licence perso, ils sont à moi',
    'Dans quel menu du centre d’administration l’admin trouve-t-il les achats en libre-service ?',
    'what is the self-service purchase policy?',
    'report a problem with my card payment please now',
  ])('not an admin command: %s', (text) => {
    expect(['report', 'policy']).not.toContain(parseCommand(text)?.kind);
  });
});
