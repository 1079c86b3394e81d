import fs from 'node:fs';
import path from 'node:path';
import * as cards from '../../cards';
import { actionKey, expandCard } from '../../cards/template';
import receiptTemplate from '../../cards/templates/receipt.json';
import { LOCALES, type AdaptiveCard, type CardAction, type ExecuteAction } from '../../cards/types';
import { ALL_VERBS, isVerb } from '../../cards/verbs';
import {
  actionRowSizes,
  adaptiveCardsProblems,
  allActions,
  createSchemaValidator,
  isExpandedCard,
} from './card-checks';
import { SAMPLES, subscription, templateOf } from './samples';

const TEMPLATES_DIR = path.resolve(__dirname, '../../cards/templates');
const templateNames = fs.readdirSync(TEMPLATES_DIR).map((f) => path.basename(f, '.json'));
const validateSchema = createSchemaValidator();
const executes = (card: AdaptiveCard): ExecuteAction[] =>
  allActions(card).filter((a): a is ExecuteAction => a.type === 'Action.Execute');
const byVerb = (card: AdaptiveCard, verb: string): ExecuteAction[] =>
  executes(card).filter((a) => a.verb === verb);
const text = (card: AdaptiveCard): string => JSON.stringify(card);

describe.each(Object.keys(SAMPLES))('%s card', (name) => {
  test.each(LOCALES)('in %s: valid Adaptive Card 1.5 with known verbs', (locale) => {
    const card = SAMPLES[name](locale);
    expect(isExpandedCard(card)).toBe(true);
    expect(validateSchema(card) ? [] : validateSchema.errors).toEqual([]);
    expect(adaptiveCardsProblems(card)).toEqual([]);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', lang: locale });
    expect(
      executes(card)
        .map((a) => a.verb)
        .filter((v) => !isVerb(v)),
    ).toEqual([]);
    executes(card).forEach((a) => expect(a.data).toEqual(expect.any(Object)));
    // Hosts show at most 5 buttons per row before an overflow menu (adaptivecards' default maxActions).
    expect(Math.max(...actionRowSizes(card))).toBeLessThanOrEqual(5);
    // Teams refuses messages over 28 KB.
    expect(Buffer.byteLength(text(card))).toBeLessThan(28 * 1024);
  });
});

describe('templates', () => {
  const literalVerbs = templateNames.flatMap((name) =>
    [
      ...fs.readFileSync(path.join(TEMPLATES_DIR, `${name}.json`), 'utf8').matchAll(/"verb": "([^"$]+)"/g),
    ].map((m) => m[1]),
  );

  test('each has a typed render function and samples', () => {
    const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
    expect(templateNames).toHaveLength(15);
    templateNames.forEach((name) => {
      expect(cards).toHaveProperty(`render${pascal(name)}Card`);
      expect(Object.keys(SAMPLES).map(templateOf)).toContain(name);
    });
  });

  test('use only known verbs, and every verb has a button somewhere', () => {
    expect(literalVerbs.filter((v) => !isVerb(v))).toEqual([]);
    expect(new Set(literalVerbs)).toEqual(new Set(ALL_VERBS));
  });

  test('a template left without its data keeps a `${` that the check catches', () => {
    const card = expandCard(receiptTemplate, { t: {} }, 'en');
    expect(isExpandedCard(card)).toBe(false);
  });
});

describe('validators can fail', () => {
  const valid = SAMPLES.receipt('en');

  test('the schema rejects broken cards', () => {
    const broken: unknown[] = [
      { ...valid, body: [{ type: 'TextBlock' }] },
      { ...valid, body: [{ type: 'Input.Number', id: 'seats', value: '5' }] },
      {
        ...valid,
        body: [
          {
            type: 'Input.ChoiceSet',
            id: 'who',
            choices: [],
            'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' },
          },
        ],
      },
      { ...valid, actions: [{ type: 'Action.OpenUrl', title: 'Pay', url: 'not a url' }] },
      { ...valid, actions: [{ type: 'Action.Execute', title: 'Go', verb: 'x', associatedInputs: 'some' }] },
      { ...valid, body: [{ type: 'Table', columns: [], rows: [] }], version: 1.5 },
    ];
    broken.forEach((card) => expect(validateSchema(card)).toBe(false));
  });

  test('the adaptivecards parser reports unknown elements and duplicate ids', () => {
    expect(adaptiveCardsProblems({ ...valid, body: [{ type: 'Carousel', pages: [] }] })).not.toEqual([]);
    const dup = { type: 'Input.Text', id: 'same' };
    expect(adaptiveCardsProblems({ ...valid, body: [dup, dup] })).toEqual(
      expect.arrayContaining([expect.stringContaining('Duplicate Id')]),
    );
  });
});

