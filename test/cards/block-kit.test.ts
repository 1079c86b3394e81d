import fs from 'node:fs';
import path from 'node:path';
import {
  BUTTONS_PER_ACTIONS_BLOCK,
  OPEN_URL_ACTION_ID,
  SLACK_LIMITS,
  parseSlackAction,
  parseSlackViewSubmission,
  slackStateToInputs,
  toBlockKit,
  toMrkdwn,
  toSlackMessage,
  toSlackModal,
  toSlackText,
  type SlackBlock,
  type SlackButton,
  type SlackStateValues,
} from '../../cards/block-kit';
import { LOCALES, type AdaptiveCard, type ExecuteAction } from '../../cards/types';
import { isVerb } from '../../cards/verbs';
import { FIXTURES_DIR, allActions, slackProblems } from './card-checks';
import { SAMPLES, subscription } from './samples';

const fixture = <T>(name: string): T =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'slack', name), 'utf8')) as T;

const buttons = (blocks: SlackBlock[]): SlackButton[] =>
  blocks.flatMap((b) =>
    b.type === 'actions'
      ? b.elements.filter((e): e is SlackButton => e.type === 'button')
      : b.type === 'section' && b.accessory?.type === 'button'
        ? [b.accessory]
        : [],
  );

describe.each(Object.keys(SAMPLES))('%s card in Slack', (name) => {
  test.each(LOCALES)('in %s: valid Block Kit whose buttons carry the verbs and data', (locale) => {
    const card = SAMPLES[name](locale);
    const { text, blocks } = toSlackMessage(card);
    expect(slackProblems(blocks, 'message')).toEqual([]);
    expect(blocks.length).toBeLessThan(SLACK_LIMITS.messageBlocks); // not truncated
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    blocks.forEach(
      (b) => b.type === 'actions' && expect(b.elements.length).toBeLessThanOrEqual(BUTTONS_PER_ACTIONS_BLOCK),
    );

    const executes = allActions(card).filter((a): a is ExecuteAction => a.type === 'Action.Execute');
    const clicks = buttons(blocks)
      .filter((b) => !b.url)
      .map((b) => parseSlackAction({ action_id: b.action_id ?? '', value: b.value }));
    expect(clicks).toEqual(executes.map((a) => ({ verb: a.verb, data: a.data })));
    clicks.forEach((c) => expect(isVerb(c.verb)).toBe(true));
    buttons(blocks)
      .filter((b) => b.url)
      .forEach((b) => expect(b.action_id).toMatch(new RegExp(`^${OPEN_URL_ACTION_ID}(#\\d+)?$`)));
  });
});

