import { startTestApp, type TestApp } from '../helpers/app';
import {
  BOT,
  cardText,
  emulatorMessage,
  TEAMS_USERS,
  TeamsConversation,
  teamsFixture,
  type Activity,
} from '../helpers/activities';

const ANNA_CHAT_ID =
  '29:1Vk232q67NtQgZqFYwcRJjUraTv1wIikPeLrwQIjLEXKDhBwk_SuRM0e4sZs4YRox4KFkgEDaEPfJhzVO2dpP';

function emulatorJoin(serviceUrl: string, conversationId: string): Activity {
  return {
    type: 'conversationUpdate',
    id: `join-${conversationId}`,
    channelId: 'emulator',
    serviceUrl,
    from: { id: 'emulator-user-1', name: 'User' },
    recipient: { id: 'bot-1', name: 'Bot' },
    conversation: { id: conversationId },
    membersAdded: [
      { id: 'emulator-user-1', name: 'User' },
      { id: 'bot-1', name: 'Bot' },
    ],
  };
}

describe('who is talking, over HTTP', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    app.connector.addMember({
      id: ANNA_CHAT_ID,
      name: 'Anna Martin',
      objectId: TEAMS_USERS.anna.aadObjectId,
      email: 'anna@contoso.example',
      userPrincipalName: 'anna@contoso.example',
      tenantId: '757ce249-7b18-4ba2-84f9-10a52f4e6464',
    });
  });
  afterAll(() => app.dispose());

  const texts = (conversationId: string) => app.connector.to(conversationId).map((a) => a.body.text ?? '');

  test('installed in a personal chat: the roster is asked about the user, who is welcomed by name in their language', async () => {
    const install = teamsFixture('conversation-update.members-added.personal');
    install.serviceUrl = app.connector.url;
    expect((await app.post(install)).status).toBe(200);
    const id = install.conversation?.id as string;
    expect(
      app.connector.requests.some((r) => r.method === 'GET' && r.path.endsWith(`/members/${ANNA_CHAT_ID}`)),
    ).toBe(true);
    const welcome = cardText(app.connector.cards(id)[0]);
    expect(welcome).toContain('Bonjour Anna Martin !');
    expect(welcome).toContain('Acheter des licences');
    expect(welcome).not.toContain('Rapport administrateur');
  });

  test('the fr-FR fixture message: Anna, from her Entra id, gets the purchase started at the seats she asked for', async () => {
    const message = teamsFixture('message-personal.fr-FR');
    message.serviceUrl = app.connector.url;
    message.conversation = { ...(message.conversation as { id: string }), id: 'a:fixture-fr' };
    await app.post(message);
    const quote = cardText(app.connector.cards('a:fixture-fr').at(-1));
    expect(quote).toContain('Votre devis');
    expect(quote).toContain('5');
    expect(quote).toContain('49,95 $US');
  });

  test('a Teams user who is not in the directory is told so politely', async () => {
    const stranger = new TeamsConversation(app.connector.url, TEAMS_USERS.stranger, 'en-US');
    expect((await app.post(stranger.message('buy'))).status).toBe(200);
    expect(texts(stranger.id)).toEqual([expect.stringContaining('I could not find your account')]);
    const clicked = await app.post(stranger.execute('purchase.start'));
    expect(clicked.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
    });
  });

  test('without a locale, the language comes from the text', async () => {
    const anna = new TeamsConversation(app.connector.url, TEAMS_USERS.anna, null);
    await app.post(anna.message('je voudrais acheter des licences pour mon équipe'));
    expect(cardText(app.connector.cards(anna.id).at(-1))).toContain('De quelle licence avez-vous besoin ?');
    const david = new TeamsConversation(app.connector.url, TEAMS_USERS.david, null);
    await app.post(david.message('what can you do?'));
    expect(cardText(app.connector.cards(david.id).at(-1))).toContain('What I can do');
  });

  test('Emulator in DEMO_MODE: pick a demo identity, act as it, log out', async () => {
    const conversation = 'emulator-demo';
    const say = (text: string) => app.post(emulatorMessage(app.connector.url, conversation, text));
    await app.post(emulatorJoin(app.connector.url, conversation));
    expect(texts(conversation)[0]).toContain('Demo mode: pick who you want to be');
    const identities = cardText(app.connector.cards(conversation)[0]);
    expect(identities).toContain('Contoso');
    expect(identities).toContain('anna@contoso.example');
    expect(identities).toContain('grace.admin@contoso.example · global admin');
    expect(identities).toContain('guest');

    await say('buy');
    expect(texts(conversation).at(-2)).toContain('Demo mode: pick who you want to be');

    await say('login as nobody@contoso.example');
    expect(texts(conversation).at(-1)).toBe(
      'There is no demo user “nobody@contoso.example”. Type *demo users* to see them.',
    );

    await say('login as grace.admin@contoso.example');
    expect(texts(conversation).at(-2)).toBe('You are now Grace Admin (Contoso).');
    expect(cardText(app.connector.cards(conversation).at(-1))).toContain('Admin report');

    await say('login as anna@contoso.example');
    await say('whoami');
    expect(texts(conversation).at(-1)).toBe('You are Anna Martin <anna@contoso.example> (Contoso).');
    await say('buy');
    expect(cardText(app.connector.cards(conversation).at(-1))).toContain('Which licence do you need?');

    await say('logout');
    expect(texts(conversation).at(-1)).toBe('You are logged out of the demo identity.');
    await say('my licences');
    expect(texts(conversation).at(-2)).toContain('Demo mode: pick who you want to be');
  });

  test('the bot itself joining a conversation is welcomed once; other people joining are not', async () => {
    const teamJoin = teamsFixture('conversation-update.members-added.personal');
    teamJoin.serviceUrl = app.connector.url;
    teamJoin.conversation = { ...(teamJoin.conversation as { id: string }), id: 'a:someone-joined' };
    teamJoin.membersAdded = [{ id: ANNA_CHAT_ID, aadObjectId: TEAMS_USERS.anna.aadObjectId }];
    await app.post(teamJoin);
    expect(app.connector.to('a:someone-joined')).toHaveLength(0);
    expect(BOT.id).toBe((teamJoin.recipient as { id: string }).id);
  });
});

describe('Emulator without DEMO_MODE', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ demoMode: false, seed: true });
  });
  afterAll(() => app.dispose());

  test('a user without an Entra identity is told to use Teams, and demo logins do nothing', async () => {
    await app.post(emulatorMessage(app.connector.url, 'emulator-plain', 'login as anna@contoso.example'));
    await app.post(emulatorMessage(app.connector.url, 'emulator-plain', 'buy'));
    const sent = app.connector.to('emulator-plain').map((a) => a.body.text);
    expect(sent).toHaveLength(2);
    sent.forEach((text) => expect(text).toContain('this bot works in Microsoft Teams'));
    // Teams users are served as usual.
    const anna = new TeamsConversation(app.connector.url, TEAMS_USERS.anna, 'en-US');
    await app.post(anna.message('buy'));
    expect(cardText(app.connector.cards(anna.id).at(-1))).toContain('Which licence do you need?');
  });
});
