import {
  ActionRegistry,
  UnknownVerbError,
  createActionRegistry,
  parseAssignees,
  type ActionContext,
} from '../../bot/actions';
import { activityProblem, redactActivity, TurnQueue } from '../../bot/teams';
import { renderCardUpdateLinkCard, renderDemoIdentitiesCard } from '../../cards/bot-cards';
import { LOCALES } from '../../cards/types';
import { ALL_VERBS, Verbs, type Verb } from '../../cards/verbs';
import type { UserView } from '../../commerce';
import {
  asksForInvoice,
  findCount,
  findEmails,
  findProduct,
  parseCommand,
  parseSeatsAnswer,
  parseYesNo,
} from '../../dialogs/commands';
import type { AdminFlows, DialogServices, FaqFlows, SubscriptionFlows } from '../../dialogs';
import { adaptiveCardsProblems, createSchemaValidator, isExpandedCard } from '../cards/card-checks';

describe('typed commands, French and English', () => {
  test.each([
    ['help', { kind: 'help' }],
    ['Aide', { kind: 'help' }],
    ['annuler', { kind: 'cancel' }],
    ['Cancel', { kind: 'cancel' }],
    ['mes licences', { kind: 'mine' }],
    ['my licenses', { kind: 'mine' }],
    ['show my subscriptions', { kind: 'mine' }],
    ['acheter', { kind: 'buy', productId: null, seats: null }],
    ['buy 3 Power BI', { kind: 'buy', productId: 'power-bi-pro', seats: 3 }],
    ['achète trois licences Flow', { kind: 'buy', productId: 'flow-per-user', seats: 3 }],
    ['buy Office 365 E3', { kind: 'buy', productId: 'office-365-e3', seats: null }],
    ['essayer PowerApps', { kind: 'trial', productId: 'powerapps-per-user' }],
    [
      'assign bruno@contoso.example, emma@contoso.example to Power BI',
      {
        kind: 'assign',
        productId: 'power-bi-pro',
        emails: ['bruno@contoso.example', 'emma@contoso.example'],
      },
    ],
    ['attribue une licence Power BI Pro à', { kind: 'assign', productId: 'power-bi-pro', emails: [] }],
    ['ajoute 2 licences Power BI', { kind: 'add-seats', productId: 'power-bi-pro', seats: 2, emails: [] }],
    ['lower Flow to 3 seats', { kind: 'lower-seats', productId: 'flow-per-user', seats: 3, emails: [] }],
    [
      'retire bruno@contoso.example de Power BI',
      { kind: 'remove', productId: 'power-bi-pro', seats: null, emails: ['bruno@contoso.example'] },
    ],
    ['payer la facture Flow', { kind: 'pay-bill', productId: 'flow-per-user', seats: null, emails: [] }],
    ['update my card', { kind: 'update-card', productId: null, seats: null, emails: [] }],
    [
      'résilier mon abonnement Power BI',
      { kind: 'cancel-subscription', productId: 'power-bi-pro', seats: null, emails: [] },
    ],
    ['login as anna@contoso.example', { kind: 'login', who: 'anna@contoso.example' }],
    ['logout', { kind: 'logout' }],
    ['demo users', { kind: 'demo-users' }],
  ])('%s', (text, command) => {
    expect(parseCommand(text)).toEqual(command);
  });

  test.each([
    'who can buy through self-service?',
    'comment acheter des licences ?',
    'can I cancel my subscription?',
    'je veux acheter 3 licences Power BI',
    'Power BI',
    '3',
    'oui',
  ])('not a command: %s', (text) => {
    expect(parseCommand(text)).toBeNull();
  });

  test('products, counts, seats answers, yes/no, invoices, e-mails', () => {
    expect(findProduct('Power Automate')).toBe('flow-per-user');
    expect(findProduct('power apps')).toBe('powerapps-per-user');
    expect(findProduct('Visio')).toBeNull();
    expect(findCount('5 licences Office 365 E3')).toBe(5);
    expect(findCount('Office 365 E3')).toBeNull();
    expect(findCount('deux licences')).toBe(2);
    expect(parseSeatsAnswer(' 12 licences ')).toBe(12);
    expect(parseSeatsAnswer('trois')).toBe(3);
    expect(parseSeatsAnswer('2.5')).toBe(2.5);
    expect(parseSeatsAnswer('2,5')).toBeNaN();
    expect(parseSeatsAnswer('beaucoup')).toBeNaN();
    expect(parseYesNo('Oui !')).toBe('yes');
    expect(parseYesNo("d'accord")).toBe('yes');
    expect(parseYesNo('non merci')).toBe('no');
    expect(parseYesNo('maybe')).toBeNull();
    expect(asksForInvoice('Puis-je payer sur facture ?')).toBe(true);
    expect(asksForInvoice('can we be invoiced')).toBe(true);
    expect(asksForInvoice('pay by card')).toBe(false);
    expect(findEmails('to Bruno@Contoso.example and bruno@contoso.example.')).toEqual([
      'bruno@contoso.example',
    ]);
    expect(parseAssignees(' a@x.example, b@x.example;c@x.example  a@x.example ')).toEqual([
      'a@x.example',
      'b@x.example',
      'c@x.example',
    ]);
  });
});

