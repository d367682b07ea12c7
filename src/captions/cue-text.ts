import { breakLines } from './line-break';
import type { CueLimits } from './types';

/** Sentences, keeping their closing punctuation and any closing quotation mark. */
export function splitSentences(text: string): string[] {
  return (text.match(/[^.!?…]+(?:[.!?…]+[”’»」"')\]]*|$)/gu) ?? [])
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * Text → the lines of each cue. Each sentence starts a new cue unless it fits beside the one
 * before; a sentence too long for one cue is cut into cues of even line counts.
 */
export function cueTexts(text: string, limits: CueLimits): string[][] {
  const cues: string[][] = [];
  for (const sentence of splitSentences(text)) {
    const lines = breakLines(sentence, limits.maxCharsPerLine);
    const previous = cues.at(-1);
    if (previous) {
      const joined = breakLines(`${previous.join(' ')} ${sentence}`, limits.maxCharsPerLine);
      if (joined.length <= limits.maxLines) {
        cues[cues.length - 1] = joined;
        continue;
      }
    }
    const parts = Math.ceil(lines.length / limits.maxLines);
    for (let part = 0; part < parts; part++) {
      cues.push(lines.slice(Math.floor((part * lines.length) / parts), Math.floor(((part + 1) * lines.length) / parts)));
    }
  }
  return cues;
}
