import { charWidthEm, isWideChar, textWidthEm } from '../theme/text-width';

/**
 * Line breaking the way a subtitle desk does it: lines as even as possible, breaks after
 * punctuation preferred, and no break after an article or preposition, between a first and
 * last name, between a number and its unit, or inside a word. Chinese and Japanese break
 * between characters, but never before closing punctuation or after opening punctuation.
 */

/** How much a line may hold: both limits apply. */
export type LineLimits = {
  readonly maxChars: number;
  /** Width of the caption box inside its padding, in ems of the caption font. */
  readonly maxWidthEm: number;
};

/** A unit that is never split: a word, or one CJK character with its attached punctuation. */
export type Token = { readonly text: string; readonly spaceBefore: boolean };

const WEAK_LINE_ENDINGS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'about', 'after', 'before',
  'into', 'over', 'under', 'between', 'against', 'during', 'without', 'through', 'and', 'or', 'but', 'nor',
  'mr', 'mrs', 'ms', 'dr', 'my', 'his', 'her', 'its', 'our', 'their', 'your', 'this', 'these', 'those', 'le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'der', 'die', 'das', 'ein', 'eine', 'el', 'los', 'las',
]);

const CLOSING = /^[、。，．,.!?！？：；:;)）」』】〕〉》”’»…ー・]$/u;
const OPENING = /^[(（「『【〔〈《“‘«]$/u;

/** The rules a subtitle desk never breaks cost more than any other layout, so they hold whenever they can. */
export const NEVER = 5000;
const PENALTY_WEAK_END = NEVER;
const PENALTY_NAME_SPLIT = NEVER;
const PENALTY_NUMBER_UNIT = NEVER;
const PENALTY_HYPHENATED = 600;
const BONUS_CLAUSE = 150;
const BONUS_SENTENCE = 300;
/** Each line costs this much, so that a bad break is worth an extra line only when one is free. */
const LINE_COST = 250;
/** Average advance of the caption font, to express slack in characters. */
const AVERAGE_CHAR_EM = 0.55;
/** Weight of raggedness (squared slack): enough to even out lines, less than a bad break. */
const SLACK_WEIGHT = 0.1;
const SPACE_EM = charWidthEm(' ');

const bare = (word: string) => word.toLowerCase().replace(/^[\p{P}]+|[\p{P}]+$/gu, '');
const isCapitalised = (word: string) => /^[\p{P}]*\p{Lu}/u.test(word);
const endsSentence = (word: string) => /[.!?…。！？][”’»」』"')\]]*$/u.test(word);
const endsClause = (word: string) => /[,;:—–、，；：)\]]$/u.test(word);
const isNumber = (word: string) => /^[\p{Sc}]?\d[\d.,]*$/u.test(word);

/** Splits text into unbreakable tokens. A word too long for any line is hyphenated into pieces. */
export function tokenize(text: string, limits: LineLimits): Token[] {
  const tokens: Token[] = [];
  // No-break spaces (French quotation marks, numbers) join their neighbours into one token.
  for (const word of text.split(/[^\S\u00A0\u2007\u202F]+/u).filter(Boolean)) {
    // (A CJK piece with its closing bracket can still be too wide: it is hyphenated too.)
    const pieces = [...word].some(isWideChar) ? splitWide(word, limits).flatMap((piece) => hyphenate(piece, limits)) : hyphenate(word, limits);
    pieces.forEach((piece, index) => tokens.push({ text: piece, spaceBefore: index === 0 && tokens.length > 0 }));
  }
  return tokens;
}

/**
 * CJK: one token per character, closing punctuation kept with the character before it; a run of
 * Latin letters inside stays whole (hyphenated if it is longer than a line).
 */
function splitWide(word: string, limits: LineLimits): string[] {
  const pieces: string[] = [];
  let pendingOpen = '';
  let latinRun = '';
  const flushLatin = () => {
    if (latinRun) pieces.push(...hyphenate(pendingOpen + latinRun, limits));
    if (latinRun) pendingOpen = '';
    latinRun = '';
  };
  for (const char of word) {
    if (OPENING.test(char)) {
      flushLatin();
      pendingOpen += char;
    } else if (CLOSING.test(char) && (pieces.length > 0 || latinRun)) {
      flushLatin();
      pieces[pieces.length - 1] += char;
    } else if (isWideChar(char)) {
      flushLatin();
      pieces.push(pendingOpen + char);
      pendingOpen = '';
    } else {
      latinRun += char;
    }
  }
  flushLatin();
  if (pendingOpen) pieces.push(pendingOpen);
  return pieces;
}

/** Only a word longer than a whole line is broken, with a hyphen at each break. */
function hyphenate(word: string, limits: LineLimits): string[] {
  const fits = (text: string) => [...text].length <= limits.maxChars && textWidthEm(text) <= limits.maxWidthEm;
  if (fits(word)) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && !fits(`${piece}${char}-`)) {
      pieces.push(`${piece}-`);
      piece = '';
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}

