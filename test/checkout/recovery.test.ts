import { PROCESSING_LEASE_MS } from '../../bot/checkout';
import type { CheckoutCompletedEvent, CheckoutLink } from '../../bot/checkout';
import { DIALECTS } from '../helpers/databases';
import { U } from '../helpers/demo-core';
import { CARDS, CheckoutHarness, startCheckout } from './harness';

const anna = { tenantId: U.anna.tenantId, userId: U.anna.id };

/** Puts a session in `processing` as a submit would, `ageMs` ago (a crashed process leaves it so). */
async function hold(h: CheckoutHarness, id: string, ageMs: number): Promise<void> {
  const at = new Date(h.core.clock.now().getTime() - ageMs);
  await h.core.db.write((transaction) =>
    h.core.db.models.CheckoutSession.update(
      { status: 'processing', updatedAt: at },
      { where: { id }, transaction, silent: true },
    ),
  );
}

describe.each(DIALECTS)('checkout recovery on $name', (dialect) => {
  describe('a listener that fails or hangs', () => {
    let h: CheckoutHarness;
    const told: CheckoutCompletedEvent[] = [];
    let fail = true;

    beforeAll(async () => {
      h = await startCheckout(dialect, {
        notifyTimeoutMs: 100,
        listener: {
          async completed(event) {
            told.push(event);
            if (fail) throw new Error('connector unreachable');
            await new Promise(() => undefined); // never settles
          },
        },
      });
    });
    afterAll(async () => {
      await h?.close();
    });

    const buy = () =>
      h.service.open({
        ...anna,
        kind: 'purchase',
        payload: { productId: 'power-bi-pro', seats: 1 },
        conversationRef: null,
      });

    it('never undoes the payment nor fails the page when the listener throws', async () => {
      const link = await buy();
      const page = await h.pay(link.id, CARDS.good);
      expect(page.status).toBe(200);
      expect(page.html).toContain('Payment confirmed');
      expect(told.filter((e) => e.session.id === link.id)).toHaveLength(1);
      expect(h.core.logLines.some((line) => line.includes('checkout listener failed'))).toBe(true);
      expect((await h.core.db.models.CheckoutSession.findByPk(link.id))?.status).toBe('completed');
    });

    it('answers after notifyTimeoutMs when the listener hangs', async () => {
      fail = false;
      const link = await buy();
      const started = Date.now();
      const page = await h.pay(link.id, CARDS.good);
      expect(page.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(3_000);
    });
  });

  describe('a submit that died while holding the session', () => {
    let h: CheckoutHarness;
    let link: CheckoutLink;

    beforeAll(async () => {
      h = await startCheckout(dialect);
    });
    afterAll(async () => {
      await h?.close();
    });
    beforeEach(async () => {
      link = await h.service.open({
        ...anna,
        kind: 'purchase',
        payload: { productId: 'flow-per-user', seats: 1 },
        conversationRef: null,
      });
    });

    it('shows "being processed" while another submit holds it, and refuses a second submit', async () => {
      const csrf = await h.csrf(link.id);
      const [charges, tokens] = [
        await h.core.db.models.GatewayCharge.count(),
        await h.core.db.models.GatewayCardToken.count(),
      ];
      await hold(h, link.id, 1_000);
      const page = await h.get(link.id);
      expect(page.status).toBe(202);
      expect(page.html).toContain('<meta http-equiv="refresh" content="2">');
      expect(page.html).toContain('Your payment is being processed');
      const posted = await h.post(link.id, {
        csrf,
        number: CARDS.good.number,
        expiry: '12/30',
        cvc: CARDS.good.cvc,
      });
      expect(posted.status).toBe(202);
      // Turned away before the card went anywhere.
      expect(await h.core.db.models.GatewayCharge.count()).toBe(charges);
      expect(await h.core.db.models.GatewayCardToken.count()).toBe(tokens);
    });

    it('lets a new submit take over once the hold is stale, with the same idempotency key', async () => {
      const csrf = await h.csrf(link.id);
      await hold(h, link.id, PROCESSING_LEASE_MS + 1_000);
      expect((await h.get(link.id)).status).toBe(200);
      const page = await h.post(link.id, {
        csrf,
        number: CARDS.good.number,
        expiry: '12/30',
        cvc: CARDS.good.cvc,
      });
      expect(page.status).toBe(200);
      const row = await h.core.db.models.CheckoutSession.findByPk(link.id);
      expect(row).toMatchObject({ status: 'completed', attempts: 1 });
      const order = await h.core.db.models.Order.findByPk(row?.resultId as string);
      expect(order?.idempotencyKey).toBe(`${link.id}:0`);
    });

    it('closes the link, charging nothing more, when the dead submit may already have paid', async () => {
      const csrf = await h.csrf(link.id);
      // The dead submit had charged and recorded the order under attempt 0's key with its own card token.
      const token = await h.core.card('4242424242424242');
      await h.core.commerce.purchases.purchase(anna, {
        productId: 'flow-per-user',
        seats: 1,
        payment: { method: 'card', token },
        idempotencyKey: `${link.id}:0`,
      });
      await hold(h, link.id, PROCESSING_LEASE_MS + 1_000);
      const charges = await h.core.db.models.GatewayCharge.count();
      const page = await h.post(link.id, {
        csrf,
        number: CARDS.good.number,
        expiry: '12/30',
        cvc: CARDS.good.cvc,
      });
      expect(page.status).toBe(409);
      expect(page.html).toContain('We could not confirm this payment');
      expect(await h.core.db.models.GatewayCharge.count()).toBe(charges);
      expect((await h.core.db.models.CheckoutSession.findByPk(link.id))?.status).toBe('expired');
      const again = await h.get(link.id);
      expect(again.status).toBe(409);
      expect(again.html).toContain('Check your subscriptions in the chat');
    });

    it('treats a stale hold past the expiry as expired', async () => {
      await hold(h, link.id, PROCESSING_LEASE_MS + 1_000);
      const start = h.core.clock.now();
      h.core.clock.set(new Date(start.getTime() + 16 * 60_000).toISOString());
      try {
        expect((await h.get(link.id)).status).toBe(410);
      } finally {
        h.core.clock.set(start.toISOString());
      }
    });
  });
});
