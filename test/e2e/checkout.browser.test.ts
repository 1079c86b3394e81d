import { existsSync } from 'node:fs';
import { Browser, chromium, Page } from 'playwright-core';
import type { CheckoutLink } from '../../bot/checkout';
import { cardText, findAction, invokeCard, TEAMS_USERS, TeamsConversation } from '../helpers/activities';
import { startTestApp } from '../helpers/app';
import { DIALECTS } from '../helpers/databases';
import { U } from '../helpers/demo-core';
import { CARDS, CheckoutHarness, startCheckout } from '../checkout/harness';

/**
 * The checkout page in a real browser: Debian's Chromium, headless, on 127.0.0.1 only.
 * `.ci/install-chromium.sh` installs it in CI; a developer machine without it skips, saying why.
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing in CI: run .ci/install-chromium.sh`);
  process.stderr.write(
    `Browser checkout test skipped: ${CHROMIUM} not found (apt-get install -y chromium, or run .ci/install-chromium.sh)\n`,
  );
}

const anna = { tenantId: U.anna.tenantId, userId: U.anna.id };
const conversationRef = { conversation: { id: 'a:conv-browser' }, serviceUrl: 'http://127.0.0.1:9/' };

(hasChromium ? describe : describe.skip)('checkout page in headless Chromium', () => {
  let h: CheckoutHarness;
  let browser: Browser;

  beforeAll(async () => {
    h = await startCheckout(DIALECTS[0]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  /** A page that records console errors (a CSP violation shows there) and refuses any request off 127.0.0.1. */
  async function openPage(): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ locale: 'en-US', javaScriptEnabled: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      // A 402 page is expected; a CSP violation or a script error is not.
      const expected = /^Failed to load resource: the server responded with a status of 4\d\d/.test(
        message.text(),
      );
      if ((message.type() === 'error' || message.type() === 'warning') && !expected)
        problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      problems.push(`blocked request to ${url.origin}`);
      return route.abort();
    });
    return { page, problems };
  }

  async function fill(page: Page, card: { number: string; cvc: string }) {
    await page.fill('#holder', 'Anna Martin');
    await page.fill('#number', card.number);
    await page.fill('#expiry', '12/30');
    await page.fill('#cvc', card.cvc);
  }

  it('fills the form, is declined, pays, and the listener gets the receipt', async () => {
    const link: CheckoutLink = await h.service.open({
      ...anna,
      kind: 'purchase',
      payload: { productId: 'power-bi-pro', seats: 3 },
      conversationRef,
      locale: 'en-US',
    });
    const { page, problems } = await openPage();
    const shown = await page.goto(link.url);
    expect(shown?.status()).toBe(200);
    expect(await page.title()).toBe('Buy licences · Secure payment');
    const facts = await page.locator('dl').innerText();
    expect(facts).toMatch(/Product\s+Power BI Pro/);
    expect(facts).toMatch(/Seats\s+3/);
    expect(facts).toMatch(/Total\s+\$29\.97/);
    expect(await page.locator('#checkout-for').innerText()).toContain(U.anna.displayName);
    expect(await page.locator('#checkout-card-only').innerText()).toContain('invoicing is not available');
    // The inline style applied (its nonce matched the CSP): the button is not the browser's grey default.
    const background = await page.locator('button').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(91, 95, 199)');

    await fill(page, CARDS.declined);
    const [declined] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(declined?.status()).toBe(402);
    expect(await page.locator('#checkout-error').innerText()).toContain('Your bank declined the card');
    expect(await page.inputValue('#number')).toBe('');
    expect(await page.inputValue('#cvc')).toBe('');
    expect(h.listener.events).toHaveLength(0);

    await fill(page, CARDS.good);
    const [paid] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(paid?.status()).toBe(200);
    expect(await page.locator('#checkout-receipt').innerText()).toBe('Payment confirmed');
    const receipt = await page.locator('dl').innerText();
    expect(receipt).toMatch(/Paid with\s+visa •••• 4242/);
    expect(receipt).toMatch(/Total\s+\$29\.97/);

    const events = h.listener.events.filter((e) => e.session.id === link.id);
    expect(events).toHaveLength(1);
    expect(events[0].session.conversationRef).toEqual(conversationRef);
    expect(events[0].outcome).toMatchObject({
      kind: 'purchase',
      receipt: {
        productName: 'Power BI Pro',
        seats: 3,
        total: { amountMinor: 2997, currency: 'USD' },
        card: { brand: 'visa', last4: '4242' },
      },
    });

    // Reloading the receipt (a GET) shows it again and charges nothing more.
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(200);
    expect(await page.locator('#checkout-receipt').innerText()).toBe('Payment confirmed');
    expect(h.listener.events.filter((e) => e.session.id === link.id)).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a double click sends the form once', async () => {
    const link = await h.service.open({
      ...anna,
      kind: 'purchase',
      payload: { productId: 'flow-per-user', seats: 1 },
      conversationRef,
      locale: 'fr-FR',
    });
    const { page, problems } = await openPage();
    await page.goto(link.url);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await fill(page, CARDS.good);
    const chargesBefore = await h.core.db.models.GatewayCharge.count();
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await Promise.all([page.waitForNavigation(), page.dblclick('button[type=submit]')]);
    expect(await page.locator('#checkout-receipt').innerText()).toBe('Paiement confirmé');
    expect(posts).toHaveLength(1);
    expect(await h.core.db.models.GatewayCharge.count()).toBe(chargesBefore + 1);
    expect(h.listener.events.filter((e) => e.session.id === link.id)).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('through the whole app: the purchase dialog link, paid in the browser, and the receipt at the fake connector', async () => {
    // startApp as in production (dialogs, Teams adapter and checkout listener), Emulator mode, on 127.0.0.1.
    const app = await startTestApp();
    try {
      const chat = new TeamsConversation(app.connector.url, TEAMS_USERS.anna, 'fr-FR');
      expect((await app.post(chat.message('acheter'))).status).toBe(200);
      const seats = invokeCard(
        (await app.post(chat.execute('purchase.selectProduct', { productId: 'power-bi-pro' }))).body,
      );
      const setSeats = findAction(seats, 'purchase.setSeats');
      const quote = invokeCard(
        (await app.post(chat.execute('purchase.setSeats', { ...setSeats?.data, seats: '2' }))).body,
      );
      const confirm = findAction(quote, 'purchase.confirm');
      const handOff = invokeCard((await app.post(chat.execute('purchase.confirm', confirm?.data))).body);
      const url = /http:\/\/127\.0\.0\.1:\d+\/checkout\/[\w-]+/.exec(cardText(handOff))?.[0];
      expect(url).toBeDefined();

      const { page, problems } = await openPage();
      await page.goto(url as string);
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      expect(await page.locator('dl').innerText()).toMatch(/Total\s+19,98\s\$US/);
      const before = app.connector.to(chat.id).length;
      await fill(page, CARDS.good);
      await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
      expect(await page.locator('#checkout-receipt').innerText()).toBe('Paiement confirmé');

      const receipt = await app.connector.waitFor(() =>
        app.connector
          .to(chat.id)
          .slice(before)
          .find((a) => a.body.attachments?.length),
      );
      expect(receipt.body.text).toBe('Paiement reçu, merci ! Voici votre reçu :');
      const card = cardText(receipt.body.attachments);
      expect(card).toContain('Achat confirmé');
      expect(card).toContain('Power BI Pro');
      expect(card).toContain('visa •••• 4242');
      // What went through chat and the logs never held the card.
      const sent = JSON.stringify(app.connector.requests);
      for (const text of [sent, app.logs.join('\n')]) {
        expect(text).not.toContain('4242424242424242');
        expect(text).not.toContain('4242 4242 4242 4242');
      }
      expect(problems).toEqual([]);
      await page.context().close();
    } finally {
      await app.dispose();
    }
  });
});
