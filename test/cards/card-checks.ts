/**
 * Validators the card tests share: the Adaptive Card 1.5 JSON schema (ajv 8), the `adaptivecards`
 * parser (its UMD bundle: the ESM build cannot be required in Node), and a Block Kit shape check.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import type * as AdaptiveCardsApi from 'adaptivecards';
import fs from 'node:fs';
import path from 'node:path';
import { SLACK_LIMITS, type SlackBlock, type SlackSurface } from '../../cards/block-kit';
import type { AdaptiveCard, CardAction, CardElement, SubCard } from '../../cards/types';
import { sharedFile } from '../helpers/shared-files';

// CI clones the repo with shared/ beside it.
export const SCHEMA_PATH = sharedFile('fixtures', 'adaptive-card-1.5.schema.json');
export const FIXTURES_DIR = path.dirname(SCHEMA_PATH);

/** Compiles the Adaptive Card 1.5 schema (draft-06 with a top-level `id`) for ajv 8. */
export function createSchemaValidator(): ValidateFunction {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    // The schema uses these formats; checking them beats ajv's "unknown format ignored" warnings.
    formats: { uri: (s: string) => URL.canParse(s), 'uri-reference': (s: string) => !/\s/.test(s) },
  });
  ajv.addMetaSchema(draft06);
  return ajv.compile(schema);
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the UMD bundle is the only build Node can load
const AdaptiveCards = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCardsApi;

/** Parse and validation messages of the `adaptivecards` library for a card (empty when clean). */
export function adaptiveCardsProblems(json: object): string[] {
  // The library checks `lang` with a global (/g) regex whose lastIndex survives between cards.
  const langRegex = (AdaptiveCards.CardElement.langProperty as { regEx?: RegExp }).regEx;
  if (langRegex) langRegex.lastIndex = 0;
  const card = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  return problems;
}

/** Every action of a card, in ShowCards and ActionSets too. */
export function allActions(card: SubCard): CardAction[] {
  const fromActions = (actions: CardAction[] = []): CardAction[] =>
    actions.flatMap((a) => (a.type === 'Action.ShowCard' ? [a, ...allActions(a.card)] : [a]));
  const fromElements = (elements: CardElement[]): CardAction[] =>
    elements.flatMap((el) =>
      el.type === 'ActionSet'
        ? fromActions(el.actions)
        : el.type === 'Container'
          ? fromElements(el.items)
          : el.type === 'ColumnSet'
            ? fromElements(el.columns.flatMap((c) => c.items))
            : [],
    );
  return [...fromElements(card.body), ...fromActions(card.actions)];
}

/** Sizes of every action row (card actions, ActionSets), for the hosts' visible-button limit. */
export function actionRowSizes(card: SubCard): number[] {
  const rows: number[] = [card.actions?.length ?? 0];
  const visit = (elements: CardElement[]): void =>
    elements.forEach((el) => {
      if (el.type === 'ActionSet') rows.push(el.actions.length);
      if (el.type === 'Container') visit(el.items);
      if (el.type === 'ColumnSet') el.columns.forEach((c) => visit(c.items));
    });
  visit(card.body);
  allActions(card).forEach((a) => a.type === 'Action.ShowCard' && rows.push(...actionRowSizes(a.card)));
  return rows;
}

export const isExpandedCard = (card: AdaptiveCard): boolean => !JSON.stringify(card).includes('${');

const MESSAGE_INPUT_ELEMENTS = [
  'plain_text_input',
  'static_select',
  'multi_static_select',
  'multi_users_select',
  'radio_buttons',
  'checkboxes',
  'datepicker',
];
const MODAL_INPUT_ELEMENTS = [...MESSAGE_INPUT_ELEMENTS, 'number_input'];

/** Shape and limit problems of Block Kit blocks (empty when valid), per Slack's Block Kit reference. */
export function slackProblems(blocks: SlackBlock[], surface: SlackSurface): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) problems.push(what);
  };
  const actionIds = new Set<string>();
  const blockIds = new Set<string>();
  const id = (value: string | undefined, kind: 'action_id' | 'block_id', seen: Set<string>): void => {
    if (value === undefined) return;
    check(value.length > 0 && value.length <= SLACK_LIMITS.actionId, `${kind} length: ${value}`);
    check(!seen.has(value), `duplicate ${kind}: ${value}`);
    seen.add(value);
  };
  const plainText = (t: { type: string; text: string } | undefined, max: number, what: string): void => {
    check(
      t?.type === 'plain_text' && t.text.length > 0 && t.text.length <= max,
      `${what}: ${JSON.stringify(t)}`,
    );
  };
  check(
    blocks.length <= (surface === 'message' ? SLACK_LIMITS.messageBlocks : SLACK_LIMITS.modalBlocks),
    'too many blocks',
  );
  for (const block of blocks) {
    id(block.block_id, 'block_id', blockIds);
    switch (block.type) {
      case 'header':
        plainText(block.text, SLACK_LIMITS.headerText, 'header text');
        break;
      case 'section': {
        check(!!block.text || !!block.fields?.length, 'empty section');
        if (block.text)
          check(
            block.text.text.length > 0 && block.text.text.length <= SLACK_LIMITS.sectionText,
            'section text',
          );
        check((block.fields?.length ?? 0) <= SLACK_LIMITS.sectionFields, 'too many fields');
        block.fields?.forEach((f) =>
          check(f.text.length > 0 && f.text.length <= SLACK_LIMITS.fieldText, 'field text'),
        );
        if (block.accessory?.type === 'button') id(block.accessory.action_id, 'action_id', actionIds);
        break;
      }
      case 'context':
        check(
          block.elements.length > 0 && block.elements.length <= SLACK_LIMITS.contextElements,
          'context elements',
        );
        break;
      case 'actions':
        check(
          block.elements.length > 0 && block.elements.length <= SLACK_LIMITS.actionsElements,
          'actions elements',
        );
        for (const el of block.elements) {
          check(el.type === 'button', `actions element ${el.type}`);
          if (el.type !== 'button') continue;
          plainText(el.text, SLACK_LIMITS.buttonText, 'button text');
          id(el.action_id, 'action_id', actionIds);
          check(el.action_id !== undefined, 'button without action_id');
          check((el.value?.length ?? 0) <= SLACK_LIMITS.buttonValue, 'button value too long');
          check(
            !el.url || (el.url.length <= SLACK_LIMITS.url && URL.canParse(el.url)),
            `button url ${el.url}`,
          );
          check(!!el.url !== (el.value !== undefined), 'a button has either a url or a value');
        }
        break;
      case 'input': {
        plainText(block.label, SLACK_LIMITS.inputLabel, 'input label');
        const allowed = surface === 'message' ? MESSAGE_INPUT_ELEMENTS : MODAL_INPUT_ELEMENTS;
        check(allowed.includes(block.element.type), `${block.element.type} input in a ${surface}`);
        if ('action_id' in block.element) id(block.element.action_id, 'action_id', actionIds);
        if ('options' in block.element && Array.isArray(block.element.options)) {
          const options = block.element.options as Array<{ text: { text: string }; value?: string }>;
          check(options.length > 0 && options.length <= SLACK_LIMITS.options, 'options count');
          options.forEach((o) =>
            check(
              o.text.text.length <= SLACK_LIMITS.optionText &&
                (o.value ?? '').length <= SLACK_LIMITS.optionValue,
              'option',
            ),
          );
        }
        break;
      }
      case 'divider':
      case 'image':
        break;
      default:
        problems.push(`unexpected block type ${block.type}`);
    }
  }
  return problems;
}
