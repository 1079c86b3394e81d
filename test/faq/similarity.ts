import { editDistance, foldText } from '../../faq/text';

/** A text folded and split into words, punctuation dropped: "L'achat, c'est où ?" → l achat c est ou. */
export interface Words {
  readonly text: string;
  readonly words: readonly string[];
}

export function words(text: string): Words {
  const normalised = foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return { text: normalised, words: normalised === '' ? [] : normalised.split(' ') };
}

/** Longest run of consecutive words two texts share. */
export function longestCommonRun(a: Words, b: Words): number {
  const x = a.words;
  const y = b.words;
  let best = 0;
  const row = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= y.length; j++) {
      const above = row[j];
      row[j] = x[i - 1] === y[j - 1] ? diagonal + 1 : 0;
      if (row[j] > best) best = row[j];
      diagonal = above;
    }
  }
  return best;
}

/** 1 − edit distance / longer length. */
export function textSimilarity(a: Words, b: Words): number {
  const longer = Math.max(a.text.length, b.text.length);
  return longer === 0 ? 1 : 1 - editDistance(a.text, b.text) / longer;
}

export function wordJaccard(a: Words, b: Words): number {
  const x = new Set(a.words);
  const y = new Set(b.words);
  const shared = [...x].filter((word) => y.has(word)).length;
  return shared / (x.size + y.size - shared);
}

/**
 * Whether `text` quotes `line` verbatim or nearly: same text, the line inside the text, nearly the
 * same characters or words, or a run of `maxRun` words in a row.
 */
export function quotes(text: Words, line: Words, maxRun = 8): boolean {
  if (text.text === line.text) return true;
  if (line.words.length >= 3 && ` ${text.text} `.includes(` ${line.text} `)) return true;
  const [shorter, longer] = [text.text.length, line.text.length].sort((a, b) => a - b);
  if (shorter >= 0.85 * longer && textSimilarity(text, line) >= 0.85) return true;
  if (text.words.length >= 4 && line.words.length >= 4 && wordJaccard(text, line) >= 0.8) return true;
  return longestCommonRun(text, line) >= maxRun;
}
