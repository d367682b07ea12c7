import type { Timeline } from '../timeline/types';
import type { CueTextLimits } from './cue-text';
import { breakCost, NEVER, tokenize } from './line-break';
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
    cue.lines.slice(1).forEach((line, lineIndex) => {
      const before = cue.lines[lineIndex]!;
      const tokens = tokenize(`${before} ${line}`, limits);
      const lastOfBefore = tokenize(before, limits).length - 1;
      if (breakCost(tokens, lastOfBefore) >= NEVER) problems.push(`${name} breaks a line after "${tokens[lastOfBefore]!.text}"`);
    });
  });
  return problems;
}
