import { typographic } from '../story/typography';
import type { Story } from '../story/schema';
import type { Segment } from '../timeline/types';

/** What narration needs to know of a segment: planned or still a draft. */
type SegmentRef = Pick<Segment, 'id' | 'kind'> & { readonly quoteIndex?: number };

/** Opening and closing quotation marks for a locale's language. */
export function quotationMarks(locale: string): readonly [string, string] {
  const language = locale.split('-')[0]?.toLowerCase();
  switch (language) {
    case 'de':
      return ['„', '“'];
    case 'fr':
      return ['«\u00a0', '\u00a0»'];
    case 'ru':
    case 'uk':
    case 'es':
    case 'it':
    case 'ar':
      return ['«', '»'];
    case 'he':
      return ['״', '״'];
    case 'ja':
    case 'zh':
      return ['「', '」'];
    default:
      return ['“', '”'];
  }
}

/** True when the story's own narration is read, so quote cards must show the quote themselves. */
export const hasOwnNarration = (story: Pick<Story, 'narration'>): boolean => (story.narration?.length ?? 0) > 0;

/**
 * True when the captions read the standfirst and the quotes (no voiceover transcript and no
 * narration of the story's own); otherwise their cards show them.
 */
export const captionsReadStory = (story: Pick<Story, 'narration'>, hasTranscript: boolean): boolean => !hasTranscript && !hasOwnNarration(story);

/**
 * The text read as captions in each segment, keyed by segment id. Text that a card shows in
 * full (headline, figures, close) is not captioned again, so no text is on screen twice.
 * Without narration, the standfirst and the quotes are read; with it, its sentences are
 * spread in order over the segments between the open and the close.
 */
export function narrationBySegment(story: Story, segments: readonly SegmentRef[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (hasOwnNarration(story)) {
    const between = segments.filter((segment) => segment.kind !== 'open' && segment.kind !== 'close');
    // A story with nothing between its open and close reads its narration over those two.
    const middle = between.length > 0 ? between : segments;
    const sentences = story.narration ?? [];
    sentences.forEach((sentence, index) => {
      const segment = middle[Math.floor((index * middle.length) / sentences.length)];
      if (!segment) return;
      result.set(segment.id, [...(result.get(segment.id) ?? []), typographic(sentence)]);
    });
    return result;
  }
  const [open, close] = quotationMarks(story.locale);
  for (const segment of segments) {
    if (segment.kind === 'context' && story.standfirst) result.set(segment.id, [typographic(story.standfirst)]);
    if (segment.kind === 'quote' && segment.quoteIndex !== undefined) {
      const quote = story.quotes[segment.quoteIndex];
      if (quote) result.set(segment.id, [`${open}${typographic(quote.text)}${close}`]);
    }
  }
  return result;
}