/** Cost of ending a line (or a cue) after `tokens[index]`; negative where a break reads well. */
export function breakCost(tokens: readonly Token[], index: number): number {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (!next) return 0;
  if (!next.spaceBefore) return token.text.endsWith('-') ? PENALTY_HYPHENATED : CLOSING.test([...token.text].at(-1) ?? '') ? -BONUS_CLAUSE : 0;
  if (endsSentence(token.text)) return -BONUS_SENTENCE;
  if (endsClause(token.text)) return -BONUS_CLAUSE;
  let cost = 0;
  if (WEAK_LINE_ENDINGS.has(bare(token.text))) cost += PENALTY_WEAK_END;
  const previous = tokens[index - 1];
  const startsSentence = !previous || endsSentence(previous.text);
  // No name is longer than a line: a word that had to be hyphenated starts its own line.
  const nextIsOverlong = next.text.endsWith('-') && tokens[index + 2] !== undefined && !tokens[index + 2]!.spaceBefore;
  if (isCapitalised(token.text) && isCapitalised(next.text) && !startsSentence && !nextIsOverlong) cost += PENALTY_NAME_SPLIT;
  // A number and the unit or noun it counts ("240 metres", "10,000 soldiers"), not "10,000 and".
  if (isNumber(token.text) && /^[\p{L}%‰°]/u.test(next.text) && !WEAK_LINE_ENDINGS.has(bare(next.text))) cost += PENALTY_NUMBER_UNIT;
  return cost;
}

/** The text of tokens[from..to) as one line. */
export function joinTokens(tokens: readonly Token[], from: number, to: number): string {
  let line = '';
  for (let index = from; index < to; index++) {
    const token = tokens[index]!;
    line += (index > from && token.spaceBefore ? ' ' : '') + token.text;
  }
  return line;
}

type Measured = { readonly chars: number; readonly widthEm: number };

function measure(tokens: readonly Token[], from: number, to: number): Measured {
  let chars = 0;
  let widthEm = 0;
  for (let index = from; index < to; index++) {
    const token = tokens[index]!;
    if (index > from && token.spaceBefore) {
      chars += 1;
      widthEm += SPACE_EM;
    }
    chars += [...token.text].length;
    widthEm += textWidthEm(token.text);
  }
  return { chars, widthEm };
}

export type LineLayout = { readonly lines: string[]; readonly cost: number };

/**
 * The cheapest way to set tokens[from..to) on at most `maxLines` lines, or null when they do
 * not fit. Each line costs, ragged lines cost more, and bad breaks cost most.
 */
export function layoutLines(tokens: readonly Token[], from: number, to: number, limits: LineLimits, maxLines: number): LineLayout | null {
  const count = to - from;
  // best[k][n]: the cheapest way to set the first n tokens on k lines.
  const best: Array<Array<{ cost: number; start: number } | undefined>> = [[{ cost: 0, start: -1 }]];
  for (let lines = 1; lines <= maxLines; lines++) {
    const row: Array<{ cost: number; start: number } | undefined> = [];
    for (let end = 1; end <= count; end++) {
      for (let start = end - 1; start >= 0; start--) {
        const size = measure(tokens, from + start, from + end);
        if (size.chars > limits.maxChars || size.widthEm > limits.maxWidthEm) break;
        const previous = best[lines - 1]![start];
        if (!previous) continue;
        const slack = (limits.maxWidthEm - size.widthEm) / AVERAGE_CHAR_EM;
        const cost = previous.cost + LINE_COST + SLACK_WEIGHT * slack * slack + (end < count ? breakCost(tokens, from + end - 1) : 0);
        if (!row[end] || cost < row[end]!.cost) row[end] = { cost, start };
      }
    }
    best.push(row);
  }
  let choice: { lines: number; cost: number } | null = null;
  for (let lines = 1; lines <= maxLines; lines++) {
    const cell = best[lines]![count];
    if (cell && (!choice || cell.cost < choice.cost)) choice = { lines, cost: cell.cost };
  }
  if (!choice) return null;
  const result: string[] = [];
  for (let lines = choice.lines, end = count; lines > 0; lines--) {
    const start = best[lines]![end]!.start;
    result.unshift(joinTokens(tokens, from + start, from + end));
    end = start;
  }
  return { lines: result, cost: choice.cost };
}

/** Lines for a whole text with no limit on their number (for checks and single captions). */
export function breakLines(text: string, limits: LineLimits): string[] {
  const tokens = tokenize(text, limits);
  return layoutLines(tokens, 0, tokens.length, limits, Math.max(1, tokens.length))?.lines ?? [];
}

export { endsClause, endsSentence };
