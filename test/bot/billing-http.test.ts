import { openCheckoutPage, startTestApp, submitCheckout, TEST_CARDS, type TestApp } from '../helpers/app';
import { cardText, findAction, invokeCard, TEAMS_USERS, TeamsConversation } from '../helpers/activities';

const SUBSCRIPTION = 'sub_demo_contoso_pbi_chloe';
const BILL = 'bill_test_chloe_renewal';

/** The subscription card's payment buttons go through the secure page; the receipt comes back in chat. */
describe('paying a bill and updating the card over HTTP', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    // A renewal Chloé's bank declined: the subscription is past due with one failed bill.
    const now = new Date().toISOString();
    await app.execute(
      `INSERT INTO bills (id, "tenantId", "subscriptionId", "payerId", kind, "amountMinor", currency, status, "periodStart",
        "periodEnd", "dueDate", attempts, "lastDeclineCode", "createdAt", "updatedAt")
       VALUES (?, '757ce249-7b18-4ba2-84f9-10a52f4e6464', ?, 'usr_contoso_chloe', 'renewal', 4995, 'USD', 'failed',
        '2026-12-01', '2027-01-01', '2026-12-01', 1, 'insufficient_funds', ?, ?)`,
      [BILL, SUBSCRIPTION, now, now],
    );
    await app.execute(`UPDATE subscriptions SET status = 'past_due' WHERE id = ?`, [SUBSCRIPTION]);
  });
  afterAll(() => app.dispose());

  const linkOf = (card: unknown) =>
    /http:\/\/127\.0\.0\.1:\d+\/checkout\/[\w-]+/.exec(cardText(card))?.[0] as string;

  test('"Pay" on the bill opens the secure page once (a double click shows the same link); paying brings the receipt', async () => {
    const chloe = new TeamsConversation(app.connector.url, TEAMS_USERS.chloe, 'en-US');
    await app.post(chloe.message('my licences'));
    const card = app.connector.cards(chloe.id).find((c) => findAction(c, 'bill.pay'));
    expect(cardText(card)).toContain('Payment overdue');
    const pay = findAction(card, 'bill.pay');
    expect(pay?.data).toMatchObject({ subscriptionId: SUBSCRIPTION, billId: BILL });

    const first = invokeCard((await app.post(chloe.execute('bill.pay', pay?.data))).body);
    const second = invokeCard((await app.post(chloe.execute('bill.pay', pay?.data))).body);
    expect(cardText(first)).toContain('$49.95');
    const url = linkOf(first);
    expect(linkOf(second)).toBe(url);

    const page = await openCheckoutPage(url);
    expect(page.status).toBe(200);
    const before = app.connector.to(chloe.id).length;
    expect((await submitCheckout(url, page.csrf as string, TEST_CARDS.good)).status).toBe(200);
    const receipt = await app.connector.waitFor(() =>
      app.connector
        .to(chloe.id)
        .slice(before)
        .find((a) => a.body.text),
    );
    expect(receipt.body.text).toBe('Your bill is paid, thank you.');
    expect(cardText(receipt.body.attachments)).toContain('Active');
    const [bill] = await app.query<{ status: string }>('SELECT status FROM bills WHERE id = ?', [BILL]);
    expect(bill.status).toBe('paid');
  });

  test('"Update card" (typed, in French) opens the secure page; the new card shows on the subscription', async () => {
    const chloe = new TeamsConversation(app.connector.url, TEAMS_USERS.chloe, 'fr-FR');
    await app.post(chloe.message('changer de carte'));
    const card = app.connector.cards(chloe.id).at(-1);
    expect(cardText(card)).toContain('Changer de carte');
    expect(cardText(card)).toContain('visa •••• 4242');
    const url = linkOf(card);
    const page = await openCheckoutPage(url);
    const before = app.connector.to(chloe.id).length;
    await submitCheckout(url, page.csrf as string, { number: '5555 5555 5555 4444', cvc: '737' });
    const receipt = await app.connector.waitFor(() =>
      app.connector
        .to(chloe.id)
        .slice(before)
        .find((a) => a.body.text),
    );
    expect(receipt.body.text).toBe('Votre carte est mise à jour ; les renouvellements l’utiliseront.');
    expect(cardText(receipt.body.attachments)).toContain('mastercard •••• 4444');
  });
});
