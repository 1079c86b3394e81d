import { readFileSync } from 'node:fs';
import { startTestApp, type TestApp } from '../helpers/app';
import {
  cardText,
  emulatorMessage,
  TEAMS_USERS,
  TeamsConversation,
  teamsFixture,
} from '../helpers/activities';

const CARD_NUMBER = '4242 4242 4242 4242';
const CARD_DIGITS = CARD_NUMBER.replace(/ /g, '');

/** Whatever arrives at /api/messages gets a 4xx or a polite reply: never a crash, never a 5xx. */
describe('bad input over HTTP', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.dispose());

  const raw = (body: string, contentType = 'application/json') =>
    app.post(null, { raw: body, headers: { 'content-type': contentType } });

  test('malformed JSON is a 400', async () => {
    for (const body of ['{"type": "message",', 'not json', '']) {
      const answer = await raw(body);
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ error: { code: 'BadRequest', message: expect.any(String) } });
    }
  });

  test('an activity missing what a turn needs is a 400 that says what', async () => {
    const anna = new TeamsConversation(app.connector.url, TEAMS_USERS.anna);
    const cases: Array<[string, Record<string, unknown>]> = [
      ['type', { ...anna.message('hi'), type: undefined }],
      ['conversation.id', { ...anna.message('hi'), conversation: undefined }],
      ['from.id', { ...anna.message('hi'), from: {} }],
      ['recipient.id', { ...anna.message('hi'), recipient: null }],
      ['serviceUrl', { ...anna.message('hi'), serviceUrl: 'ftp://example' }],
      ['channelId', { ...anna.message('hi'), channelId: 42 }],
      ['text', { ...anna.message('hi'), text: { bold: true } }],
      ['entities', { ...anna.message('hi'), entities: 'mention' }],
      ['name', { ...anna.execute('help.show'), name: undefined }],
    ];
    for (const [field, activity] of cases) {
      const answer = await app.post(activity);
      expect({ field, status: answer.status }).toEqual({ field, status: 400 });
      expect((answer.body as { error: { message: string } }).error.message).toContain(field);
    }
    for (const body of ['[]', '"message"', 'null', '42']) expect((await raw(body)).status).toBe(400);
    expect(app.connector.to(anna.id)).toHaveLength(0);
  });

  test('unknown activity types and events are accepted and ignored', async () => {
    const anna = new TeamsConversation(app.connector.url, TEAMS_USERS.anna);
    for (const type of ['typing', 'somethingNew', 'event', 'endOfConversation', 'messageReaction']) {
      expect((await app.post({ ...anna.message(''), type })).status).toBe(200);
    }
    const reaction = teamsFixture('message-reaction.added');
    reaction.serviceUrl = app.connector.url;
    expect((await app.post(reaction)).status).toBe(200);
    const install = teamsFixture('installation-update.add.team');
    install.serviceUrl = app.connector.url;
    expect((await app.post(install)).status).toBe(200);
    expect(app.connector.to(anna.id)).toHaveLength(0);
    // An unknown invoke is "not implemented", not an error.
    expect((await app.post({ ...anna.execute('help.show'), name: 'composeExtension/query' })).status).toBe(
      501,
    );
  });

  test('a 1 MB message is refused with 413, and a non-JSON body with 415', async () => {
    const anna = new TeamsConversation(app.connector.url, TEAMS_USERS.anna);
    const huge = await app.post(anna.message('a'.repeat(1024 * 1024)));
    expect(huge.status).toBe(413);
    expect((await raw('text=hi', 'application/x-www-form-urlencoded')).status).toBe(415);
    // A long message that fits is answered.
    expect((await app.post(anna.message(`question ${'mot '.repeat(5000)}`))).status).toBe(200);
    await app.connector.waitFor(() => app.connector.to(anna.id).length > 0);
  });

  test('card actions: an unknown verb is a typed 400, a malformed action too', async () => {
    const anna = new TeamsConversation(app.connector.url, TEAMS_USERS.anna);
    const unknown = await app.post(anna.execute('order.pizza', {}));
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: expect.stringContaining('order.pizza') },
    });
    const noAction = await app.post({ ...anna.execute('help.show'), value: { trigger: 'manual' } });
    expect(noAction.status).toBe(400);
    const submit = await app.post({
      ...anna.execute('help.show'),
      value: { action: { type: 'Action.Submit', data: {} } },
    });
    expect(submit.status).toBe(400);
    expect((submit.body as { value: { code: string } }).value.code).toBe('NotSupported');
    // Known verbs with nonsense data: a polite card, never a 5xx.
    for (const [verb, data] of [
      ['seats.add', { subscriptionId: '../../etc', seatsToAdd: 'many', idempotencyKey: 'x' }],
      ['licence.remove', { subscriptionId: 'sub_nope', userId: null }],
      ['purchase.setSeats', { productId: 'power-bi-pro', seats: '-3' }],
      [
        'purchase.confirm',
        { productId: 'no-such-product', seats: 1, idempotencyKey: 'card-1:purchase.confirm' },
      ],
      ['faq.feedback', { slug: 'not-a-slug', helpful: 'maybe' }],
    ] as const) {
      const answer = await app.post(anna.execute(verb, data));
      expect({ verb, status: answer.status }).toEqual({ verb, status: 200 });
    }
    expect(app.logs.filter((l) => l.includes('"level":"error"'))).toEqual([]);
  });

  test('a card number typed in chat is not used, stored or logged, and the user is told to use the secure page', async () => {
    const anna = new TeamsConversation(app.connector.url, TEAMS_USERS.anna, 'fr-FR');
    await app.post(anna.message('acheter 2 Power BI'));
    const answer = await app.post(anna.message(`voici ma carte ${CARD_NUMBER} exp 12/34 cvc 737`));
    expect(answer.status).toBe(200);
    expect(app.connector.to(anna.id).at(-1)?.body.text).toContain(
      'Ne tapez jamais de numéro de carte dans la conversation',
    );
    // The purchase still waits for its confirmation.
    await app.post(anna.message('oui'));
    expect(cardText(app.connector.cards(anna.id).at(-1))).toContain('Paiement sécurisé');

    // In a card input, in English, in the Emulator: the same.
    const en = new TeamsConversation(app.connector.url, TEAMS_USERS.anna, 'en-US');
    const clicked = await app.post(en.execute('faq.ask', { question: `pay with ${CARD_DIGITS}` }));
    expect(JSON.stringify(clicked.body)).toContain('Never type a card number in the chat');
    await app.post(emulatorMessage(app.connector.url, 'emulator-card', `login as anna@contoso.example`));
    await app.post(emulatorMessage(app.connector.url, 'emulator-card', `my card is ${CARD_DIGITS}`));
    expect(app.connector.to('emulator-card').at(-1)?.body.text).toContain(
      'Never type a card number in the chat',
    );

    const everything = [
      // Nothing the bot sent back echoes it either (an FAQ "I don't know “…”" would).
      JSON.stringify(app.connector.requests),
      app.logs.join('\n'),
      await app.dump(),
      readFileSync(app.sqlitePath).toString('latin1'),
      readFileSync(`${app.sqlitePath}-wal`).toString('latin1'),
    ];
    for (const text of everything) {
      expect(text).not.toContain(CARD_DIGITS);
      expect(text).not.toContain(CARD_NUMBER);
    }
  });

  test('nothing above failed a turn', () => {
    expect(app.logs.filter((l) => l.includes('"level":"error"'))).toEqual([]);
  });

  test('a turn that fails (the connector refuses its answer) is logged without the user’s words, and the request still succeeds', async () => {
    const anna = new TeamsConversation(app.connector.url, TEAMS_USERS.anna, 'en-US');
    app.connector.failSends = 2; // the answer, then the apology
    const answer = await app.post(anna.message('buy licences for my secret project Bluebird'));
    expect(answer.status).toBe(200);
    const failures = app.logs.filter((l) => l.includes('turn failed'));
    expect(failures).toHaveLength(1);
    expect(JSON.parse(failures[0])).toMatchObject({
      level: 'error',
      reference: expect.any(String),
      activityType: 'message',
    });
    expect(app.logs.join('\n')).not.toContain('Bluebird');
    // Once the connector is back, the user gets the apology with the reference to quote.
    app.connector.failSends = 1;
    await app.post(anna.message('buy'));
    const apology = app.connector.to(anna.id).at(-1);
    expect(apology?.body.text).toBe('Sorry, something went wrong on my side. Please try again in a moment.');
    expect(cardText(apology?.body.attachments)).toMatch(/Reference: \w{8}/);
  });
});

describe('with a Bot Framework app id', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({
      demoMode: false,
      env: {
        MicrosoftAppId: '00000000-0000-4000-8000-00000000b07a',
        MicrosoftAppPassword: 'test-secret-not-real',
      },
    });
  });
  afterAll(() => app.dispose());

  test('a request without a Bot Framework token is refused with 401 and nothing runs', async () => {
    const anna = new TeamsConversation(app.connector.url, TEAMS_USERS.anna);
    const answer = await app.post(anna.message('acheter'));
    expect(answer.status).toBe(401);
    expect(app.connector.to(anna.id)).toHaveLength(0);
    expect(app.logs.join('\n')).not.toContain('test-secret-not-real');
  });
});
