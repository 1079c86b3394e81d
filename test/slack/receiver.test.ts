import { createHmac } from 'node:crypto';
import {
  parseSlackBody,
  redactCardNumbersDeep,
  redactUserInput,
  SlackRequestError,
  verifySlackSignature,
} from '../../bot/slack/receiver';

const sign = (secret: string, ts: number, body: string) =>
  `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;

describe('Slack request checks', () => {
  const now = 1_748_594_480;
  const body = 'token=x&team_id=T07CONTOSO';

  test.each([
    ['a good signature', sign('s', now, body), String(now), null],
    ['another secret', sign('t', now, body), String(now), 'BadSignature'],
    ['no signature', undefined, String(now), 'MissingSignature'],
    ['no timestamp', sign('s', now, body), undefined, 'MissingSignature'],
    ['a timestamp 6 minutes old', sign('s', now - 360, body), String(now - 360), 'StaleRequest'],
    ['a timestamp 6 minutes ahead', sign('s', now + 360, body), String(now + 360), 'StaleRequest'],
    ['a timestamp that is not a number', sign('s', now, body), 'soon', 'StaleRequest'],
    ['a truncated signature', sign('s', now, body).slice(0, 20), String(now), 'BadSignature'],
  ])('%s', (_name, signature, timestamp, code) => {
    const check = () => verifySlackSignature('s', { signature, timestamp }, body, now);
    if (code === null) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ status: 401, code }) as SlackRequestError);
  });

  test('bodies: JSON events, interaction payloads, slash command forms; anything else is refused', () => {
    expect(parseSlackBody('{"type":"event_callback"}', 'application/json')).toEqual({
      type: 'event_callback',
    });
    expect(
      parseSlackBody(
        `payload=${encodeURIComponent('{"type":"block_actions"}')}`,
        'application/x-www-form-urlencoded',
      ),
    ).toEqual({
      type: 'block_actions',
    });
    expect(
      parseSlackBody(
        'command=%2Flicences&team_id=T1&user_id=U1&text=aide',
        'application/x-www-form-urlencoded',
      ),
    ).toMatchObject({ command: '/licences', text: 'aide' });
    const status = (raw: string, type: string) => {
      try {
        parseSlackBody(raw, type);
        return 200;
      } catch (error) {
        return (error as SlackRequestError).status;
      }
    };
    expect(status('[1]', 'application/json')).toBe(400);
    expect(status('payload=[1]', 'application/x-www-form-urlencoded')).toBe(400);
    expect(status('text=hi', 'application/x-www-form-urlencoded')).toBe(400);
    expect(status('hi', 'text/plain')).toBe(415);
  });

  test('card numbers are removed from every string, deep', () => {
    const { value, found } = redactCardNumbersDeep({
      event: { text: 'carte 4242 4242 4242 4242', n: 3 },
      list: ['4000-0000-0000-0002'],
    });
    expect(found).toBe(true);
    expect(JSON.stringify(value)).not.toMatch(/4242 4242|4000-0000/);
    expect(redactCardNumbersDeep({ text: 'buy 3 power bi' }).found).toBe(false);
  });

  test('only what people typed is searched: ids that look like card numbers stay', () => {
    // 4242424242424242 passes Luhn: as a trigger id it is an id, as text it is a card number.
    const body = { trigger_id: '4242424242424242.1', text: 'buy 3', event: { text: 'ok' } };
    expect(redactUserInput(body)).toEqual({ value: body, found: false });
    const typed = redactUserInput({ ...body, event: { text: 'carte 4242424242424242' } });
    expect(typed.found).toBe(true);
    expect(typed.value).toMatchObject({
      trigger_id: '4242424242424242.1',
      event: { text: 'carte [card number removed]' },
    });
  });
});
