/**
 * The Adaptive Card 1.5 subset our templates use (elements Teams renders), typed for the render
 * functions' callers and for the Block Kit renderer. The JSON schema stays the reference: tests
 * validate every expanded card against it.
 */

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge' | 'Padding';

interface ElementBase {
  id?: string;
  isVisible?: boolean;
  spacing?: Spacing;
  separator?: boolean;
}

export interface TextBlock extends ElementBase {
  type: 'TextBlock';
  text: string;
  size?: 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
  weight?: 'Lighter' | 'Default' | 'Bolder';
  color?: 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
  isSubtle?: boolean;
  wrap?: boolean;
  maxLines?: number;
  horizontalAlignment?: 'Left' | 'Center' | 'Right';
}

export interface Fact {
  title: string;
  value: string;
}

export interface FactSet extends ElementBase {
  type: 'FactSet';
  facts: Fact[];
}

export interface Image extends ElementBase {
  type: 'Image';
  url: string;
  altText?: string;
  size?: 'Auto' | 'Stretch' | 'Small' | 'Medium' | 'Large';
}

export interface Container extends ElementBase {
  type: 'Container';
  items: CardElement[];
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
}

export interface Column extends ElementBase {
  type: 'Column';
  items: CardElement[];
  width?: string | number;
  verticalContentAlignment?: 'Top' | 'Center' | 'Bottom';
}

export interface ColumnSet extends ElementBase {
  type: 'ColumnSet';
  columns: Column[];
}

export interface ActionSet extends ElementBase {
  type: 'ActionSet';
  actions: CardAction[];
}

interface InputBase extends ElementBase {
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface InputText extends InputBase {
  type: 'Input.Text';
  value?: string;
  placeholder?: string;
  isMultiline?: boolean;
  maxLength?: number;
  /** `email` marks a people field: Slack renders it as a users picker. */
  style?: 'text' | 'tel' | 'url' | 'email';
}

export interface InputNumber extends InputBase {
  type: 'Input.Number';
  value?: number;
  min?: number;
  max?: number;
  placeholder?: string;
}

export interface Choice {
  title: string;
  value: string;
}

export interface InputChoiceSet extends InputBase {
  type: 'Input.ChoiceSet';
  choices: Choice[];
  value?: string;
  isMultiSelect?: boolean;
  style?: 'compact' | 'expanded';
  placeholder?: string;
}

export interface InputToggle extends InputBase {
  type: 'Input.Toggle';
  title: string;
  value?: string;
  valueOn?: string;
  valueOff?: string;
}

export interface InputDate extends InputBase {
  type: 'Input.Date';
  value?: string;
  min?: string;
  max?: string;
}

export type CardInput = InputText | InputNumber | InputChoiceSet | InputToggle | InputDate;

export type CardElement = TextBlock | FactSet | Image | Container | ColumnSet | ActionSet | CardInput;

interface ActionBase {
  title: string;
  id?: string;
  style?: 'default' | 'positive' | 'destructive';
  tooltip?: string;
}

export interface ExecuteAction extends ActionBase {
  type: 'Action.Execute';
  verb: string;
  data?: Record<string, unknown>;
  associatedInputs?: 'auto' | 'none';
}

export interface OpenUrlAction extends ActionBase {
  type: 'Action.OpenUrl';
  url: string;
}

export interface ShowCardAction extends ActionBase {
  type: 'Action.ShowCard';
  card: SubCard;
}

export interface ToggleVisibilityAction extends ActionBase {
  type: 'Action.ToggleVisibility';
  targetElements: Array<string | { elementId: string; isVisible?: boolean }>;
}

export type CardAction = ExecuteAction | OpenUrlAction | ShowCardAction | ToggleVisibilityAction;

/** The card inside an `Action.ShowCard` (no version required). */
export interface SubCard {
  type: 'AdaptiveCard';
  body: CardElement[];
  actions?: CardAction[];
}

export interface AdaptiveCard extends SubCard {
  $schema?: string;
  version: '1.5';
  lang?: string;
  fallbackText?: string;
}
