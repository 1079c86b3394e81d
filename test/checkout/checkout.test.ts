import { randomBytes } from 'node:crypto';
import type { CheckoutLink } from '../../bot/checkout';
import { isCommerceError } from '../../commerce';
import { DIALECTS } from '../helpers/databases';
import { U } from '../helpers/demo-core';
import { CARDS, CheckoutHarness, containsCvc, secretsOf, startCheckout, TTL_MINUTES } from './harness';

const anna = { tenantId: U.anna.tenantId, userId: U.anna.id };
const conversationRef = { conversation: { id: 'a:conv-anna' }, serviceUrl: 'http://127.0.0.1:9/' };

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isCommerceError(error)) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe.each(DIALECTS)('checkout page on $name', (dialect) => {
  let h: CheckoutHarness;
  const responses: string[] = [];

  beforeAll(async () => {
    h = await startCheckout(dialect);
    // Every page any test received, for the final leak check.
    const { get, post } = h;
    h.get = async (...args) => {
      const page = await get(...args);
      responses.push(page.html);
      return page;
    };
    h.post = async (...args) => {
      const page = await post(...args);
      responses.push(page.html);
      return page;
    };
  });

  afterAll(async () => {
    await h?.close();
  });

  /** Charge ids that existed when each link was opened: tests run one at a time, so newer ones are that link's. */
  const chargesAtOpen = new Map<string, Set<string>>();
  const chargeIds = async () =>
    new Set((await h.core.db.models.GatewayCharge.findAll({ attributes: ['id'] })).map((c) => c.id));

  const buy = async (
    seats = 3,
    locale: string | null = 'en-US',
    productId = 'power-bi-pro',
  ): Promise<CheckoutLink> => {
    const before = await chargeIds();
    const link = await h.service.open({
      ...anna,
      kind: 'purchase',
      payload: { productId, seats },
      conversationRef,
      locale,
    });
    chargesAtOpen.set(link.id, before);
    return link;
  };

  /** The gateway charges made since the link was opened (the gateway's keys are the core's business). */
  const charges = async (id: string) => {
    const before = chargesAtOpen.get(id);
    if (!before) throw new Error(`link ${id} was not opened with buy()`);
    return (await h.core.db.models.GatewayCharge.findAll()).filter((c) => !before.has(c.id));
  };
  const session = async (id: string) => (await h.core.db.models.CheckoutSession.findByPk(id))!;
  const eventsFor = (id: string) => h.listener.events.filter((e) => e.session.id === id);

  describe('opening a link', () => {
    it('binds it to the user, makes it unguessable and expires it after the TTL', async () => {
      const now = h.core.clock.now().getTime();
      const a = await buy();
      const b = await buy();
      expect(a.id).toMatch(/^chk_[A-Za-z0-9_-]{32}$/); // 32 base64url characters: 192 random bits
      expect(a.id).not.toBe(b.id);
      expect(a.url).toBe(`${h.baseUrl}/checkout/${a.id}`);
      expect(new Date(a.expiresAt).getTime()).toBe(now + TTL_MINUTES * 60_000);
      const row = await session(a.id);
      expect(row).toMatchObject({
        tenantId: anna.tenantId,
        userId: anna.userId,
        kind: 'purchase',
        status: 'open',
      });
    });

    it('refuses what the core refuses, writing nothing', async () => {
      const before = await h.core.db.models.CheckoutSession.count();
      const guest = { tenantId: U.guest.tenantId, userId: U.guest.id };
      const payload = { productId: 'power-bi-pro', seats: 1 };
      expect(await code(h.service.open({ ...guest, kind: 'purchase', payload, conversationRef: null }))).toBe(
        'INELIGIBLE',
      );
      expect(await code(buy(0))).toBe('INVALID_INPUT');
      expect(await code(buy(2, 'en', 'office-365-e3'))).toMatch(/PRODUCT_NOT_OFFERED|INELIGIBLE/);
      const john = { tenantId: anna.tenantId, userId: U.john.id };
      expect(await code(h.service.open({ ...john, kind: 'purchase', payload, conversationRef: null }))).toBe(
        'CROSS_TENANT',
      );
      expect(await h.core.db.models.CheckoutSession.count()).toBe(before);
    });
  });

  describe('GET', () => {
    it('shows product, seats, price and total, who it is for, card only, with strict headers', async () => {
      const link = await buy(3, 'en-US');
      const page = await h.get(link.id);
      expect(page.status).toBe(200);
      expect(page.html).toContain('Power BI Pro');
      expect(page.html).toMatch(/<dt>Seats<\/dt><dd>3<\/dd>/);
      expect(page.html).toContain('$9.99');
      expect(page.html).toMatch(/<dt class="total">Total<\/dt><dd class="total">\$29\.97<\/dd>/);
      expect(page.html).toContain(U.anna.displayName);
      expect(page.html).toContain(U.anna.email);
      expect(page.html).toContain('invoicing is not available');
      expect(page.html).toMatch(/<input type="hidden" name="csrf" value="[A-Za-z0-9_-]{43}">/);
      expect(page.html).toMatch(/name="number"[^>]*value=""/);
      // Nothing external: no scripts, styles, images or links to other origins.
      expect(page.html).not.toMatch(/\ssrc=|href="(https?:)?\/\//);

      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("form-action 'self'");
      expect(csp).not.toContain('unsafe-inline');
      const nonce = /style-src 'nonce-([^']+)'/.exec(csp)?.[1];
      expect(page.html).toContain(`<style nonce="${nonce}">`);
      expect(page.html).toContain(`<script nonce="${nonce}">`);
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.headers.get('cache-control')).toContain('no-store');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      // A second view gets another nonce.
      expect((await h.get(link.id)).headers.get('content-security-policy')).not.toBe(csp);
    });

    it('speaks the session’s language', async () => {
      const link = await buy(2, 'fr-FR');
      const page = await h.get(link.id, { 'accept-language': 'en-US' });
      expect(page.html).toContain('<html lang="fr">');
      expect(page.html).toContain('Paiement sécurisé');
      expect(page.html).toMatch(/19,98\s\$/);
      expect(page.html).toContain('la facturation n’est pas proposée');
    });

    it('escapes what it renders', async () => {
      await h.core.db.write((transaction) =>
        h.core.db.models.DirectoryUser.update(
          { displayName: '<img src=x onerror=alert(1)>"' },
          { where: { id: U.david.id }, transaction },
        ),
      );
      const link = await h.service.open({
        tenantId: U.david.tenantId,
        userId: U.david.id,
        kind: 'purchase',
        payload: { productId: 'power-bi-pro', seats: 1 },
        conversationRef: null,
      });
      const page = await h.get(link.id);
      expect(page.status).toBe(200);
      expect(page.html).not.toContain('<img');
      expect(page.html).toContain('&#60;img src&#61;x onerror&#61;alert(1)&#62;&#34;');
    });
  });

  describe('POST', () => {
    it('pays with a good card: receipt page, subscription created, listener told once', async () => {
      const link = await buy(3, 'en-US');
      const before = await h.core.db.models.Subscription.count({ where: { purchaserId: anna.userId } });
      const page = await h.pay(link.id, CARDS.good);
      expect(page.status).toBe(200);
      expect(page.html).toContain('Payment confirmed');
      expect(page.html).toContain('visa •••• 4242');
      expect(page.html).toContain('$29.97');
      expect(page.html).not.toContain('name="number"');

      const row = await session(link.id);
      expect(row.status).toBe('completed');
      expect(row.attempts).toBe(1);
      const order = await h.core.db.models.Order.findByPk(row.resultId as string);
      expect(order).toMatchObject({
        kind: 'purchase',
        seatsDelta: 3,
        amountMinor: 2997,
        idempotencyKey: `${link.id}:0`,
      });
      const subscription = await h.core.db.models.Subscription.findByPk(order!.subscriptionId);
      expect(subscription).toMatchObject({
        purchaserId: anna.userId,
        productId: 'power-bi-pro',
        seats: 3,
        status: 'active',
      });
      expect(await h.core.db.models.Subscription.count({ where: { purchaserId: anna.userId } })).toBe(
        before + 1,
      );
      expect(await charges(link.id)).toHaveLength(1);
      expect(page.html).toContain(row.resultId);

      const events = eventsFor(link.id);
      expect(events).toHaveLength(1);
      expect(events[0].session).toMatchObject({
        status: 'completed',
        resultId: row.resultId,
        conversationRef,
        locale: 'en',
      });
      expect(events[0].outcome).toMatchObject({
        kind: 'purchase',
        receipt: {
          orderId: row.resultId,
          subscriptionId: subscription!.id,
          productName: 'Power BI Pro',
          seats: 3,
          total: { amountMinor: 2997, currency: 'USD' },
          card: { brand: 'visa', last4: '4242' },
        },
      });
      expect(JSON.stringify(events[0])).not.toContain('csrf');
    });

    it('shows the receipt again on reload and on a second POST, charging nothing more', async () => {
      const link = await buy(1);
      const csrf = await h.csrf(link.id);
      const form = { csrf, number: CARDS.good.number, expiry: '12/30', cvc: CARDS.good.cvc };
      expect((await h.post(link.id, form)).status).toBe(200);
      const reload = await h.get(link.id);
      expect(reload.status).toBe(200);
      expect(reload.html).toContain('Payment confirmed');
      expect(reload.html).not.toContain('name="number"');
      const again = await h.post(link.id, form);
      expect(again.status).toBe(200);
      expect(again.html).toContain('already been used');
      expect(await charges(link.id)).toHaveLength(1);
      expect(eventsFor(link.id)).toHaveLength(1);
    });

    it('shows a decline’s reason in the session’s language and the form again; a good card then pays', async () => {
      const link = await buy(2, 'fr-FR');
      const declined = await h.pay(link.id, CARDS.declined);
      expect(declined.status).toBe(402);
      expect(declined.html).toContain('Votre banque a refusé la carte');
      expect(declined.html).toMatch(/name="number"[^>]*value=""/);
      expect(declined.html).toContain('Il reste 4 essais');
      expect(await session(link.id)).toMatchObject({ status: 'open', attempts: 1 });

      const poor = await h.pay(link.id, CARDS.insufficient);
      expect(poor.status).toBe(402);
      expect(poor.html).toContain('Le solde de la carte est insuffisant');
      expect(eventsFor(link.id)).toHaveLength(0);

      const paid = await h.pay(link.id, CARDS.good);
      expect(paid.status).toBe(200);
      expect(paid.html).toContain('Paiement confirmé');
      const rows = await charges(link.id);
      expect(rows.map((c) => c.status).sort()).toEqual(['declined', 'declined', 'succeeded']);
      // One idempotency key per attempt: a decline never blocks the next try.
      expect(new Set(rows.map((c) => c.idempotencyKey)).size).toBe(3);
      const order = await h.core.db.models.Order.findByPk((await session(link.id)).resultId as string);
      expect(order?.idempotencyKey).toBe(`${link.id}:2`);
      expect(eventsFor(link.id)).toHaveLength(1);
    });

    it('charges once when the form is submitted twice at once', async () => {
      const link = await buy(4);
      const csrf = await h.csrf(link.id);
      const form = { csrf, number: CARDS.good.number, expiry: '12/30', cvc: CARDS.good.cvc };
      const subscriptionsBefore = await h.core.db.models.Subscription.count();
      const pages = await Promise.all([h.post(link.id, form), h.post(link.id, form), h.post(link.id, form)]);
      for (const page of pages) expect([200, 202]).toContain(page.status);
      expect(
        pages.filter((p) => p.status === 200 && p.html.includes('Payment confirmed')).length,
      ).toBeGreaterThanOrEqual(1);
      expect(pages.find((p) => p.status === 202)?.html ?? 'http-equiv="refresh"').toContain(
        'http-equiv="refresh"',
      );
      expect(await charges(link.id)).toHaveLength(1);
      expect(await h.core.db.models.Subscription.count()).toBe(subscriptionsBefore + 1);
      expect(eventsFor(link.id)).toHaveLength(1);
      expect((await h.get(link.id)).html).toContain('Payment confirmed');
    });

    it('answers 410 with a polite page once the link has expired, and charges nothing', async () => {
      const link = await buy(1);
      const csrf = await h.csrf(link.id);
      const start = h.core.clock.now();
      h.core.clock.set(new Date(start.getTime() + (TTL_MINUTES * 60 + 1) * 1000).toISOString());
      try {
        const page = await h.get(link.id);
        expect(page.status).toBe(410);
        expect(page.html).toContain('This link has expired');
        expect(page.html).toContain('Ask the bot again');
        expect(page.headers.get('cache-control')).toContain('no-store');
        const posted = await h.post(link.id, {
          csrf,
          number: CARDS.good.number,
          expiry: '12/30',
          cvc: CARDS.good.cvc,
        });
        expect(posted.status).toBe(410);
        expect(await session(link.id)).toMatchObject({ status: 'expired', attempts: 0 });
        expect(await charges(link.id)).toHaveLength(0);
      } finally {
        h.core.clock.set(start.toISOString());
      }
    });

    it('refuses a wrong CSRF token with 403, tokenising and charging nothing', async () => {
      const link = await buy(1);
      const tokens = await h.core.db.models.GatewayCardToken.count();
      const page = await h.post(link.id, {
        csrf: randomBytes(32).toString('base64url'),
        number: CARDS.good.number,
        expiry: '12/30',
        cvc: CARDS.good.cvc,
      });
      expect(page.status).toBe(403);
      expect(page.html).toContain('This form is out of date');
      expect(await h.core.db.models.GatewayCardToken.count()).toBe(tokens);
      expect(await charges(link.id)).toHaveLength(0);
      expect(await session(link.id)).toMatchObject({ status: 'open', attempts: 0 });
    });

    it('answers 400 naming a bad field, never echoing the number or the CVC', async () => {
      const link = await buy(1);
      const post = async (number: string, expiry: string, cvc: string) =>
        h.post(link.id, { csrf: await h.csrf(link.id), number, expiry, cvc });

      const badNumber = await post('4242 4242 4242 4241', '12/30', '737');
      expect(badNumber.status).toBe(400);
      expect(badNumber.html).toContain('Check the card number');
      for (const leaked of ['4242 4242 4242 4241', '4242424242424241', '4242+4242']) {
        expect(badNumber.html).not.toContain(leaked);
      }
      expect(containsCvc(badNumber.html, '737')).toBe(false);

      const badExpiry = await post(CARDS.good.number, '13/30', '737');
      expect(badExpiry.status).toBe(400);
      expect(badExpiry.html).toContain('Check the expiry date');
      const pastExpiry = await post(CARDS.good.number, '01/20', '737');
      expect(pastExpiry.status).toBe(400);
      expect(pastExpiry.html).toContain('Check the expiry date');
      const badCvc = await post(CARDS.good.number, '12/30', '7a');
      expect(badCvc.status).toBe(400);
      expect(badCvc.html).toContain('Check the security code (CVC)');
      for (const page of [badExpiry, pastExpiry, badCvc]) {
        expect(page.html).not.toContain('4242 4242 4242 4242');
        expect(page.html).not.toContain('4242424242424242');
        expect(page.html).toMatch(/name="number"[^>]*value=""/);
        expect(page.html).toMatch(/name="cvc"[^>]*value=""/);
      }
      // Invalid fields never reached the bank: the session is as it was, and a good card still pays.
      expect(await session(link.id)).toMatchObject({ status: 'open', attempts: 0 });
      expect(await charges(link.id)).toHaveLength(0);
      expect((await h.pay(link.id, CARDS.good)).status).toBe(200);
    });

    it('closes the link after five declined attempts', async () => {
      const link = await buy(1);
      for (let i = 1; i <= 4; i++) expect((await h.pay(link.id, CARDS.declined)).status).toBe(402);
      const fifth = await h.pay(link.id, CARDS.declined);
      expect(fifth.status).toBe(410);
      expect(fifth.html).toContain('Too many attempts');
      expect((await h.get(link.id)).status).toBe(410);
      const csrf = (await session(link.id)).payload.csrf as string;
      const late = await h.post(link.id, {
        csrf,
        number: CARDS.good.number,
        expiry: '12/30',
        cvc: CARDS.good.cvc,
      });
      expect(late.status).toBe(410);
      const rows = await charges(link.id);
      expect(rows).toHaveLength(5);
      expect(rows.every((c) => c.status === 'declined')).toBe(true);
      expect(await session(link.id)).toMatchObject({ status: 'expired', attempts: 5 });
    });
  });

  describe('bad requests get 4xx pages, never 5xx', () => {
    let link: CheckoutLink;
    beforeAll(async () => {
      link = await buy(1);
    });

    it('answers 404 for an unknown or malformed id', async () => {
      for (const id of [
        `chk_${randomBytes(24).toString('base64url')}`,
        'nope',
        '..%2f..%2fetc',
        `${'x'.repeat(300)}`,
      ]) {
        const page = await h.get(id);
        expect(page.status).toBe(404);
        expect(page.html).toContain('This payment link does not exist');
        expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      }
      const french = await h.get('nope', { 'accept-language': 'fr-CA,fr;q=0.9' });
      expect(french.html).toContain('Ce lien de paiement n’existe pas');
      const posted = await h.post(`chk_${randomBytes(24).toString('base64url')}`, {
        csrf: 'x',
        number: '1',
        expiry: '1',
        cvc: '1',
      });
      expect(posted.status).toBe(404);
    });

    it('answers 405 to other methods', async () => {
      for (const method of ['PUT', 'PATCH', 'DELETE']) {
        const response = await fetch(`${h.baseUrl}/checkout/${link.id}`, { method });
        expect(response.status).toBe(405);
        expect(response.headers.get('allow')).toBe('GET, POST');
        expect(response.headers.get('x-frame-options')).toBe('DENY');
        await response.text();
      }
    });

    it('answers 413 to an oversize body and 415 to another encoding', async () => {
      const csrf = await h.csrf(link.id);
      const big = await h.post(link.id, `csrf=${csrf}&holder=${'a'.repeat(20_000)}`);
      expect(big.status).toBe(413);
      const json = await h.post(link.id, JSON.stringify({ csrf }), { 'content-type': 'application/json' });
      expect(json.status).toBe(415);
    });

    it('answers 400 to a malformed form', async () => {
      const csrf = await h.csrf(link.id);
      const bodies = [
        `csrf=${csrf}&number=4242424242424242`,
        `csrf=${csrf}&number=1&number=2&expiry=12%2F30&cvc=737`,
        `csrf=${csrf}&number=1&expiry=12%2F30&cvc=737&amount=1`,
        `csrf=${csrf}&number=${'9'.repeat(500)}&expiry=12%2F30&cvc=737`,
      ];
      for (const body of bodies) {
        const page = await h.post(link.id, body);
        expect(page.status).toBe(400);
        expect(page.html).toContain('The form could not be read');
        expect(page.html).not.toContain('4242424242424242');
      }
      const invalidUtf8 = await fetch(`${h.baseUrl}/checkout/${link.id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: Buffer.concat([Buffer.from(`csrf=${csrf}&number=`), Buffer.from([0xff, 0xfe])]),
      });
      expect(invalidUtf8.status).toBe(400);
      await invalidUtf8.text();
      expect(await session(link.id)).toMatchObject({ status: 'open', attempts: 0 });
    });
  });

  describe('pay-bill and update-card', () => {
    it('pays an open bill: decline, then a good card; the bill is paid once', async () => {
      const { subscriptionId, billId } = await h.openBill();
      const link = await h.service.open({
        ...anna,
        kind: 'pay-bill',
        payload: { subscriptionId, billId },
        conversationRef,
        locale: 'en',
      });
      // A second link to the same bill (a second click in another conversation).
      const other = await h.service.open({
        ...anna,
        kind: 'pay-bill',
        payload: { subscriptionId, billId },
        conversationRef: null,
      });
      const page = await h.get(link.id);
      expect(page.status).toBe(200);
      expect(page.html).toContain('Pay a bill');
      expect(page.html).toContain('Flow (per user)');
      expect(page.html).toContain('Pay $30.00');

      expect((await h.pay(link.id, CARDS.insufficient)).status).toBe(402);
      const paid = await h.pay(link.id, CARDS.good);
      expect(paid.status).toBe(200);
      expect(paid.html).toContain('Bill paid');
      const bill = await h.core.db.models.Bill.findByPk(billId);
      expect(bill?.status).toBe('paid');
      expect(eventsFor(link.id)).toHaveLength(1);
      expect(eventsFor(link.id)[0].outcome).toMatchObject({
        kind: 'pay-bill',
        receipt: {
          billId,
          subscriptionId,
          amount: { amountMinor: 3000, currency: 'USD' },
          card: { last4: '4242' },
        },
      });
      // The other link now says there is nothing to pay, and its form charges nothing.
      const chargesAfter = await h.core.db.models.GatewayCharge.count();
      const otherPage = await h.get(other.id);
      expect(otherPage.status).toBe(400);
      expect(otherPage.html).toContain('This bill is already paid or was cancelled');
      const csrf = (await session(other.id)).payload.csrf as string;
      const otherPost = await h.post(other.id, {
        csrf,
        number: CARDS.good.number,
        expiry: '12/30',
        cvc: CARDS.good.cvc,
      });
      expect(otherPost.status).toBe(400);
      expect(otherPost.html).toContain('This bill is already paid or was cancelled');
      expect(await h.core.db.models.GatewayCharge.count()).toBe(chargesAfter);
      expect(eventsFor(other.id)).toHaveLength(0);
      // A paid bill cannot be opened again.
      expect(
        await code(
          h.service.open({
            ...anna,
            kind: 'pay-bill',
            payload: { subscriptionId, billId },
            conversationRef: null,
          }),
        ),
      ).toBe('INVALID_INPUT');
    });

    it('updates the card of a subscription without charging', async () => {
      const { subscriptionId } = await h.openBill();
      const link = await h.service.open({
        ...anna,
        kind: 'update-card',
        payload: { subscriptionId },
        conversationRef,
        locale: 'en',
      });
      const page = await h.get(link.id);
      expect(page.html).toContain('Update the card of a subscription');
      expect(page.html).toContain('visa •••• 4242');
      expect(page.html).toContain('Nothing is charged now');
      const chargesBefore = await h.core.db.models.GatewayCharge.count();
      const done = await h.pay(link.id, CARDS.amex, '11/29');
      expect(done.status).toBe(200);
      expect(done.html).toContain('Card updated');
      expect(done.html).toContain('amex •••• 0005');
      expect(await h.core.db.models.GatewayCharge.count()).toBe(chargesBefore);
      const detail = await h.core.commerce.account.subscription(anna, subscriptionId);
      expect(detail.card).toMatchObject({ brand: 'amex', last4: '0005', expMonth: 11, expYear: 2029 });
      expect(eventsFor(link.id)[0].outcome).toMatchObject({
        kind: 'update-card',
        receipt: { subscriptionId },
      });
    });
  });

  it('never keeps, logs or shows a card number or CVC (database, SQL, log lines, pages)', async () => {
    const { numbers, cvcs } = secretsOf(CARDS.good, CARDS.declined, CARDS.insufficient, CARDS.amex, {
      number: '4242 4242 4242 4241',
      cvc: '737',
    });
    const places = {
      database: await h.core.dump(),
      sql: h.sql.join('\n'),
      logs: h.core.logLines.join('\n'),
      pages: responses.join('\n'),
    };
    expect(h.sql.length).toBeGreaterThan(100);
    expect(h.core.logLines.some((line) => line.includes('checkout completed'))).toBe(true);
    expect(responses.length).toBeGreaterThan(25);
    for (const [place, text] of Object.entries(places)) {
      for (const number of numbers)
        expect({ place, found: text.includes(number) }).toEqual({ place, found: false });
      for (const cvc of cvcs)
        expect({ place, cvc, found: containsCvc(text, cvc) }).toEqual({ place, cvc, found: false });
    }
  });
});
