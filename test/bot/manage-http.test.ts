import { startTestApp, type TestApp } from '../helpers/app';
import { cardText, findAction, invokeCard, TEAMS_USERS, TeamsConversation } from '../helpers/activities';

const SUBSCRIPTION = 'sub_demo_contoso_pbi_chloe';

/** "My licences" for a purchaser (Chloé bought 5 Power BI Pro seats; 2 assigned): every button of the card. */
describe('managing a subscription over HTTP', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.dispose());

  const seats = async () =>
    (
      await app.query<{ seats: number; status: string }>(
        'SELECT seats, status FROM subscriptions WHERE id = ?',
        [SUBSCRIPTION],
      )
    )[0];
  const subscriptionCard = async (chloe: TeamsConversation) => {
    const before = app.connector.to(chloe.id).length;
    await app.post(chloe.message('my licences'));
    const card = app.connector.cards(chloe.id, before).find((c) => findAction(c, 'seats.add'));
    if (!card) throw new Error('no subscription card');
    return card;
  };

  test('"my licences" shows seats used, expiry, holders and the actions', async () => {
    const chloe = new TeamsConversation(app.connector.url, TEAMS_USERS.chloe, 'en-US');
    const card = await subscriptionCard(chloe);
    const text = cardText(card);
    expect(text).toContain('Power BI Pro');
    expect(text).toContain('2 of 5');
    expect(text).toContain('Chloé Dubois');
    expect(text).toContain('Farid Haddad');
    expect(text).toContain('visa •••• 4242');
    expect(app.connector.to(chloe.id).map((a) => a.body.text)).toContain(
      'Your licences: Power BI Pro and Office 365 E3.',
    );
  });

  test('buying more seats charges the card once, even on a double click', async () => {
    const chloe = new TeamsConversation(app.connector.url, TEAMS_USERS.chloe, 'en-US');
    const add = findAction(await subscriptionCard(chloe), 'seats.add');
    const data = { ...add?.data, seatsToAdd: '2' };
    const [first, second] = await Promise.all([
      app.post(chloe.execute('seats.add', data)),
      app.post(chloe.execute('seats.add', data)),
    ]);
    expect(cardText(invokeCard(first.body))).toContain('2 of 7');
    expect(cardText(invokeCard(second.body))).toContain('2 of 7');
    expect(await seats()).toEqual({ seats: 7, status: 'active' });
  });

  test('lowering seats below the licences assigned is refused with the reason; to a valid number it works', async () => {
    const chloe = new TeamsConversation(app.connector.url, TEAMS_USERS.chloe, 'en-US');
    const lower = findAction(await subscriptionCard(chloe), 'seats.lower');
    const refused = await app.post(chloe.execute('seats.lower', { ...lower?.data, newSeats: '1' }));
    expect(cardText(invokeCard(refused.body))).toContain(
      'Licences assigned: 2. You cannot go down to 1 seats',
    );
    const lower2 = findAction(await subscriptionCard(chloe), 'seats.lower');
    const done = await app.post(chloe.execute('seats.lower', { ...lower2?.data, newSeats: '4' }));
    expect(cardText(invokeCard(done.body))).toContain('2 of 4');
  });

  test('removing a user, then typed commands in French', async () => {
    const chloe = new TeamsConversation(app.connector.url, TEAMS_USERS.chloe, 'fr-FR');
    const card = await subscriptionCard(chloe);
    const remove = findAction(card, 'licence.remove');
    expect(remove?.data).toMatchObject({ subscriptionId: SUBSCRIPTION });
    const removed = await app.post(chloe.execute('licence.remove', remove?.data));
    expect(cardText(invokeCard(removed.body))).toContain('1 sur 4');

    await app.post(chloe.message('ajoute 1 licence Power BI'));
    expect(app.connector.to(chloe.id).at(-1)?.body.text).toBe('Power BI Pro compte maintenant 5 licences.');
    await app.post(chloe.message('retire farid.haddad@contoso.example de Power BI'));
    expect(app.connector.to(chloe.id).at(-1)?.body.text).toContain('n’a plus de licence Power BI Pro');
  });

  test('cancelling asks for a confirmation first (typed "non" keeps it, the button cancels)', async () => {
    const chloe = new TeamsConversation(app.connector.url, TEAMS_USERS.chloe, 'fr-FR');
    await app.post(chloe.message('résilier mon abonnement Power BI'));
    expect(cardText(app.connector.cards(chloe.id).at(-1))).toContain('Résilier Power BI Pro ?');
    await app.post(chloe.message('non'));
    expect(app.connector.to(chloe.id).at(-1)?.body.text).toBe('D’accord, je le garde.');
    expect((await seats()).status).toBe('active');

    const cancel = findAction(await subscriptionCard(chloe), 'subscription.cancel');
    const asked = invokeCard((await app.post(chloe.execute('subscription.cancel', cancel?.data))).body);
    const confirm = findAction(asked, 'subscription.cancelConfirm');
    const done = await app.post(chloe.execute('subscription.cancelConfirm', confirm?.data));
    expect(cardText(invokeCard(done.body))).toContain('Résilié');
    expect((await seats()).status).toBe('cancelled');
  });

  test('someone else’s subscription cannot be changed through forged buttons', async () => {
    const anna = new TeamsConversation(app.connector.url, TEAMS_USERS.anna, 'en-US');
    const forged = await app.post(
      anna.execute('seats.add', {
        subscriptionId: SUBSCRIPTION,
        idempotencyKey: 'card-forged:seats.add',
        seatsToAdd: '50',
      }),
    );
    expect(forged.status).toBe(200);
    expect(cardText(invokeCard(forged.body))).toContain("You aren't allowed to do that.");
    const removal = await app.post(
      anna.execute('licence.remove', { subscriptionId: SUBSCRIPTION, userId: 'usr_contoso_chloe' }),
    );
    expect(cardText(invokeCard(removal.body))).toContain("You aren't allowed to do that.");
  });
});
