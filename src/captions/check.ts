import type { Timeline } from '../timeline/types';
import type { CueTextLimits } from './cue-text';
import { breakCost, joinTokens, NEVER, tokenize } from './line-break';
import { textWidthEm } from '../theme/text-width';
import { cueChars, MAX_CHARS_PER_SECOND, MAX_CUE_SECONDS, MIN_GAP_FRAMES, minCueFrames } from './timing';
import type { Cue } from './types';

/**
 * Every way a list of cues breaks the caption rules (DESIGN.md, after the BBC and Netflix
 * guidelines), one message each; empty when all hold. The tests run it over every sample
 * story in every format; the manifest records what it finds.
 */
export function checkCues(cues: readonly Cue[], limits: CueTextLimits, timeline: Pick<Timeline, 'fps' | 'segments'>): string[] {
  const { fps } = timeline;
  const problems: string[] = [];
  cues.forEach((cue, index) => {
    const name = `cue ${index + 1} ("${cue.lines.join(' / ')}")`;
    const frames = cue.endFrame - cue.startFrame;
    if (cue.lines.length === 0 || cue.lines.some((line) => line.trim() === '')) problems.push(`${name} has an empty line`);
    if (cue.lines.length > limits.maxLines) problems.push(`${name} has ${cue.lines.length} lines; at most ${limits.maxLines}`);
    for (const line of cue.lines) {
      if ([...line].length > limits.maxChars) problems.push(`${name}: "${line}" has ${[...line].length} characters; at most ${limits.maxChars}`);
      if (textWidthEm(line) > limits.maxWidthEm + 1e-6) problems.push(`${name}: "${line}" is wider than the caption box`);
    }
    if (frames < minCueFrames(fps)) problems.push(`${name} lasts ${frames} frames; at least ${minCueFrames(fps)}`);
    if (frames > MAX_CUE_SECONDS * fps) problems.push(`${name} lasts ${(frames / fps).toFixed(2)} s; at most ${MAX_CUE_SECONDS} s`);
    const cps = cueChars(cue.lines) / (frames / fps);
    if (cps > MAX_CHARS_PER_SECOND + 1e-9) problems.push(`${name} needs ${cps.toFixed(1)} characters a second; at most ${MAX_CHARS_PER_SECOND}`);
    const previous = cues[index - 1];
    if (previous && cue.startFrame - previous.endFrame < MIN_GAP_FRAMES) problems.push(`${name} starts ${cue.startFrame - previous.endFrame} frames after the cue before; at least ${MIN_GAP_FRAMES}`);
    const segment = timeline.segments.find((candidate) => candidate.id === cue.segmentId);
    if (!segment || cue.startFrame < segment.startFrame || cue.endFrame > segment.startFrame + segment.durationInFrames) {
      problems.push(`${name} is not inside its segment ${cue.segmentId}`);
    }
    // A line break the rules forbid: after an article or preposition, inside a name, between a number and its unit.
    // Breaks are judged in context: the whole cue, after the last word of the cue before in the
    // same scene (a name may start there, and a sentence start is not a name).
    const before = cues[index - 1];
    const context = before && before.segmentId === cue.segmentId ? (before.lines.at(-1)?.split(' ').at(-1) ?? '') : '';
    const tokens = tokenize(`${context} ${cue.lines.join(' ')}`.trim(), limits);
    let lastOfLine = context ? tokenize(context, limits).length - 1 : -1;
    cue.lines.slice(0, -1).forEach((line, lineIndex) => {
      lastOfLine += tokenize(line, limits).length;
      const next = cue.lines[lineIndex + 1]!;
      // A word longer than a line starts its own line, hyphenated: no rule is broken before it.
      const startsOverlongWord = !/\s/.test(next) && next.endsWith('-');
      if (!startsOverlongWord && breakCost(tokens, lastOfLine) >= NEVER && groupFitsLine(tokens, lastOfLine, limits)) {
        problems.push(`${name} breaks a line after "${tokens[lastOfLine]!.text}"`);
      }
    });
  });
  return problems;
}

/**
 * Whether the words that must stay together around a break (a name, a number and its unit…)
 * fit on one line at all. When they do not, such as a run of capitalised words longer than a
 * line, the break is unavoidable and breaks no rule.
 */
function groupFitsLine(tokens: ReturnType<typeof tokenize>, index: number, limits: CueTextLimits): boolean {
  let start = index;
  while (start > 0 && breakCost(tokens, start - 1) >= NEVER) start -= 1;
  let end = index + 1;
  while (end < tokens.length - 1 && breakCost(tokens, end) >= NEVER) end += 1;
  const group = joinTokens(tokens, start, end + 1);
  return [...group].length <= limits.maxChars && textWidthEm(group) <= limits.maxWidthEm;
}