describe('card content', () => {
  test('receipt: money, date and card per locale', () => {
    const fr = text(SAMPLES.receipt('fr'));
    expect(fr).toMatch(/68,00\s€/);
    expect(fr).toContain('29 juin 2025');
    expect(fr).toContain('Visa •••• 4242');
    const en = text(SAMPLES.receipt('en'));
    expect(en).toContain('€68.00');
    expect(en).toContain('Jun 29, 2025');
    expect(byVerb(SAMPLES.receipt('en'), 'licence.assign')[0].data).toEqual({
      subscriptionId: subscription.id,
    });
  });

  test('ineligible: every reason, the launch date, the admins and ways forward', () => {
    const card = SAMPLES.ineligible('fr');
    const m = cards.messages('fr').ineligible;
    (['MARKET_NOT_LAUNCHED', 'GUEST_USER', 'POLICY_DISABLED'] as const).forEach((r) =>
      expect(text(card)).toContain(m.reasons[r]),
    );
    expect(text(card)).toContain('1 sept. 2025');
    expect(text(card)).toContain('claire.dubois@contoso.example');
    expect(byVerb(card, 'admins.contact')[0].data).toEqual({
      productId: 'power-bi-pro',
      reasons: ['MARKET_NOT_LAUNCHED', 'GUEST_USER', 'POLICY_DISABLED'],
    });
    expect(byVerb(card, 'faq.ask').map((a) => a.data)).toContainEqual({
      slug: cards.FAQ_SLUG_BY_REASON.MARKET_NOT_LAUNCHED,
    });
    const alone = SAMPLES['ineligible:no-admins']('en');
    expect(text(alone)).toContain(cards.messages('en').ineligible.noAdmins);
    expect(byVerb(alone, 'faq.ask').length).toBeGreaterThan(0);
  });

  test('product choice: price per seat, buy and trial buttons by policy', () => {
    const card = SAMPLES['product-choice']('en');
    expect(text(card)).toContain('€13.60 per seat');
    expect(byVerb(card, 'purchase.selectProduct').map((a) => a.data)).toEqual([
      { productId: 'power-bi-pro' },
      { productId: 'powerapps-per-user' },
    ]);
    expect(byVerb(card, 'trial.start').map((a) => a.data)).toEqual([
      { productId: 'power-bi-pro' },
      { productId: 'flow-per-user' },
    ]);
  });

  test('seats step has a bounded seats input; the quote confirms with a per-quote key', () => {
    const seats = SAMPLES['seats-and-price']('en');
    expect(seats.body).toContainEqual(
      expect.objectContaining({ type: 'Input.Number', id: 'seats', min: 1, max: 300, value: 1 }),
    );
    expect(byVerb(seats, 'purchase.confirm')).toEqual([]);
    const card = SAMPLES['seats-and-price:quote']('fr');
    expect(byVerb(card, 'purchase.confirm')[0].data).toEqual({
      productId: 'power-bi-pro',
      seats: 5,
      idempotencyKey: actionKey('q_7f3a', 'purchase.confirm'),
    });
    expect(text(card)).toContain('1 mois (29 mai 2025 – 29 juin 2025)');
    expect(byVerb(card, 'purchase.cancel')[0].associatedInputs).toBe('none');
  });

  test('checkout: a link button and the expiry in the user time zone', () => {
    const card = SAMPLES['checkout-button']('fr');
    expect(allActions(card)).toContainEqual(
      expect.objectContaining({
        type: 'Action.OpenUrl',
        url: 'https://licences.contoso.example/checkout/co_9x2k',
      }),
    );
    expect(text(card)).toMatch(/29 mai 2025\D+10:56 \(Europe\/Paris\)/);
  });

  test('subscription: holders with remove, unpaid bills with pay, the five manage actions', () => {
    const card = SAMPLES.subscription('en');
    expect(byVerb(card, 'licence.remove').map((a) => a.data)).toEqual([
      { subscriptionId: subscription.id, userId: 'usr_anna' },
      { subscriptionId: subscription.id, userId: 'usr_bruno' },
    ]);
    expect(byVerb(card, 'bill.pay').map((a) => a.data)).toEqual([
      { subscriptionId: subscription.id, billId: 'bill_002', idempotencyKey: 'k_sub1:bill.pay:bill_002' },
    ]);
    expect(card.actions?.map((a: CardAction) => a.title)).toEqual([
      'Add seats',
      'Lower seats',
      'Assign licences',
      'Update card',
      'Cancel subscription',
    ]);
    expect(text(card)).toContain('2 of 5');
    expect(text(card)).toContain('Visa •••• 4242');
    const keys = executes(card).flatMap((a) =>
      typeof a.data?.idempotencyKey === 'string' ? [a.data.idempotencyKey] : [],
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('subscription: long lists are capped, trials and read-only views offer fewer actions', () => {
    const many = SAMPLES['subscription:many-holders']('fr');
    expect(byVerb(many, 'licence.remove')).toHaveLength(cards.MAX_LISTED_HOLDERS);
    expect(text(many)).toContain('… et 10 de plus.');
    expect(byVerb(many, 'bill.pay')).toHaveLength(cards.MAX_LISTED_BILLS);
    expect(byVerb(many, 'seats.add')).toEqual([]);
    const trial = SAMPLES['subscription:trial']('en');
    expect(executes(trial).map((a) => a.verb)).toEqual(['licence.assign', 'subscription.cancel']);
    expect(executes(SAMPLES['subscription:read-only']('en'))).toEqual([]);
  });

  test('assignment result: who got a licence, or who was refused and why', () => {
    expect(text(SAMPLES['assignment-result']('en'))).toContain('1 person now has a Power BI Pro licence');
    const refused = SAMPLES['assignment-result:refused']('fr');
    const m = cards.messages('fr').assignment;
    expect(text(refused)).toContain(m.refusedTitle);
    expect(refused.body).toContainEqual(
      expect.objectContaining({
        type: 'FactSet',
        facts: [
          { title: 'John Smith', value: m.refusals.OTHER_TENANT },
          { title: 'ghost@contoso.example', value: m.refusals.UNKNOWN_USER },
          { title: 'Bruno Lefèvre', value: m.refusals.ALREADY_ASSIGNED },
        ],
      }),
    );
  });

  test('admin report: rows, filters kept when paging, export link', () => {
    const card = SAMPLES['admin-report']('en');
    expect(text(card)).toContain('27 subscriptions, page 2 of 3');
    expect(text(card)).toContain('IT department');
    const filters = {
      source: 'all',
      productId: 'power-bi-pro',
      status: 'all',
      purchaser: 'anna',
      from: '2025-01-01',
      to: '',
    };
    expect(byVerb(card, 'report.page').map((a) => a.data)).toEqual([
      { page: 1, filters },
      { page: 3, filters },
    ]);
    expect(allActions(card)).toContainEqual(
      expect.objectContaining({ type: 'Action.OpenUrl', title: 'Export CSV' }),
    );
    const empty = SAMPLES['admin-report:empty']('fr');
    expect(text(empty)).toContain(cards.messages('fr').report.empty);
    expect(byVerb(empty, 'report.page')).toEqual([]);
  });

  test('policy: one choice per product, ids the policy.set handler reads', () => {
    const card = SAMPLES.policy('en');
    const inputs = card.body.filter((e) => e.type === 'Input.ChoiceSet');
    expect(inputs.map((i) => [i.id, 'value' in i && i.value])).toEqual([
      ['policy.power-bi-pro', 'Enabled'],
      ['policy.powerapps-per-user', 'OnlyTrialsWithoutPaymentMethod'],
      ['policy.flow-per-user', 'Disabled'],
    ]);
  });

  test('faq: related questions and feedback; suggestions capped at three', () => {
    const answer = SAMPLES['faq-answer']('en');
    expect(byVerb(answer, 'faq.ask').filter((a) => a.data?.slug)).toHaveLength(3);
    expect(byVerb(answer, 'faq.feedback').map((a) => a.data)).toEqual([
      { slug: 'who-can-buy-through-self-service-purchase', helpful: true },
      { slug: 'who-can-buy-through-self-service-purchase', helpful: false },
    ]);
    const suggestions = SAMPLES['faq-suggestions']('fr');
    expect(text(suggestions)).toContain('« puis-je payer par virement ? »');
    expect(byVerb(suggestions, 'faq.ask').filter((a) => a.data?.slug)).toHaveLength(3);
  });

  test('error: the readable reason, a retry with the same data, never internals', () => {
    const card = SAMPLES.error('fr');
    expect(text(card)).toContain(cards.messages('fr').error.declines.insufficient_funds);
    expect(byVerb(card, 'bill.pay')[0].data).toEqual({
      subscriptionId: subscription.id,
      billId: 'bill_002',
      idempotencyKey: 'k:bill',
    });
    expect(text(card)).toContain('req_5e1f0c');
    const unknown = SAMPLES['error:unknown']('en');
    expect(text(unknown)).not.toContain('ECONNREFUSED');
    expect(executes(unknown).map((a) => a.verb)).toEqual(['help.show']);
  });

  test('welcome: admin entry points only for admins', () => {
    expect(executes(SAMPLES.welcome('en')).map((a) => a.verb)).not.toContain('report.open');
    expect(executes(SAMPLES['welcome:admin']('en')).map((a) => a.verb)).toEqual(
      expect.arrayContaining(['report.open', 'policy.open']),
    );
  });
});
