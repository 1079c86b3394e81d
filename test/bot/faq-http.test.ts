import { startTestApp, type TestApp } from '../helpers/app';
import { cardText, findAction, invokeCard, TEAMS_USERS, TeamsConversation } from '../helpers/activities';

/** Anything that is not a command goes to the FAQ: an answer with related questions and 👍/👎, or close questions. */
describe('the FAQ in chat', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.dispose());

  test('a question gets the answer card; a related question button answers it in place; 👍 is stored', async () => {
    const anna = new TeamsConversation(app.connector.url, TEAMS_USERS.anna, 'fr-FR');
    await app.post(anna.message('est-ce que les invités peuvent acheter ?'));
    const answer = app.connector.cards(anna.id).at(-1);
    expect(cardText(answer)).toContain('Questions liées');
    const helpful = findAction(answer, 'faq.feedback');
    expect(helpful?.data).toEqual({
      slug: 'can-guest-users-buy-through-self-service-purchase',
      helpful: true,
    });

    const related = findAction(answer, 'faq.ask');
    const relatedAnswer = await app.post(anna.execute('faq.ask', related?.data));
    expect(invokeCard(relatedAnswer.body)).not.toBeNull();

    const thanks = await app.post(anna.execute('faq.feedback', helpful?.data));
    expect(thanks.body).toMatchObject({
      type: 'application/vnd.microsoft.activity.message',
      value: 'Merci pour votre retour !',
    });
    const rows = await app.query('SELECT "tenantId", "userRef", "entryId", lang, helpful FROM faq_feedback');
    expect(rows).toEqual([
      {
        tenantId: '757ce249-7b18-4ba2-84f9-10a52f4e6464',
        userRef: 'usr_contoso_anna',
        entryId: 'can-guest-users-buy-through-self-service-purchase',
        lang: 'fr',
        helpful: 1,
      },
    ]);
  });

  test('a misspelt question without accents still gets the right answer, in the language it was asked in', async () => {
    const bruno = new TeamsConversation(app.connector.url, TEAMS_USERS.bruno, '');
    await app.post(bruno.message('ki paye la factur de mon abonement en libre servise'));
    const answer = app.connector.cards(bruno.id).at(-1);
    expect(findAction(answer, 'faq.feedback')?.data).toMatchObject({
      slug: 'who-is-responsible-for-payment',
    });
    expect(cardText(answer)).toContain('Questions liées');

    const david = new TeamsConversation(app.connector.url, TEAMS_USERS.david, 'en-US');
    await app.post(david.message('can gest acounts by powerbi thru self servise?'));
    expect(findAction(app.connector.cards(david.id).at(-1), 'faq.feedback')?.data).toMatchObject({
      slug: 'can-guest-users-buy-through-self-service-purchase',
    });
  });

  test('something the FAQ does not know: "I don\'t know" with up to three close questions', async () => {
    const david = new TeamsConversation(app.connector.url, TEAMS_USERS.david, 'en-US');
    await app.post(david.message('how do I reset my printer toner?'));
    const card = app.connector.cards(david.id).at(-1);
    expect(cardText(card)).toContain("I don't know the answer to “how do I reset my printer toner?” yet.");
  });

  test('asking how to pay by invoice outside a purchase gets the payment answer', async () => {
    const david = new TeamsConversation(app.connector.url, TEAMS_USERS.david, 'en-US');
    await app.post(david.message('can we pay by invoice?'));
    expect(cardText(app.connector.cards(david.id).at(-1))).toContain(
      'Credit card is the only accepted payment method',
    );
  });

  test('help lists what the bot does, with the admin section for admins', async () => {
    const grace = new TeamsConversation(app.connector.url, TEAMS_USERS.grace, 'en-US');
    await app.post(grace.message('help'));
    const text = cardText(app.connector.cards(grace.id).at(-1));
    expect(text).toContain('For everyone');
    expect(text).toContain('For IT admins');
  });
});
