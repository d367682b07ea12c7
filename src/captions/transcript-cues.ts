import type { Timeline } from '../timeline/types';
import { cueRanges, type CueTextLimits } from './cue-text';
import { breakCost, tokenize, type Token } from './line-break';
import { cueChars, MAX_CHARS_PER_SECOND, MAX_CUE_SECONDS, MIN_GAP_FRAMES, minCueFrames } from './timing';
import type { TimedText } from './transcript';
import type { Cue } from './types';

type TimedToken = Token & { readonly startMs: number; readonly endMs: number };

/** A pause this long in the voice ends a run of speech: no cue spans it. */
const PAUSE_MS = 1200;
/**
 * No cue crosses a scene change. Where the voice runs on over one, the cues break at the most
 * natural point this close to the cut, and their times are pulled to the cut, as a subtitle desk
 * times subtitles to shot changes.
 */
const CUT_SNAP_MS = 1000;

/**
 * Spreads each timed item's time over its tokens in proportion to their length, so a transcript
 * timed by phrase (SRT) and one timed by word (Whisper JSON) both give every word a time.
 */
function timedTokens(items: readonly TimedText[], limits: CueTextLimits): TimedToken[] {
  const result: TimedToken[] = [];
  for (const item of items) {
    const tokens = tokenize(item.text, limits);
    const total = tokens.reduce((sum, token) => sum + [...token.text].length, 0) || 1;
    let done = 0;
    tokens.forEach((token, index) => {
      const startMs = item.startMs + ((item.endMs - item.startMs) * done) / total;
      done += [...token.text].length;
      const endMs = item.startMs + ((item.endMs - item.startMs) * done) / total;
      result.push({ ...token, spaceBefore: index === 0 ? result.length > 0 : token.spaceBefore, startMs, endMs });
    });
  }
  return result;
}

/** The segment a moment falls in. */
const segmentAt = (timeline: Pick<Timeline, 'segments'>, frame: number) =>
  timeline.segments.find((segment) => frame >= segment.startFrame && frame < segment.startFrame + segment.durationInFrames) ?? timeline.segments.at(-1)!;

/**
 * Cues timed by the voiceover: the words are cut into cues by the same rules as any caption,
 * within runs of speech that never cross a pause or a scene change; each cue shows from its
 * first word to its last, held a little longer where it would flash by, and never over 7 s.
 */
export function cuesFromTranscript(items: readonly TimedText[], timeline: Pick<Timeline, 'fps' | 'segments' | 'durationInFrames'>, limits: CueTextLimits): Cue[] {
  const { fps } = timeline;
  const toFrame = (ms: number) => Math.round((ms * fps) / 1000);
  const tokens = timedTokens(items, limits);
  // Runs of speech: split at pauses, and near each scene change at its most natural break.
  const runs: TimedToken[][] = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (!previous || token.startMs - previous.endMs >= PAUSE_MS) runs.push([]);
    runs.at(-1)!.push(token);
  });
  const cutsMs = timeline.segments.slice(1).map((segment) => (segment.startFrame * 1000) / fps);
  const pieces = runs.flatMap((run) => splitAtCuts(run, cutsMs));
  const draft = pieces.flatMap((piece) =>
    cueRanges(piece, limits).map((range) => {
      const firstMs = piece[range.start]!.startMs;
      const lastMs = piece[range.end - 1]!.endMs;
      const segment = segmentAt(timeline, toFrame((firstMs + lastMs) / 2));
      const segmentEnd = segment.startFrame + segment.durationInFrames;
      return {
        startFrame: Math.min(Math.max(toFrame(firstMs), segment.startFrame), segmentEnd - 1),
        endFrame: Math.max(Math.min(toFrame(lastMs), segmentEnd), segment.startFrame + 1),
        lines: range.lines,
        segmentId: segment.id,
      };
    }),
  );
  // In order: each cue starts no sooner than 2 frames after the one before ends, is held past
  // its last word until it can be read (17 characters a second, 20 frames at least) where the
  // next one leaves room, and is cut at 7 s and at its scene's end.
  const cues: Cue[] = [];
  draft.forEach((cue, index) => {
    const segment = timeline.segments.find((candidate) => candidate.id === cue.segmentId)!;
    const segmentEnd = segment.startFrame + segment.durationInFrames;
    const previous = cues.at(-1);
    const startFrame = Math.min(Math.max(cue.startFrame, previous ? previous.endFrame + MIN_GAP_FRAMES : 0), segmentEnd - 1);
    const next = draft[index + 1];
    const limit = Math.min(next ? next.startFrame - MIN_GAP_FRAMES : timeline.durationInFrames, segmentEnd);
    const readable = startFrame + Math.max(minCueFrames(fps), Math.ceil((cueChars(cue.lines) / MAX_CHARS_PER_SECOND) * fps));
    const endFrame = Math.min(Math.max(cue.endFrame, readable), limit, startFrame + Math.floor(MAX_CUE_SECONDS * fps));
    // Words spoken too close together to part: the cue keeps at least one frame, and the
    // next one starts after it (the rule checker reports the short cue).
    cues.push({ ...cue, startFrame, endFrame: Math.max(endFrame, startFrame + 1) });
  });
  return cues;
}

/** Splits a run of speech at the best token boundary near each scene change it spans. */
function splitAtCuts(run: readonly TimedToken[], cutsMs: readonly number[]): TimedToken[][] {
  const first = run[0];
  const last = run.at(-1);
  if (!first || !last) return [];
  const splits = new Set<number>();
  for (const cutMs of cutsMs) {
    if (cutMs <= first.startMs || cutMs >= last.endMs) continue;
    let best: { index: number; cost: number } | null = null;
    for (let index = 0; index < run.length - 1; index++) {
      const distance = Math.abs(run[index]!.endMs - cutMs);
      if (distance > CUT_SNAP_MS) continue;
      const cost = breakCost(run, index) + distance / 2;
      if (!best || cost < best.cost) best = { index, cost };
    }
    // No boundary near the cut (one long word): split at the word spoken across it.
    const index = best?.index ?? Math.max(0, run.findIndex((token) => token.endMs >= cutMs));
    splits.add(index + 1);
  }
  const pieces: TimedToken[][] = [];
  let start = 0;
  for (const split of [...splits].sort((a, b) => a - b)) {
    if (split > start && split < run.length) pieces.push(run.slice(start, split));
    start = Math.max(start, split);
  }
  pieces.push(run.slice(start));
  return pieces.filter((piece) => piece.length > 0);
}
