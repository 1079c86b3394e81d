import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedFile } from '../helpers/shared-files';
import { openCheckoutPage, startTestApp, submitCheckout, TEST_CARDS, type TestApp } from '../helpers/app';
import { FakeSlack, slackHeaders, slackText, type SlackCall } from '../helpers/fake-slack';

const FIXTURES = sharedFile('fixtures', 'slack');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const SECRET = 'slack-test-signing-secret';
const FORM = 'application/x-www-form-urlencoded';
const ANNA = 'U07ANNAM01';
const GRACE = 'U07GRACEA1';

/** Slack driven through POST /slack/events with signed requests; what the bot sends is read at a fake Web API. */
describe('Slack over HTTP', () => {
  let slack: FakeSlack;
  let app: TestApp;

  beforeAll(async () => {
    slack = await new FakeSlack().start();
    slack.addUser({ id: 'U07GUEST01', email: 'gustav@wingtiptoys.example' });
    app = await startTestApp({
      env: { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: slack.url },
    });
    await app.execute('UPDATE directory_users SET "slackUserId" = ? WHERE id = ?', [
      GRACE,
      'usr_contoso_grace',
    ]);
  });
  afterAll(async () => {
    await app?.dispose();
    await slack?.stop();
  });

  const post = (raw: string, contentType: string, headers = slackHeaders(SECRET, raw)) =>
    app.request('/slack/events', {
      method: 'POST',
      headers: { 'content-type': contentType, ...headers },
      body: raw,
    });

  const command = (text: string, fields: Record<string, string> = {}) => {
    const base = JSON.parse(fixture('slash-command.json')) as Record<string, string>;
    const raw = new URLSearchParams({
      ...base,
      text,
      response_url: slack.hook('command'),
      ...fields,
    }).toString();
    return post(raw, FORM);
  };

  let messages = 0;
  const dm = (text: string, user = ANNA) => {
    const body = JSON.parse(fixture('event-callback.message-im.json')) as { event: Record<string, unknown> };
    body.event = { ...body.event, text, user, client_msg_id: `msg-${(messages += 1)}`, blocks: undefined };
    return post(JSON.stringify(body), 'application/json');
  };

  const click = (message: SlackCall, actionId: string, container: Record<string, unknown>) => {
    const blocks = (message.args.blocks ?? []) as Array<{ elements?: Array<Record<string, unknown>> }>;
    const button = blocks
      .flatMap((b) => b.elements ?? [])
      .find((e) => String(e.action_id).replace(/#\d+$/, '') === actionId);
    if (!button) throw new Error(`no ${actionId} button in ${slackText(message)}`);
    const payload = JSON.parse(fixture('block-actions.payload.json')) as Record<string, unknown>;
    const raw = `payload=${encodeURIComponent(
      JSON.stringify({
        ...payload,
        container: { type: 'message', message_ts: '1748600000.000001', ...container },
        channel: { id: container.channel_id, name: 'achats-licences' },
        response_url: slack.hook('click'),
        actions: [{ ...button, block_id: 'b', action_ts: '1748600001.000001' }],
        state: { values: {} },
      }),
    )}`;
    return post(raw, FORM);
  };

  /** The next message the bot shows after `from` calls. */
  const nextMessage = (from: number, method?: string, where: (call: SlackCall) => boolean = () => true) =>
    slack.waitFor(() => slack.messages(from).find((c) => (!method || c.method === method) && where(c)));

  test('url_verification is answered with the challenge', async () => {
    const body = fixture('url-verification.json');
    const answer = await post(body, 'application/json');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ challenge: 'Tf062aJdOunbGk476bFnLK3gPBRNrEXbT3jJPcnJLldqatfI' });
  });

  test('a bad, missing or stale signature is 401; a malformed body is 400', async () => {
    const body = fixture('url-verification.json');
    const before = slack.calls.length;
    expect((await post(body, 'application/json', slackHeaders('wrong-secret', body))).status).toBe(401);
    expect((await post(body, 'application/json', {})).status).toBe(401);
    const stale = slackHeaders(SECRET, body, Math.floor(Date.now() / 1000) - 6 * 60);
    expect((await post(body, 'application/json', stale)).status).toBe(401);
    // Signed for other bytes than those sent.
    expect((await post(`${body} `, 'application/json', slackHeaders(SECRET, body))).status).toBe(401);
    expect((await post('{"type":', 'application/json')).status).toBe(400);
    expect((await post('payload=%7Bnot-json', FORM)).status).toBe(400);
    expect((await post('text=hello', FORM)).status).toBe(400);
    expect(slack.calls.length).toBe(before);
  });

  test('/licences buy 3 power bi → quote; Confirm → checkout link; paying → the receipt in the DM', async () => {
    const before = slack.calls.length;
    const answer = await command('buy 3 power bi');
    expect(answer.status).toBe(200);
    const quote = await nextMessage(before);
    expect(quote.method).toBe('chat.postEphemeral');
    expect(quote.args).toMatchObject({ channel: 'C07LICSALE', user: ANNA });
    expect(slackText(quote)).toContain('Votre devis');
    expect(slackText(quote)).toContain('29,97');

    const clicked = slack.calls.length;
    expect(
      (await click(quote, 'purchase.confirm', { channel_id: 'C07LICSALE', is_ephemeral: true })).status,
    ).toBe(200);
    const link = await nextMessage(clicked);
    expect(link.method).toBe('hook'); // the ephemeral quote is replaced through its response_url
    expect(link.args.replace_original).toBe(true);
    const url = /http:\/\/127\.0\.0\.1:\d+\/checkout\/[\w-]+/.exec(slackText(link))?.[0];
    expect(url).toBeTruthy();

    const page = await openCheckoutPage(url as string);
    expect(page.html).toContain('29,97');
    const paidFrom = slack.calls.length;
    expect((await submitCheckout(url as string, page.csrf as string, TEST_CARDS.good)).status).toBe(200);
    const receipt = await nextMessage(paidFrom, 'chat.postMessage', (call) => call.args.channel === ANNA);
    expect(slackText(receipt)).toContain('Paiement reçu');
    expect(slackText(receipt)).toContain('visa •••• 4242');
    const [sub] = await app.query('SELECT * FROM subscriptions WHERE "purchaserId" = ?', [
      'usr_contoso_anna',
    ]);
    expect(sub).toMatchObject({ productId: 'power-bi-pro', seats: 3, status: 'active' });
    // Grace (global admin) never talked to the bot in Teams, but has a Slack id: she is told in Slack.
    const notice = await nextMessage(paidFrom, 'chat.postMessage', (call) => call.args.channel === GRACE);
    expect(slackText(notice)).toContain('Anna Martin');
  });

  test('the fixture /licences assign power-bi-pro <@U07BRUNOL2|bruno.lefevre> assigns Bruno', async () => {
    const raw = fixture('slash-command.body.txt');
    const before = slack.calls.length;
    expect((await post(raw, FORM)).status).toBe(200);
    const result = await nextMessage(before);
    expect(result.method).toBe('chat.postEphemeral');
    expect(slackText(result)).toContain('Licences attribuées');
    expect(slackText(result)).toContain('bruno.lefevre@contoso.example');
    const rows = await app.query<{ userId: string }>(
      `SELECT a."userId" FROM licence_assignments a JOIN subscriptions s ON s.id = a."subscriptionId"
       WHERE s."purchaserId" = 'usr_contoso_anna'`,
    );
    expect(rows.map((r) => r.userId)).toContain('usr_contoso_bruno');
  });

  test('in the DM, a clicked button updates the posted message; an unknown verb is told, not crashed', async () => {
    let before = slack.calls.length;
    await dm('je veux acheter 2 licences Power BI Pro');
    const quote = await nextMessage(before);
    expect(quote).toMatchObject({ method: 'chat.postMessage', args: { channel: 'D07ANNADM1' } });
    expect(slackText(quote)).toContain('Votre devis');

    before = slack.calls.length;
    await click(quote, 'purchase.confirm', { channel_id: 'D07ANNADM1', is_ephemeral: false });
    const updated = await nextMessage(before);
    expect(updated).toMatchObject({ method: 'chat.update', args: { channel: 'D07ANNADM1' } });
    expect(slackText(updated)).toMatch(/127\.0\.0\.1:\d+\/checkout\//);

    before = slack.calls.length;
    const forged = {
      ...quote,
      args: { ...quote.args, blocks: [{ elements: [{ action_id: 'no.such.verb' }] }] },
    };
    expect(
      (await click(forged, 'no.such.verb', { channel_id: 'D07ANNADM1', is_ephemeral: false })).status,
    ).toBe(200);
    expect(slackText(await nextMessage(before))).toContain('Ce bouton ne fonctionne plus');
  });

  test('the fixture modal submit is acknowledged and answered in the channel its metadata names', async () => {
    const before = slack.calls.length;
    const answer = await post(fixture('view-submission.body.txt'), FORM);
    expect(answer.status).toBe(200);
    // No card of ours opens a modal with this callback id: the user is told, in the DM of private_metadata.
    const told = await nextMessage(before);
    expect(told).toMatchObject({ method: 'chat.postMessage', args: { channel: 'D07ANNADM1' } });
    expect(slackText(told)).toContain('Ce bouton ne fonctionne plus');
  });

  test('an unknown workspace, an unknown user and a guest are refused with reasons', async () => {
    let before = slack.calls.length;
    await command('buy 3 power bi', { team_id: 'T07NOWHERE', enterprise_id: '' });
    expect(slackText(await nextMessage(before))).toContain('not linked to any organisation');

    before = slack.calls.length;
    await command('buy 3 power bi', { user_id: 'U07NOBODY0' });
    expect(slackText(await nextMessage(before))).toContain('ask your IT admin');
    expect(slack.of('users.info', before).map((c) => c.args.user)).toContain('U07NOBODY0');

    // Found by the e-mail of their Slack profile; the core refuses guests.
    before = slack.calls.length;
    await command('buy 3 power bi', { user_id: 'U07GUEST01' });
    const refusal = await nextMessage(before);
    expect(refusal.method).toBe('chat.postEphemeral');
    expect(slackText(refusal)).toMatch(/invit|guest/i);
    expect(slackText(refusal)).not.toContain('Votre devis');
  });

  test('a mention gets the help; an FAQ question in the DM is answered there', async () => {
    let before = slack.calls.length;
    await post(fixture('event-callback.app-mention.json'), 'application/json');
    const help = await nextMessage(before);
    expect(help.args).toMatchObject({ channel: 'C07LICSALE', user: ANNA });
    expect((help.args.blocks ?? []).length).toBeGreaterThan(0);

    before = slack.calls.length;
    expect((await dm('est-ce que les invités peuvent acheter ?')).status).toBe(200);
    const answer = await nextMessage(before);
    expect(answer).toMatchObject({ method: 'chat.postMessage', args: { channel: 'D07ANNADM1' } });
    expect(slackText(answer)).toContain('Questions liées');
  });

  test('a card number typed in the DM is removed before anything logs or stores it, and the user is told', async () => {
    const before = slack.calls.length;
    await dm('voici ma carte 4242 4242 4242 4242 exp 12/34');
    const warning = await nextMessage(before);
    expect(warning.args.channel).toBe('D07ANNADM1');
    expect(slackText(warning)).toContain('page');
    await app.stop();
    const everything = `${app.logs.join('\n')}\n${await app.dump()}`;
    expect(everything).not.toMatch(/4242[ -]?4242[ -]?4242[ -]?4242/);
    // Nothing in the whole suite failed quietly behind an acknowledged request.
    expect(app.logs.filter((line) => /"level":"error"/.test(line))).toEqual([]);
    await app.restart();
  });
});
