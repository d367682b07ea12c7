/**
 * Breaks caption text into lines the way a subtitle desk does: lines as even as possible, breaks
 * after punctuation preferred, and no break after an article or preposition, between a first
 * and last name, or between a number and its unit.
 */

const WEAK_LINE_ENDINGS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'about', 'after', 'before',
  'into', 'over', 'under', 'between', 'against', 'during', 'without', 'through', 'and', 'or', 'but', 'nor',
  'mr', 'mrs', 'ms', 'dr', 'president', 'general', 'my', 'his', 'her', 'its', 'our', 'their', 'your', 'this', 'that',
]);

const PENALTY_WEAK_END = 400;
const PENALTY_NAME_SPLIT = 300;
const PENALTY_NUMBER_UNIT = 400;
const BONUS_PUNCTUATION = 150;
const OVERFLOW = 1e6;
/** Each line costs this much, so a bad break is worth an extra line when one is free. */
const LINE_COST = 250;

const bare = (word: string) => word.toLowerCase().replace(/^[\p{P}]+|[\p{P}]+$/gu, '');
const isCapitalised = (word: string) => /^[\p{P}]*\p{Lu}/u.test(word);
const endsWithPunctuation = (word: string) => /[,;:.!?…)\]»”"]$/u.test(word);
const isNumber = (word: string) => /^[\p{Sc}]?[\d][\d.,]*$/u.test(word);

/** Cost of breaking the line after `words[index]`. */
function breakCost(words: readonly string[], index: number): number {
  const word = words[index]!;
  const next = words[index + 1];
  if (next === undefined) return 0;
  if (endsWithPunctuation(word)) return -BONUS_PUNCTUATION;
  let cost = 0;
  if (WEAK_LINE_ENDINGS.has(bare(word))) cost += PENALTY_WEAK_END;
  if (isCapitalised(word) && isCapitalised(next) && index > 0) cost += PENALTY_NAME_SPLIT;
  if (isNumber(word) && /^\p{L}/u.test(next)) cost += PENALTY_NUMBER_UNIT;
  return cost;
}

const lineLength = (words: readonly string[], from: number, to: number) =>
  words.slice(from, to).reduce((length, word) => length + [...word].length, 0) + (to - from - 1);

/** Few, even lines of at most `maxChars` (a single over-long word stands alone). */
export function breakLines(text: string, maxChars: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const lines = optimalLines(words, maxChars);
  if (lines.length < 2) return lines;
  // Even out a short last line: the narrowest width that still needs no more lines.
  const total = lineLength(words, 0, words.length);
  for (let width = Math.ceil(total / lines.length); width < maxChars; width++) {
    const even = optimalLines(words, width);
    if (even.length === lines.length) return even;
  }
  return lines;
}

/** The cheapest lines: each line, ragged ends and bad breaks cost; breaks at punctuation earn. */
function optimalLines(words: readonly string[], maxChars: number): string[] {
  const n = words.length;
  // best[end]: the cheapest way to set words[0..end) as lines.
  const best: Array<{ cost: number; from: number }> = [{ cost: 0, from: -1 }];
  for (let end = 1; end <= n; end++) {
    let choice = { cost: Infinity, from: -1 };
    for (let start = end - 1; start >= 0; start--) {
      const length = lineLength(words, start, end);
      if (length > maxChars && end - start > 1) break;
      const previous = best[start]!;
      const slack = maxChars - length;
      const cost =
        previous.cost + LINE_COST + slack * slack + breakCost(words, end - 1) + (length > maxChars ? OVERFLOW : 0);
      if (cost < choice.cost) choice = { cost, from: start };
    }
    best.push(choice);
  }
  const lines: string[] = [];
  for (let end = n; end > 0; end = best[end]!.from) lines.unshift(words.slice(best[end]!.from, end).join(' '));
  return lines;
}