describe('Block Kit rendering', () => {
  test('facts become section fields, the title a header, repeated verbs unique action ids', () => {
    const blocks = toBlockKit(SAMPLES.subscription('en'));
    expect(blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Power BI Pro', emoji: true },
    });
    expect(blocks).toContainEqual({
      type: 'section',
      fields: expect.arrayContaining([{ type: 'mrkdwn', text: '*Assigned*\n2 of 5' }]),
    });
    const removes = buttons(blocks).filter((b) => b.action_id?.startsWith('licence.remove'));
    expect(removes.map((b) => b.action_id)).toEqual(['licence.remove', 'licence.remove#2']);
    // a holder row is one section: name · e-mail, its Remove button beside it
    expect(blocks).toContainEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: 'Bruno Lefèvre · bruno.lefevre@contoso.example' },
      accessory: expect.objectContaining({ action_id: 'licence.remove#2' }),
    });
  });

  test('inputs: people picker for e-mail fields, text for numbers in messages, native number in modals', () => {
    const blocks = toBlockKit(SAMPLES.subscription('fr'));
    const inputs = blocks.filter((b) => b.type === 'input');
    expect(inputs.map((b) => b.type === 'input' && [b.block_id, b.element.type])).toEqual([
      ['seatsToAdd', 'plain_text_input'],
      ['newSeats', 'plain_text_input'],
      ['assignees', 'multi_users_select'],
    ]);
    const policy = toBlockKit(SAMPLES.policy('en'));
    expect(policy).toContainEqual(
      expect.objectContaining({
        type: 'input',
        block_id: 'policy.flow-per-user',
        element: expect.objectContaining({
          type: 'radio_buttons',
          initial_option: expect.objectContaining({ value: 'Disabled' }),
        }),
      }),
    );
    const report = toBlockKit(SAMPLES['admin-report']('en'));
    expect(report).toContainEqual(
      expect.objectContaining({
        block_id: 'from',
        element: { type: 'datepicker', action_id: 'from', initial_date: '2025-01-01' },
      }),
    );
  });

  test('a modal for one form: its inputs, submit = the action, callback_id = verb, metadata = data', () => {
    const view = toSlackModal(SAMPLES['seats-and-price']('fr'), {
      verb: 'purchase.setSeats',
      title: 'Acheter',
      close: 'Annuler',
    });
    expect(view).toMatchObject({
      type: 'modal',
      callback_id: 'purchase.setSeats',
      private_metadata: JSON.stringify({ productId: 'power-bi-pro' }),
      submit: { text: 'Voir le prix' },
      close: { text: 'Annuler' },
    });
    expect(slackProblems(view.blocks as SlackBlock[], 'modal')).toEqual([]);
    expect(view.blocks).toContainEqual(
      expect.objectContaining({
        type: 'input',
        element: {
          type: 'number_input',
          action_id: 'seats',
          is_decimal_allowed: false,
          initial_value: '1',
          min_value: '1',
          max_value: '300',
        },
      }),
    );
    expect(buttons(view.blocks as SlackBlock[])).toEqual([]);

    const addSeats = toSlackModal(SAMPLES.subscription('en'), {
      verb: 'seats.add',
      title: 'Add seats',
      close: 'Cancel',
    });
    expect(addSeats.blocks.map((b) => b.block_id).filter(Boolean)).toEqual(['seatsToAdd']);
    const submission = {
      callback_id: addSeats.callback_id ?? '',
      private_metadata: addSeats.private_metadata,
      state: { values: { seatsToAdd: { seatsToAdd: { type: 'number_input', value: '3' } } } },
    };
    expect(parseSlackViewSubmission(submission)).toEqual({
      verb: 'seats.add',
      data: { subscriptionId: subscription.id, idempotencyKey: 'k_sub1:seats.add', seatsToAdd: '3' },
    });
    expect(() => toSlackModal(SAMPLES.welcome('en'), { verb: 'seats.add', title: 'x', close: 'y' })).toThrow(
      /seats.add/,
    );
  });

  test('reads the fixtures: view_submission inputs as strings, mentions for users', () => {
    const payload = fixture<{ view: { state: { values: SlackStateValues } } }>(
      'view-submission.payload.json',
    );
    expect(slackStateToInputs(payload.view.state.values)).toEqual({
      product_select: 'power-bi-pro',
      seats_input: '5',
      assignees_select: '<@U07ANNAM01>,<@U07BRUNOL2>',
    });
    const click = fixture<{
      actions: Array<{ action_id: string; value: string }>;
      state: { values: SlackStateValues };
    }>('block-actions.payload.json');
    expect(parseSlackAction(click.actions[0], click.state)).toEqual({
      verb: 'purchase.start',
      data: { value: 'power-bi-pro' },
    });
  });

  test('a click merges the message inputs into the button data, like Teams', () => {
    const blocks = toBlockKit(SAMPLES.receipt('en'));
    const assign = buttons(blocks).find((b) => b.action_id === 'licence.assign');
    const state = {
      values: { assignees: { assignees: { type: 'multi_users_select', selected_users: ['U07BRUNOL2'] } } },
    };
    expect(parseSlackAction({ action_id: 'licence.assign', value: assign?.value }, state)).toEqual({
      verb: 'licence.assign',
      data: { subscriptionId: subscription.id, assignees: '<@U07BRUNOL2>' },
    });
  });

  test('button data wins over a message input of the same name (Confirm keeps the quoted seats)', () => {
    const blocks = toBlockKit(SAMPLES['seats-and-price:quote']('en'));
    const confirm = buttons(blocks).find((b) => b.action_id === 'purchase.confirm');
    const state = { values: { seats: { seats: { type: 'plain_text_input', value: '50' } } } };
    expect(
      parseSlackAction({ action_id: 'purchase.confirm', value: confirm?.value }, state).data,
    ).toMatchObject({ seats: 5 });
  });

  test('mrkdwn: bold, links, lists, and escaping', () => {
    expect(toMrkdwn('**Non** invité & <b> [FAQ](https://x.example/a?b=1)\n- un')).toBe(
      '*Non* invité &amp; &lt;b&gt; <https://x.example/a?b=1|FAQ>\n• un',
    );
  });

  test('fallback text lists the title and facts', () => {
    expect(toSlackText(SAMPLES.receipt('en')).split('\n').slice(0, 3)).toEqual([
      'Purchase confirmed',
      'Order: CMD-2025-000123',
      'Product: Power BI Pro',
    ]);
  });
});