describe('the verb registry', () => {
  const noop = async () => undefined;
  const deps = {
    services: {} as DialogServices,
    subscriptions: {} as SubscriptionFlows,
    faq: {} as FaqFlows,
    admin: {} as AdminFlows,
  };

  test('one handler per verb; a second registration is a programming error', () => {
    const registry = new ActionRegistry().register(Verbs.HelpShow, noop);
    expect(() => registry.register(Verbs.HelpShow, noop)).toThrow(/already registered/);
  });

  test('an unknown verb is refused with a typed 400 error', async () => {
    const registry = new ActionRegistry();
    const error = await registry
      .dispatch({ request: { verb: Verbs.HelpShow, data: {} } } as ActionContext)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownVerbError);
    expect(error).toMatchObject({ code: 'UNKNOWN_VERB', httpStatus: 400 });
    expect(registry.handles('order.pizza')).toBe(false);
  });

  test('every verb of the cards has a handler, the admin report and policy verbs included', () => {
    const registry = createActionRegistry(deps);
    expect(registry.verbs().sort()).toEqual([...ALL_VERBS].sort());
    const admin: Verb[] = [
      Verbs.ReportOpen,
      Verbs.ReportFilter,
      Verbs.ReportPage,
      Verbs.PolicyOpen,
      Verbs.PolicySet,
    ];
    admin.forEach((verb) => expect(registry.handles(verb)).toBe(true));
  });
});

describe('the HTTP route’s guards', () => {
  test('card numbers are removed from text and card inputs, other digits stay', () => {
    const activity = {
      text: 'ma carte 4242-4242-4242-4242, commande 12345678',
      value: { action: { data: { q: ['4000 0000 0000 0002'] } } },
    };
    expect(redactActivity(activity)).toBe(true);
    expect(activity.text).toBe('ma carte [card number removed], commande 12345678');
    expect(JSON.stringify(activity.value)).not.toContain('0002');
    expect(redactActivity({ text: 'buy 3 seats', value: { seats: '3' } })).toBe(false);
  });

  test('an activity must say what a turn needs', () => {
    const ok = {
      type: 'message',
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      conversation: { id: 'a:1' },
      from: { id: '29:1' },
      recipient: { id: '28:1' },
    };
    expect(activityProblem(ok)).toBeNull();
    expect(activityProblem({ ...ok, membersAdded: [{ name: 'x' }] })).toContain('membersAdded');
    expect(activityProblem({ ...ok, serviceUrl: 'javascript:alert(1)' })).toContain('serviceUrl');
  });

  test('turns of one conversation run one after the other, other conversations do not wait', async () => {
    const queue = new TurnQueue();
    const order: string[] = [];
    const slow = (name: string, ms: number) => () =>
      new Promise<void>((resolve) => setTimeout(() => (order.push(name), resolve()), ms));
    await Promise.all([
      queue.run('a', slow('a1', 30)),
      queue.run('a', slow('a2', 1)),
      queue.run('b', slow('b1', 5)),
      queue
        .run('a', async () => {
          order.push('a3');
          throw new Error('turn failed');
        })
        .catch(() => undefined),
      queue.run('a', slow('a4', 1)),
    ]);
    expect(order).toEqual(['b1', 'a1', 'a2', 'a3', 'a4']);
    expect(queue.size).toBe(0);
  });
});

describe('the bot’s own cards', () => {
  const validate = createSchemaValidator();
  const user = (over: Partial<UserView>): UserView => ({
    id: 'usr_1',
    tenantId: 't1',
    displayName: 'Anna Martin',
    email: 'anna@contoso.example',
    entraObjectId: 'oid',
    userType: 'member',
    enabled: true,
    syncedFromOnPremises: false,
    roles: [],
    locale: null,
    ...over,
  });

  test.each(LOCALES)(
    'demo identities and card update link, in %s, are valid Adaptive Cards 1.5',
    (locale) => {
      const cards = [
        renderDemoIdentitiesCard(
          {
            tenants: [
              {
                name: 'Contoso',
                users: [
                  user({}),
                  user({ displayName: 'Grace', roles: ['global-admin'] }),
                  user({ userType: 'guest', enabled: false }),
                ],
              },
              { name: 'Fabrikam', users: [user({ displayName: 'John' })] },
            ],
          },
          locale,
        ),
        renderCardUpdateLinkCard(
          {
            productName: 'Power BI Pro',
            card: { brand: 'visa', last4: '4242' },
            url: 'https://bot.contoso.example/checkout/chk_1',
            expiresAt: '2026-11-30T10:00:00Z',
            timeZone: 'Europe/Paris',
          },
          locale,
        ),
      ];
      for (const card of cards) {
        expect(isExpandedCard(card)).toBe(true);
        expect(validate(card) ? [] : validate.errors).toEqual([]);
        expect(adaptiveCardsProblems(card)).toEqual([]);
        expect(card.lang).toBe(locale);
      }
    },
  );
});
