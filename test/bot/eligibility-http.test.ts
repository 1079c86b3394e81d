import { startTestApp, type TestApp } from '../helpers/app';
import {
  cardText,
  findAction,
  invokeCard,
  TEAMS_USERS,
  TeamsConversation,
  teamsFixture,
} from '../helpers/activities';

/** Users who may not buy are told every reason and whom to contact: never a dead end. */
describe('eligibility over HTTP', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.dispose());

  const cards = (conversation: TeamsConversation, from = 0) => app.connector.cards(conversation.id, from);

  test('a guest gets the reason, the admins to contact and a way forward', async () => {
    const guest = new TeamsConversation(app.connector.url, TEAMS_USERS.guest, 'en-US');
    await app.post(guest.message('buy'));
    const [card] = cards(guest);
    const text = cardText(card);
    expect(text).toContain("You can't buy through self-service");
    expect(text).toContain('Guest users cannot buy through self-service.');
    expect(text).toContain('Grace Admin');
    expect(text).toContain('Bill Payne');
    expect(findAction(card, 'admins.contact')).not.toBeNull();
    expect(findAction(card, 'faq.ask')?.data).toEqual({
      slug: 'can-guest-users-buy-through-self-service-purchase',
    });
    expect(findAction(card, 'purchase.selectProduct')).toBeNull();

    // "Contact my admins" names them with their addresses.
    const contact = await app.post(guest.execute('admins.contact', findAction(card, 'admins.contact')?.data));
    expect(contact.status).toBe(200);
    const sent = app.connector.to(guest.id).map((a) => a.body.text ?? '');
    expect(sent.join('\n')).toContain('[Grace Admin](mailto:grace.admin@contoso.example)');

    // Naming a product gives the same answer for that product, and no purchase starts.
    await app.post(guest.message('buy 3 Power BI'));
    expect(cardText(cards(guest).at(-1))).toContain("You can't buy Power BI Pro through self-service");
    const before = cards(guest).length;
    await app.post(guest.message('3'));
    expect(cardText(cards(guest, before))).not.toContain('Your quote');
  });

  test('a government tenant is told self-service is not for its kind of organisation', async () => {
    const gary = new TeamsConversation(app.connector.url, TEAMS_USERS.gary, 'fr-FR');
    await app.post(gary.message('je voudrais acheter 5 licences Power BI Pro'));
    const text = cardText(cards(gary).at(-1));
    expect(text).toContain('Vous ne pouvez pas acheter Power BI Pro en libre-service');
    expect(text).toContain('gouvernementales');
    expect(text).toContain('Adatum IT Admin');
  });

  test('a tenant whose market has not opened yet (the en-US fixture, Fabrikam in France)', async () => {
    const activity = teamsFixture('message-personal.en-US');
    activity.serviceUrl = app.connector.url;
    activity.conversation = { ...(activity.conversation as { id: string }), id: `a:fabrikam-${Date.now()}` };
    expect((await app.post(activity)).status).toBe(200);
    const text = cardText(app.connector.cards(activity.conversation.id).at(-1));
    expect(text).toContain("You can't buy PowerApps (per user) through self-service");
    expect(text).toContain('Self-service purchase has not opened in your country yet.');
    expect(text).toContain('Camille Girard');
  });

  test('a product sold only centrally is refused with the FAQ reason', async () => {
    const anna = new TeamsConversation(app.connector.url, TEAMS_USERS.anna, 'en-US');
    await app.post(anna.message('buy 2 Office 365 E3'));
    expect(cardText(cards(anna).at(-1))).toContain(
      'Only Power BI Pro, PowerApps and Flow can be bought through self-service.',
    );
  });

  test('a disabled account is told so even from a card button', async () => {
    const iris = new TeamsConversation(app.connector.url, TEAMS_USERS.iris, 'en-US');
    const clicked = await app.post(iris.execute('purchase.selectProduct', { productId: 'flow-per-user' }));
    expect(clicked.status).toBe(200);
    expect(cardText(invokeCard(clicked.body))).toContain('Your account is disabled.');
  });
});
