import { openCheckoutPage, startTestApp, submitCheckout, TEST_CARDS, type TestApp } from '../helpers/app';
import { cardText, findAction, invokeCard, TEAMS_USERS, TeamsConversation } from '../helpers/activities';

/** Purchases driven through POST /api/messages and the checkout page, replies read at the fake connector. */
describe('purchase over HTTP', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.dispose());

  const sentTo = (conversation: TeamsConversation) => app.connector.to(conversation.id);
  const lastCard = (conversation: TeamsConversation) => {
    const cards = app.connector.cards(conversation.id);
    return cards[cards.length - 1];
  };
  const checkoutUrl = (card: unknown) => {
    const match = /http:\/\/127\.0\.0\.1:\d+\/checkout\/[\w-]+/.exec(cardText(card));
    if (!match) throw new Error('no checkout link on the card');
    return match[0];
  };
  const counts = async (purchaserId: string) => {
    const subscriptions = await app.query('SELECT * FROM subscriptions WHERE "purchaserId" = ?', [
      purchaserId,
    ]);
    const [{ n }] = await app.query<{ n: number }>(
      "SELECT COUNT(*) AS n FROM gateway_charges WHERE status = 'succeeded' AND id <> 'ch_demo_chloe_purchase'",
    );
    return { subscriptions, charges: n };
  };

  test('from "acheter" to the receipt, in French, with buttons acting in place and a declined card first', async () => {
    const anna = new TeamsConversation(app.connector.url, TEAMS_USERS.anna, 'fr-FR');
    expect((await app.post(anna.message('acheter'))).status).toBe(200);
    const products = lastCard(anna);
    expect(cardText(products)).toContain('De quelle licence avez-vous besoin ?');
    expect(cardText(products)).toContain('Power BI Pro');
    expect(cardText(products)).toContain('9,99 $US par licence');

    // Each click answers with the next step's card, which replaces the clicked one.
    const select = findAction(products, 'purchase.selectProduct');
    expect(select?.data).toEqual({ productId: 'flow-per-user' });
    const pbi = await app.post(anna.execute('purchase.selectProduct', { productId: 'power-bi-pro' }));
    expect(pbi.status).toBe(200);
    const seatsCard = invokeCard(pbi.body);
    expect(cardText(seatsCard)).toContain('Combien de licences Power BI Pro ?');

    const setSeats = findAction(seatsCard, 'purchase.setSeats');
    const quoted = await app.post(anna.execute('purchase.setSeats', { ...setSeats?.data, seats: '3' }));
    const quote = invokeCard(quoted.body);
    expect(cardText(quote)).toContain('Votre devis');
    expect(cardText(quote)).toContain('29,97 $US');

    const confirm = findAction(quote, 'purchase.confirm');
    expect(confirm?.data).toMatchObject({ productId: 'power-bi-pro', seats: 3 });
    const confirmed = await app.post(anna.execute('purchase.confirm', confirm?.data));
    const checkoutCard = invokeCard(confirmed.body);
    expect(cardText(checkoutCard)).toContain('Paiement sécurisé');
    const url = checkoutUrl(checkoutCard);
    // A double click on Confirm shows the same single-use link, it does not open a second one.
    const again = await app.post(anna.execute('purchase.confirm', confirm?.data));
    expect(checkoutUrl(invokeCard(again.body))).toBe(url);

    const page = await openCheckoutPage(url);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Power BI Pro');
    expect(page.html).toContain('29,97');
    expect(page.csrf).toBeTruthy();

    const before = sentTo(anna).length;
    const declined = await submitCheckout(url, page.csrf as string, TEST_CARDS.declined);
    expect(declined.status).toBeGreaterThanOrEqual(400);
    expect(declined.status).toBeLessThan(500);
    expect(declined.csrf).toBeTruthy(); // the form again, to retry
    expect((await counts('usr_contoso_anna')).subscriptions).toHaveLength(0);
    expect(sentTo(anna)).toHaveLength(before);

    const paid = await submitCheckout(url, declined.csrf as string, TEST_CARDS.good);
    expect(paid.status).toBe(200);
    const receipt = await app.connector.waitFor(() =>
      sentTo(anna)
        .slice(before)
        .find((a) => a.body.attachments?.length),
    );
    expect(receipt.body.text).toBe('Paiement reçu, merci ! Voici votre reçu :');
    expect(cardText(receipt.body.attachments)).toContain('Achat confirmé');
    expect(cardText(receipt.body.attachments)).toContain('visa •••• 4242');

    const { subscriptions } = await counts('usr_contoso_anna');
    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0]).toMatchObject({ productId: 'power-bi-pro', seats: 3, status: 'active' });

    // Reloading the used link shows the receipt, never the form again.
    const reloaded = await openCheckoutPage(url);
    expect(reloaded.csrf).toBeNull();

    // "mes licences" now shows the subscription card.
    const mine = sentTo(anna).length;
    await app.post(anna.message('mes licences'));
    expect(cardText(app.connector.cards(anna.id, mine))).toContain('Power BI Pro');
  });

  test('in English, typed: a purchase request with product and seats goes straight to the quote; invoice is refused with the FAQ answer', async () => {
    const david = new TeamsConversation(app.connector.url, TEAMS_USERS.david, 'en-US');
    await app.post(david.message("I'd like to buy 2 PowerApps licences"));
    expect(cardText(lastCard(david))).toContain('Your quote');
    expect(cardText(lastCard(david))).toContain('$80.00');

    const before = sentTo(david).length;
    await app.post(david.message('Can I pay by invoice instead?'));
    const answer = sentTo(david).slice(before);
    expect(answer[0].body.text).toContain('invoicing is not available');
    expect(cardText(answer.flatMap((a) => a.body.attachments ?? []))).toContain(
      'Credit card is the only accepted payment method',
    );
    expect(answer[answer.length - 1].body.text).toContain('Type *yes*');

    await app.post(david.message('three'));
    expect(cardText(lastCard(david))).toContain('$120.00');
    await app.post(david.message('yes'));
    const url = checkoutUrl(lastCard(david));
    const page = await openCheckoutPage(url);
    const count = sentTo(david).length;
    await submitCheckout(url, page.csrf as string, TEST_CARDS.good);
    const receipt = await app.connector.waitFor(() =>
      sentTo(david)
        .slice(count)
        .find((a) => a.body.attachments?.length),
    );
    expect(receipt.body.text).toBe('Payment received, thank you! Here is your receipt:');
    expect(cardText(receipt.body.attachments)).toContain('Purchase confirmed');
    const { subscriptions } = await counts('usr_contoso_david');
    expect(subscriptions).toMatchObject([{ productId: 'powerapps-per-user', seats: 3 }]);
  });

  test('seats are re-asked politely on bad input, and cancel stops the purchase', async () => {
    const anna = new TeamsConversation(app.connector.url, TEAMS_USERS.anna, 'fr-FR');
    await app.post(anna.message('acheter Flow'));
    expect(cardText(lastCard(anna))).toContain('Combien de licences Flow');
    for (const bad of ['beaucoup', '0', '2,5', '100000']) {
      const before = sentTo(anna).length;
      await app.post(anna.message(bad));
      expect(
        sentTo(anna)
          .slice(before)
          .map((a) => a.body.text),
      ).toContain('Indiquez un nombre entier de licences entre 1 et 10000, par exemple *3*.');
    }
    await app.post(anna.message('annuler'));
    expect(sentTo(anna).at(-1)?.body.text).toBe('D’accord, j’arrête. Rien n’a été acheté ni modifié.');
    // The next number is no longer an answer to the seats question.
    const before = sentTo(anna).length;
    await app.post(anna.message('2'));
    expect(cardText(app.connector.cards(anna.id, before))).not.toContain('Votre devis');
  });

  test('a double submit of the card form charges once', async () => {
    const bruno = new TeamsConversation(app.connector.url, TEAMS_USERS.bruno, 'fr-FR');
    await app.post(bruno.message('je veux acheter 2 licences Flow'));
    await app.post(bruno.message('oui'));
    const url = checkoutUrl(lastCard(bruno));
    const { csrf } = await openCheckoutPage(url);
    const chargesBefore = (await counts('usr_contoso_bruno')).charges;
    const pages = await Promise.all(
      [1, 2, 3].map(() => submitCheckout(url, csrf as string, TEST_CARDS.good)),
    );
    pages.forEach((p) => expect(p.status).toBeLessThan(500));
    const after = await counts('usr_contoso_bruno');
    expect(after.subscriptions).toHaveLength(1);
    expect(after.charges).toBe(chargesBefore + 1);
    // One receipt in the conversation.
    await app.connector.waitFor(() => sentTo(bruno).some((a) => a.body.text?.startsWith('Paiement reçu')));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sentTo(bruno).filter((a) => a.body.text?.startsWith('Paiement reçu'))).toHaveLength(1);
  });
});
