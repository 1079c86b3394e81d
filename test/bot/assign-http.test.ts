import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../helpers/app';
import {
  BOT,
  cardText,
  FIXTURES_DIR,
  findAction,
  invokeCard,
  TEAMS_USERS,
  TeamsConversation,
  teamsFixture,
  type Activity,
} from '../helpers/activities';

const BRUNO_CHAT_ID =
  '29:1WcU46eNxBJZAF17oBeaFiveJ-dcb9HymSx3-9EY1zJ6aZ4ieQxsWp2wHMxKOJKyqbHHzuY4MBYA1o-7xoO_c';
const CHLOE_SUBSCRIPTION = 'sub_demo_contoso_pbi_chloe';

/** The channel fixture, sent by Chloé (who bought Power BI Pro), mentioning the bot and `people`. */
function channelMessage(
  serviceUrl: string,
  people: Array<{ id: string; name: string }>,
  threadId: string,
): Activity {
  const activity = teamsFixture('message-channel-mentions');
  const mentions = people.map((p) => `<at>${p.name}</at>`).join(' ');
  activity.text = `<at>${BOT.name}</at> attribue une licence Power BI Pro à ${mentions}\n`;
  activity.entities = [
    { type: 'mention', mentioned: { ...BOT }, text: `<at>${BOT.name}</at>` },
    ...people.map((p) => ({ type: 'mention', mentioned: p, text: `<at>${p.name}</at>` })),
    { type: 'clientInfo', locale: 'fr-FR' },
  ];
  activity.from = { ...TEAMS_USERS.chloe };
  activity.serviceUrl = serviceUrl;
  activity.id = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  activity.conversation = {
    ...(activity.conversation as { id: string }),
    id: `${threadId};messageid=${activity.id}`,
  };
  return activity;
}

describe('assigning licences over HTTP', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    // The roster as Teams documents it (`objectId`) for Bruno; the SDK's spelling (`aadObjectId`) for Iris.
    const bruno = JSON.parse(readFileSync(join(FIXTURES_DIR, 'teams', 'get-member.response.json'), 'utf8'));
    app.connector.addMember(bruno);
    app.connector.addMember({
      id: TEAMS_USERS.iris.id,
      name: 'Iris Leroy',
      aadObjectId: TEAMS_USERS.iris.aadObjectId,
    });
  });
  afterAll(() => app.dispose());

  test('by @mention in a channel: one refused user refuses all, each with a reason; then the others get theirs', async () => {
    const thread = '19:7db3cdfd1234c5fbad58d11d80d1aaa1@thread.tacv2';
    const both = channelMessage(
      app.connector.url,
      [
        { id: BRUNO_CHAT_ID, name: 'Bruno Lefèvre' },
        { id: TEAMS_USERS.iris.id, name: 'Iris Leroy' },
      ],
      thread,
    );
    expect((await app.post(both)).status).toBe(200);
    // The roster was asked about both mentioned people (in the team), not about the bot.
    const lookups = app.connector.requests.filter((r) => r.method === 'GET').map((r) => r.path);
    expect(lookups).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/members\/29:1WcU46/),
        expect.stringContaining(`/members/${TEAMS_USERS.iris.id}`),
      ]),
    );
    expect(lookups.some((p) => p.includes(BOT.id))).toBe(false);

    const refused = app.connector.cards(both.conversation?.id as string).at(-1);
    const text = cardText(refused);
    expect(text).toContain('Aucune licence n’a été attribuée');
    expect(text).toContain('Iris Leroy');
    expect(text).toContain('ce compte est désactivé.');
    const assignments = () =>
      app.query<{ userId: string }>('SELECT "userId" FROM licence_assignments WHERE "subscriptionId" = ?', [
        CHLOE_SUBSCRIPTION,
      ]);
    expect((await assignments()).map((a) => a.userId).sort()).toEqual([
      'usr_contoso_chloe',
      'usr_contoso_farid',
    ]);

    const bruno = channelMessage(app.connector.url, [{ id: BRUNO_CHAT_ID, name: 'Bruno Lefèvre' }], thread);
    await app.post(bruno);
    const assigned = cardText(app.connector.cards(bruno.conversation?.id as string).at(-1));
    expect(assigned).toContain('Licences attribuées');
    expect(assigned).toContain('bruno.lefevre@contoso.example');
    expect(assigned).toContain('2 licences libres restantes.');
    expect((await assignments()).map((a) => a.userId)).toContain('usr_contoso_bruno');

    // Bruno again: already has one.
    const again = channelMessage(app.connector.url, [{ id: BRUNO_CHAT_ID, name: 'Bruno Lefèvre' }], thread);
    await app.post(again);
    expect(cardText(app.connector.cards(again.conversation?.id as string).at(-1))).toContain(
      'a déjà une licence.',
    );
  });

  test('in a channel, a message that does not mention the bot gets no answer', async () => {
    const activity = channelMessage(
      app.connector.url,
      [{ id: BRUNO_CHAT_ID, name: 'Bruno Lefèvre' }],
      '19:quiet@thread.tacv2',
    );
    activity.text = 'attribue une licence Power BI Pro à <at>Bruno Lefèvre</at>';
    activity.entities = (activity.entities as Array<{ mentioned?: { id: string } }>).filter(
      (e) => e.mentioned?.id !== BOT.id,
    );
    expect((await app.post(activity)).status).toBe(200);
    expect(app.connector.to(activity.conversation?.id as string)).toHaveLength(0);
  });

  test('with the card’s people field and e-mails, across tenants: the other tenant’s user is named as such', async () => {
    const chloe = new TeamsConversation(app.connector.url, TEAMS_USERS.chloe, 'en-US');
    await app.post(chloe.message('my licences'));
    const subscriptionCard = app.connector.cards(chloe.id).find((c) => findAction(c, 'licence.assign'));
    const assign = findAction(subscriptionCard, 'licence.assign');
    expect(assign?.data).toEqual({ subscriptionId: CHLOE_SUBSCRIPTION });
    const clicked = await app.post(
      chloe.execute('licence.assign', {
        ...assign?.data,
        assignees: 'david.chen@contoso.example, john@fabrikam.example',
      }),
    );
    const text = cardText(invokeCard(clicked.body));
    expect(text).toContain('No licence was assigned');
    expect(text).toContain('belongs to another organisation.');
    // David holds a central Power BI licence already.
    expect(text).toContain('already has a licence.');
  });

  test('typed, with an e-mail: "assign … to Power BI" from the purchaser, and a polite answer to someone who bought nothing', async () => {
    const chloe = new TeamsConversation(app.connector.url, TEAMS_USERS.chloe, 'en-US');
    await app.post(chloe.message('assign anna@contoso.example to Power BI'));
    expect(cardText(app.connector.cards(chloe.id).at(-1))).toContain('Licences assigned');

    const anna = new TeamsConversation(app.connector.url, TEAMS_USERS.anna, 'en-US');
    await app.post(anna.message('assign bruno.lefevre@contoso.example to Flow'));
    expect(app.connector.to(anna.id).at(-1)?.body.text).toContain(
      'You haven’t bought Flow (per user) through self-service',
    );

    await app.post(anna.message('assign to Flow'));
    expect(app.connector.to(anna.id).at(-1)?.body.text).toContain('Whom should I give a licence to?');
  });
});
