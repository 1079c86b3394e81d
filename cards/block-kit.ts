/**
 * Translates an expanded Adaptive Card (the subset our templates use) to Slack Block Kit, so Slack
 * shows the same card source as Teams. Buttons carry the verb as `action_id` and the action's data
 * as JSON `value`; inputs become input blocks whose `action_id` is the Adaptive Card input id, so
 * `parseSlackAction` and `parseSlackViewSubmission` give handlers what Teams gives them.
 */
import type { types } from '@slack/bolt';
import type {
  AdaptiveCard,
  CardAction,
  CardElement,
  CardInput,
  ColumnSet,
  ExecuteAction,
  Image,
  OpenUrlAction,
  SubCard,
  TextBlock,
} from './types';

export type SlackBlock = types.KnownBlock;
export type SlackButton = types.Button;
export type SlackModalView = types.ModalView;
export type SlackSurface = 'message' | 'modal';

/** Slack's documented limits (docs.slack.dev, Block Kit reference). */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  modalBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  url: 3000,
  inputLabel: 2000,
  placeholder: 150,
  options: 100,
  radioOptions: 10,
  optionText: 75,
  optionValue: 150,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
} as const;

/** Buttons per actions block we emit: Slack accepts 25, but rows wrap badly past 5 (its former limit). */
export const BUTTONS_PER_ACTIONS_BLOCK = 5;

/** `action_id` of link buttons (Slack still sends an interaction for them; acknowledge and ignore it). */
export const OPEN_URL_ACTION_ID = 'link.open';

/** A state value from `block_actions` / `view_submission` payloads (`state.values[block][action]`). */
export interface SlackStateValue {
  type: string;
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: Array<{ value: string }>;
  selected_users?: string[];
  selected_user?: string | null;
  selected_date?: string | null;
}

export type SlackStateValues = Record<string, Record<string, SlackStateValue>>;

/** What a card action means, channel-neutral: Teams' `action.verb` and `action.data` (inputs merged in as strings). */
export interface CardActionRequest {
  verb: string;
  data: Record<string, unknown>;
}

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const plain = (text: string, max: number): types.PlainTextElement => ({
  type: 'plain_text',
  text: clip(text, max),
  emoji: true,
});

/** Adaptive Card markdown (`**bold**`, `[text](url)`, `- item`) to Slack mrkdwn, with `&<>` escaped. */
export function toMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<$2|$1>')
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/^[-*] /gm, '• ');
}

const stripMarkdown = (text: string): string =>
  text
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/^[-*] /gm, '• ');

class Renderer {
  readonly blocks: SlackBlock[] = [];
  private pending: SlackButton[] = [];
  private readonly actionIds = new Map<string, number>();

  constructor(private readonly surface: SlackSurface) {}

  card(card: SubCard, withActions = true): void {
    card.body.forEach((element) => this.element(element));
    if (withActions) this.actions(card.actions ?? []);
  }

  private element(el: CardElement): void {
    switch (el.type) {
      case 'TextBlock':
        return this.text(el);
      case 'FactSet': {
        const fields = el.facts.map((f) => ({
          type: 'mrkdwn' as const,
          text: clip(`*${toMrkdwn(f.title)}*\n${toMrkdwn(f.value)}`, SLACK_LIMITS.fieldText),
        }));
        for (let i = 0; i < fields.length; i += SLACK_LIMITS.sectionFields) {
          this.push({ type: 'section', fields: fields.slice(i, i + SLACK_LIMITS.sectionFields) });
        }
        return;
      }
      case 'Image':
        return this.push({ type: 'image', image_url: el.url, alt_text: el.altText ?? '' });
      case 'Container':
        return el.items.forEach((item) => this.element(item));
      case 'ColumnSet':
        return this.columns(el);
      case 'ActionSet':
        return this.actions(el.actions);
      default:
        return this.input(el);
    }
  }

