import { breakCost, endsClause, endsSentence, layoutLines, tokenize, type LineLimits, type Token } from './line-break';

/** How much text a cue may hold. */
export type CueTextLimits = LineLimits & { readonly maxLines: number };

/** Each cue costs this much: fewer, fuller cues are better than many thin ones. */
const CUE_COST = 600;
/**
 * A cue should hold whole sentences, or part of one: a cue that ends one sentence and starts
 * another it does not finish, or that starts mid-sentence and runs into the next, reads badly.
 */
const PENALTY_SENTENCE_STRADDLE = 2500;
/** A cue that ends mid-sentence costs this much more than a line that does… */
const PENALTY_CUE_MID_SENTENCE = 1000;
/** …one that ends with its sentence earns this much more, and one that ends a clause this much. */
const BONUS_CUE_SENTENCE_END = 500;
const BONUS_CUE_CLAUSE_END = 900;
/** A cue of a word or two flashes by too fast to read: avoid it where the text allows. */
const SHORT_CUE_CHARS = 16;
const PENALTY_SHORT_CUE = 1500;

/**
 * Text → the lines of each cue. Cues are cut where the text reads best (sentence ends, then
 * clause ends), each cue holds at most `maxLines` lines, and a cue never ends one sentence and
 * begins another that it does not finish.
 */
export function cueTexts(text: string, limits: CueTextLimits): string[][] {
  return cueRanges(tokenize(text, limits), limits).map((cue) => cue.lines);
}

/** A cue as a range of tokens, with its lines. */
export type CueRange = { readonly start: number; readonly end: number; readonly lines: string[] };

/** Cuts tokens into cues (see {@link cueTexts}); the ranges let timed tokens give cues their times. */
export function cueRanges(tokens: readonly Token[], limits: CueTextLimits): CueRange[] {
  const count = tokens.length;
  if (count === 0) return [];
  // best[n]: the cheapest cues for the first n tokens.
  const best: Array<{ cost: number; start: number; lines: string[] } | undefined> = [{ cost: 0, start: -1, lines: [] }];
  for (let end = 1; end <= count; end++) {
    let sentenceEndInside = false;
    for (let start = end - 1; start >= 0; start--) {
      const previous = best[start];
      if (start < end - 1 && endsSentence(tokens[start]!.text)) sentenceEndInside = true;
      if (!previous) continue;
      const layout = layoutLines(tokens, start, end, limits, limits.maxLines);
      if (!layout) {
        // Fewer tokens than a cue can hold at any start further left will not fit either.
        break;
      }
      const startsMidSentence = start > 0 && !endsSentence(tokens[start - 1]!.text);
      const endsMidSentence = !endsSentence(tokens[end - 1]!.text);
      const straddle = sentenceEndInside && (endsMidSentence || startsMidSentence) ? PENALTY_SENTENCE_STRADDLE : 0;
      const last = tokens[end - 1]!.text;
      const cueEnd = !endsMidSentence ? -BONUS_CUE_SENTENCE_END : endsClause(last) ? PENALTY_CUE_MID_SENTENCE - BONUS_CUE_CLAUSE_END : PENALTY_CUE_MID_SENTENCE;
      const boundary = end < count ? breakCost(tokens, end - 1) + cueEnd : 0;
      // (A text that is short as a whole is one short cue, and that is fine.)
      const short = end - start < count && [...layout.lines.join(' ')].length < SHORT_CUE_CHARS ? PENALTY_SHORT_CUE : 0;
      const cost = previous.cost + CUE_COST + layout.cost + straddle + boundary + short;
      if (!best[end] || cost < best[end]!.cost) best[end] = { cost, start, lines: layout.lines };
    }
  }
  const cues: CueRange[] = [];
  for (let end = count; end > 0; end = best[end]!.start) cues.unshift({ start: best[end]!.start, end, lines: best[end]!.lines });
  return cues;
}
