import { digitCount, formatFigureValue } from '../story/figure-text';
import type { Figure, Quote, Story } from '../story/schema';
import { MAX_CHARS_PER_SECOND, MIN_CUE_FRAMES_AT_30, MIN_GAP_FRAMES } from '../captions/timing';
import { ENTER_SECONDS } from './motion-constants';
import { LABEL_SECONDS, LONG_NUMBER_SECONDS_PER_DIGIT, MIN_SEGMENT_SECONDS, READING_CHARS_PER_SECOND } from './constants';

/** Seconds to read a text at the reading rate; counts user-perceived characters, not UTF-16 units. */
export function readingSeconds(text: string | undefined): number {
  if (!text) return 0;
  return [...text].length / READING_CHARS_PER_SECOND;
}

const atLeastSegment = (seconds: number) => Math.max(MIN_SEGMENT_SECONDS, seconds);

/** Kicker (a label) and headline. */
export function openSeconds(story: Pick<Story, 'kicker' | 'headline'>): number {
  return atLeastSegment(readingSeconds(story.headline) + (story.kicker ? LABEL_SECONDS : 0));
}

export function contextSeconds(standfirst: string): number {
  return atLeastSegment(readingSeconds(standfirst));
}

/** The quote, plus its speaker's lower third. */
export function quoteSeconds(quote: Quote): number {
  return atLeastSegment(readingSeconds(quote.text) + LABEL_SECONDS);
}

/** The number, its approximation word, label and source, plus time for long numbers. */
export function figureSeconds(figure: Figure, locale: string): number {
  const text = [figure.approx, formatFigureValue(figure, locale), figure.label, figure.source].filter(Boolean).join(' ');
  const longNumber = Math.max(0, digitCount(figure.value) - 4) * LONG_NUMBER_SECONDS_PER_DIGIT;
  return atLeastSegment(readingSeconds(text) + LABEL_SECONDS + longNumber);
}

/** Source, date, photo credit and the brand's outro line. */
export function closeSeconds(closeTexts: readonly string[]): number {
  return atLeastSegment(readingSeconds(closeTexts.join(' ')) + LABEL_SECONDS);
}

/**
 * Time the captions of a segment need: the scene's entrance, then the text at the fastest
 * caption reading speed, plus a little for the gaps between cues.
 */
export function captionSeconds(texts: readonly string[]): number {
  if (texts.length === 0) return 0;
  // Each text is at least one cue: its reading time, never under a cue's minimum, plus a gap.
  const perText = texts.map((text) => Math.max(MIN_CUE_FRAMES_AT_30 / 30, [...text].length / MAX_CHARS_PER_SECOND) + (MIN_GAP_FRAMES + 1) / 30);
  return ENTER_SECONDS + perText.reduce((total, seconds) => total + seconds, 0) + 0.25;
}