  private text(el: TextBlock): void {
    if (!el.text.trim()) return;
    if (el.size === 'Large' || el.size === 'ExtraLarge') {
      return this.push({ type: 'header', text: plain(stripMarkdown(el.text), SLACK_LIMITS.headerText) });
    }
    const text = clip(this.mrkdwn(el), SLACK_LIMITS.sectionText);
    if (el.isSubtle) return this.push({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
    this.push({ type: 'section', text: { type: 'mrkdwn', text } });
  }

  private mrkdwn(el: TextBlock): string {
    const text = toMrkdwn(el.text);
    return el.weight === 'Bolder' && !text.includes('\n') ? `*${text.trim()}*` : text;
  }

  /** A row of text columns becomes one section ("a · b | c"), its single button an accessory. */
  private columns(set: ColumnSet): void {
    const texts: string[][] = [];
    const actions: CardAction[] = [];
    let image: Image | undefined;
    let simple = true;
    const visit = (items: CardElement[], column: string[]): void =>
      items.forEach((item) => {
        if (item.type === 'TextBlock') column.push(this.mrkdwn(item));
        else if (item.type === 'ActionSet') actions.push(...item.actions);
        else if (item.type === 'Container') visit(item.items, column);
        else if (item.type === 'Image') image ??= item;
        else simple = false;
      });
    set.columns.forEach((column) => {
      const lines: string[] = [];
      visit(column.items, lines);
      texts.push(lines);
    });
    const text = texts
      .map((lines) => lines.filter((line) => line.trim()).join(' · '))
      .filter(Boolean)
      .join('  |  ');
    if (!simple || !text) {
      return set.columns.forEach((column) => column.items.forEach((item) => this.element(item)));
    }
    const section: types.SectionBlock = {
      type: 'section',
      text: { type: 'mrkdwn', text: clip(text, SLACK_LIMITS.sectionText) },
    };
    const buttons = actions.filter(
      (a): a is ExecuteAction | OpenUrlAction => a.type === 'Action.Execute' || a.type === 'Action.OpenUrl',
    );
    if (buttons.length === 1 && actions.length === 1) {
      section.accessory = this.button(buttons[0]);
    } else if (image && actions.length === 0) {
      section.accessory = { type: 'image', image_url: image.url, alt_text: image.altText ?? '' };
    }
    this.push(section);
    if (!section.accessory) this.actions(actions);
  }

  /** One row of actions: buttons in actions blocks, sub-cards shown in place (Slack cannot reveal them). */
  private actions(actions: CardAction[]): void {
    for (const action of actions) {
      if (action.type === 'Action.Execute' || action.type === 'Action.OpenUrl') {
        this.pending.push(this.button(action));
      } else if (action.type === 'Action.ShowCard') {
        this.push({
          type: 'section',
          text: { type: 'mrkdwn', text: `*${toMrkdwn(clip(action.title, 1000))}*` },
        });
        this.card(action.card);
      } // Action.ToggleVisibility: Slack shows every element, there is nothing to toggle.
    }
    this.flush();
  }

  private button(action: ExecuteAction | OpenUrlAction): SlackButton {
    const button: SlackButton = { type: 'button', text: plain(action.title, SLACK_LIMITS.buttonText) };
    if (action.type === 'Action.Execute') {
      const value = JSON.stringify(action.data ?? {});
      if (value.length > SLACK_LIMITS.buttonValue) {
        throw new RangeError(
          `Slack button value for ${action.verb} is ${value.length} characters (max 2000)`,
        );
      }
      button.action_id = this.uniqueActionId(action.verb);
      button.value = value;
    } else {
      button.action_id = this.uniqueActionId(OPEN_URL_ACTION_ID);
      button.url = action.url;
    }
    if (action.style === 'positive') button.style = 'primary';
    if (action.style === 'destructive') button.style = 'danger';
    return button;
  }

  /** Slack wants action ids unique; repeated verbs (one Remove per holder) get `#2`, `#3`… */
  private uniqueActionId(base: string): string {
    const seen = this.actionIds.get(base) ?? 0;
    this.actionIds.set(base, seen + 1);
    return seen === 0 ? base : `${base}#${seen + 1}`;
  }

  private input(el: CardInput): void {
    const label = plain(
      el.label ?? ('placeholder' in el && el.placeholder ? el.placeholder : el.id),
      SLACK_LIMITS.inputLabel,
    );
    this.push({
      type: 'input',
      block_id: el.id,
      label,
      optional: !el.isRequired,
      element: this.inputElement(el),
    });
  }

  private inputElement(el: CardInput): types.InputBlockElement {
    const action_id = el.id;
    const placeholder =
      'placeholder' in el && el.placeholder ? plain(el.placeholder, SLACK_LIMITS.placeholder) : undefined;
    switch (el.type) {
      case 'Input.Text':
        // A people field: Slack's users picker (the placeholder speaks of typing e-mails, so drop it).
        if (el.style === 'email') return { type: 'multi_users_select', action_id };
        return {
          type: 'plain_text_input',
          action_id,
          placeholder,
          multiline: el.isMultiline,
          ...(el.value ? { initial_value: el.value } : {}),
          ...(el.maxLength ? { max_length: Math.min(el.maxLength, SLACK_LIMITS.sectionText) } : {}),
        };
      case 'Input.Number': {
        const initial = el.value === undefined ? {} : { initial_value: String(el.value) };
        // number_input exists in modals only; a message gets a text field (its value is a string either way).
        if (this.surface === 'message')
          return { type: 'plain_text_input', action_id, placeholder, ...initial };
        return {
          type: 'number_input',
          action_id,
          placeholder,
          is_decimal_allowed: false,
          ...initial,
          ...(el.min === undefined ? {} : { min_value: String(el.min) }),
          ...(el.max === undefined ? {} : { max_value: String(el.max) }),
        };
      }
      case 'Input.ChoiceSet': {
        const options = el.choices.slice(0, SLACK_LIMITS.options).map((c) => ({
          text: plain(c.title, SLACK_LIMITS.optionText),
          value: c.value,
        }));
        const selected = new Set((el.value ?? '').split(',').filter(Boolean));
        const initial = options.filter((o) => selected.has(o.value));
        if (el.isMultiSelect) {
          return {
            type: 'multi_static_select',
            action_id,
            placeholder,
            options,
            ...(initial.length ? { initial_options: initial } : {}),
          };
        }
        const type =
          el.style === 'expanded' && options.length <= SLACK_LIMITS.radioOptions
            ? 'radio_buttons'
            : 'static_select';
        const initial_option = initial[0];
        return type === 'radio_buttons'
          ? { type, action_id, options, ...(initial_option ? { initial_option } : {}) }
          : { type, action_id, placeholder, options, ...(initial_option ? { initial_option } : {}) };
      }
      case 'Input.Toggle': {
        const option = { text: plain(el.title, SLACK_LIMITS.optionText), value: el.valueOn ?? 'true' };
        return {
          type: 'checkboxes',
          action_id,
          options: [option],
          ...(el.value === option.value ? { initial_options: [option] } : {}),
        };
      }
      case 'Input.Date':
        return { type: 'datepicker', action_id, ...(el.value ? { initial_date: el.value } : {}) };
    }
  }

  private push(block: SlackBlock): void {
    this.flush();
    this.blocks.push(block);
  }

  private flush(): void {
    const buttons = this.pending;
    this.pending = [];
    for (let i = 0; i < buttons.length; i += BUTTONS_PER_ACTIONS_BLOCK) {
      this.blocks.push({ type: 'actions', elements: buttons.slice(i, i + BUTTONS_PER_ACTIONS_BLOCK) });
    }
  }
}

const withinLimit = (blocks: SlackBlock[], max: number): SlackBlock[] =>
  blocks.length <= max
    ? blocks
    : [...blocks.slice(0, max - 1), { type: 'context', elements: [{ type: 'mrkdwn', text: '…' }] }];

/**
 * Block Kit blocks for a card. `message` (default) keeps buttons and renders inputs that messages
 * accept; `modal` may use `number_input`. Sub-cards (`Action.ShowCard`) are shown in place.
 */
export function toBlockKit(card: AdaptiveCard | SubCard, surface: SlackSurface = 'message'): SlackBlock[] {
  const renderer = new Renderer(surface);
  renderer.card(card);
  return withinLimit(
    renderer.blocks,
    surface === 'message' ? SLACK_LIMITS.messageBlocks : SLACK_LIMITS.modalBlocks,
  );
}

/** Plain notification text for a card (Slack's `text`, also its accessibility fallback). */
export function toSlackText(card: AdaptiveCard | SubCard): string {
  const lines: string[] = [];
  const visit = (el: CardElement): void => {
    if (el.type === 'TextBlock') lines.push(stripMarkdown(el.text));
    else if (el.type === 'FactSet') el.facts.forEach((f) => lines.push(`${f.title}: ${f.value}`));
    else if (el.type === 'Container') el.items.forEach(visit);
    else if (el.type === 'ColumnSet') {
      const row = el.columns.map((c) =>
        c.items
          .filter((i): i is TextBlock => i.type === 'TextBlock')
          .map((i) => i.text)
          .join(' · '),
      );
      const text = stripMarkdown(row.filter(Boolean).join(' | '));
      if (text) lines.push(text);
    }
  };
  card.body.forEach(visit);
  return clip(lines.filter((line) => line.trim()).join('\n'), SLACK_LIMITS.sectionText);
}

/** A Slack message (`chat.postMessage` / `respond` arguments) for a card. */
export function toSlackMessage(card: AdaptiveCard): { text: string; blocks: SlackBlock[] } {
  return { text: toSlackText(card), blocks: toBlockKit(card, 'message') };
}

const findExecute = (card: SubCard, verb: string): { action: ExecuteAction; owner: SubCard } | null => {
  const inActions = (actions: CardAction[] | undefined, owner: SubCard): ReturnType<typeof findExecute> => {
    for (const action of actions ?? []) {
      if (action.type === 'Action.Execute' && action.verb === verb) return { action, owner };
      if (action.type === 'Action.ShowCard') {
        const found = findExecute(action.card, verb);
        if (found) return found;
      }
    }
    return null;
  };
  const inElements = (elements: CardElement[]): ReturnType<typeof findExecute> => {
    for (const el of elements) {
      const found =
        el.type === 'ActionSet'
          ? inActions(el.actions, card)
          : el.type === 'Container'
            ? inElements(el.items)
            : el.type === 'ColumnSet'
              ? inElements(el.columns.flatMap((c) => c.items))
              : null;
      if (found) return found;
    }
    return null;
  };
  return inElements(card.body) ?? inActions(card.actions, card);
};

const withoutActions = (elements: CardElement[]): CardElement[] =>
  elements
    .filter((el) => el.type !== 'ActionSet')
    .map((el) =>
      el.type === 'Container'
        ? { ...el, items: withoutActions(el.items) }
        : el.type === 'ColumnSet'
          ? { ...el, columns: el.columns.map((c) => ({ ...c, items: withoutActions(c.items) })) }
          : el,
    );

export interface SlackModalOptions {
  /** The `Action.Execute` verb the modal submits; its form (the sub-card holding it, or the card) becomes the modal. */
  verb: string;
  /** Modal title (24 characters at most). */
  title: string;
  /** Close button text, localised (`Annuler`). */
  close: string;
}

/**
 * A modal for one form of a card: the inputs around the action with `verb`, its title as the
 * submit button, `callback_id` = verb and `private_metadata` = the action's data (JSON).
 * Read the submission back with {@link parseSlackViewSubmission}.
 */
export function toSlackModal(card: AdaptiveCard, options: SlackModalOptions): SlackModalView {
  const found = findExecute(card, options.verb);
  if (!found) throw new Error(`No Action.Execute with verb ${options.verb} in this card`);
  const renderer = new Renderer('modal');
  renderer.card({ type: 'AdaptiveCard', body: withoutActions(found.owner.body) }, false);
  const metadata = JSON.stringify(found.action.data ?? {});
  if (metadata.length > SLACK_LIMITS.privateMetadata)
    throw new RangeError(`Modal metadata for ${options.verb} is too long`);
  return {
    type: 'modal',
    callback_id: options.verb,
    private_metadata: metadata,
    title: plain(options.title, SLACK_LIMITS.modalTitle),
    submit: plain(found.action.title, SLACK_LIMITS.modalButton),
    close: plain(options.close, SLACK_LIMITS.modalButton),
    blocks: withinLimit(renderer.blocks, SLACK_LIMITS.modalBlocks),
  };
}

/**
 * Input values keyed by input id, as strings like Teams sends them: selections are their values
 * (comma-separated when several), picked users are `<@U…>` mentions (comma-separated).
 */
export function slackStateToInputs(values: SlackStateValues | undefined): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const block of Object.values(values ?? {})) {
    for (const [id, v] of Object.entries(block)) {
      if (v.selected_users) inputs[id] = v.selected_users.map((u) => `<@${u}>`).join(',');
      else if (v.selected_user) inputs[id] = `<@${v.selected_user}>`;
      else if (v.selected_options) inputs[id] = v.selected_options.map((o) => o.value).join(',');
      else if (v.selected_option) inputs[id] = v.selected_option.value;
      else if (v.selected_date) inputs[id] = v.selected_date;
      else inputs[id] = v.value ?? '';
    }
  }
  return inputs;
}

/** Our buttons carry a JSON object; any other value (a button built elsewhere) is passed on as `value`. */
const parseData = (json: string | undefined): Record<string, unknown> => {
  if (!json) return {};
  try {
    const data: unknown = JSON.parse(json);
    if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
  } catch {
    // not JSON: fall through
  }
  return { value: json };
};

/**
 * The verb and data of a `block_actions` button click, with the message's input values merged in.
 * Slack sends every input of the message, so the button's own data wins on a name clash (Confirm
 * keeps the quoted seats even if the "Change seats" field was edited).
 */
export function parseSlackAction(
  action: { action_id: string; value?: string },
  state?: { values: SlackStateValues },
): CardActionRequest {
  return {
    verb: action.action_id.replace(/#\d+$/, ''),
    data: { ...slackStateToInputs(state?.values), ...parseData(action.value) },
  };
}

/** The verb and data of a modal built by {@link toSlackModal}, with its input values merged in. */
export function parseSlackViewSubmission(view: {
  callback_id: string;
  private_metadata?: string;
  state: { values: SlackStateValues };
}): CardActionRequest {
  return {
    verb: view.callback_id,
    data: { ...slackStateToInputs(view.state.values), ...parseData(view.private_metadata) },
  };
}