describe('Block Kit limits', () => {
  const bigCard = (n: number, value = 'x'): AdaptiveCard => ({
    type: 'AdaptiveCard',
    version: '1.5',
    body: Array.from({ length: n }, (_, i) => ({
      type: 'TextBlock' as const,
      text: `${'line '.repeat(700)}${i}`,
    })),
    actions: Array.from({ length: 12 }, (_, i) => ({
      type: 'Action.Execute' as const,
      title: `A very long button title that goes well beyond what Slack accepts on a button ${i}`,
      verb: 'faq.ask',
      data: { slug: value },
    })),
  });

  test('long texts and button titles are clipped, buttons split in rows of 5, blocks capped at 50', () => {
    const blocks = toBlockKit(bigCard(60));
    expect(blocks).toHaveLength(SLACK_LIMITS.messageBlocks);
    expect(blocks[SLACK_LIMITS.messageBlocks - 1]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '…' }],
    });
    expect(slackProblems(blocks, 'message')).toEqual([]);
    const few = toBlockKit(bigCard(2));
    expect(
      few.filter((b) => b.type === 'actions').map((b) => b.type === 'actions' && b.elements.length),
    ).toEqual([5, 5, 2]);
    expect(slackProblems(few, 'message')).toEqual([]);
  });

  test('a button value over 2000 characters is a bug, not a silent truncation', () => {
    expect(() => toBlockKit(bigCard(1, 'x'.repeat(2001)))).toThrow(RangeError);
  });

  test('the shape check catches what Slack would reject', () => {
    const button = (action_id: string): SlackButton => ({
      type: 'button',
      text: { type: 'plain_text', text: 'Go' },
      action_id,
      value: '{}',
    });
    expect(slackProblems([{ type: 'actions', elements: [button('a'), button('a')] }], 'message')).toContain(
      'duplicate action_id: a',
    );
    expect(
      slackProblems(
        Array.from({ length: 51 }, () => ({ type: 'divider' as const })),
        'message',
      ),
    ).toContain('too many blocks');
    expect(
      slackProblems([{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } }], 'message'),
    ).not.toEqual([]);
    expect(
      slackProblems(
        [
          {
            type: 'input',
            label: { type: 'plain_text', text: 'Seats' },
            element: { type: 'number_input', is_decimal_allowed: false, action_id: 's' },
          },
        ],
        'message',
      ),
    ).toContain('number_input input in a message');
    expect(
      slackProblems(
        [
          {
            type: 'section',
            fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn' as const, text: 'x' })),
          },
        ],
        'message',
      ),
    ).toContain('too many fields');
  });
});
