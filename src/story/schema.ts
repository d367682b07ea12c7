import { z } from 'zod';
import { ThemeSchema } from '../theme/schema';

/**
 * The story file: the one definition of a news60 story. The CLI, Studio (`schema=` on every
 * composition) and the tests all use this schema; the types below come from it.
 */

/** Message for a field that is missing or of the wrong kind, e.g. `quotes[2].speaker: required`. */
const kind = (expected: string) => ({
  error: (issue: { code?: string; input?: unknown }) => {
    if (issue.code !== 'invalid_type') return undefined; // the check's own message
    return issue.input === undefined ? 'required' : `must be ${expected}`;
  },
});

/** A number from `min` to `max`. */
const between = (min: number, max: number) =>
  z
    .number(kind('a number'))
    .min(min, { error: `must be from ${min} to ${max}` })
    .max(max, { error: `must be from ${min} to ${max}` });

/** `U+202E` */
const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * What text may not hold, with the reason: characters that are invisible on screen and would
 * change what a viewer reads (control characters; bidi embeddings, overrides and isolates,
 * which can reorder text so it says something else) or that no font can draw (a lone half of
 * a surrogate pair, from a broken copy). Right-to-left marks (U+200E, U+200F) are allowed.
 */
export function unsafeText(value: string): string | null {
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.exec(value);
  if (control) return `contains the invisible control character ${codePoint(control[0])} at character ${control.index + 1}; remove it`;
  const bidi = /[\u202A-\u202E\u2066-\u2069]/.exec(value);
  if (bidi) return `contains the invisible bidi control ${codePoint(bidi[0])} at character ${bidi.index + 1}, which reorders the text on screen; remove it`;
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(value);
  if (lone) return `contains a broken character (a lone ${codePoint(lone[0])}) at character ${lone.index + 1}; copy the text again from its source`;
  return null;
}

/**
 * Trimmed, non-empty text of at most `max` characters, on one line (tabs and line breaks become
 * spaces: breaking lines is the layout's job), without invisible or broken characters.
 * HTML and script-like text is fine: it is shown literally, never interpreted.
 */
const text = (max: number) =>
  z
    .string(kind('text'))
    .overwrite((value) => value.replace(/[\t\n\r]+/g, ' '))
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `is too long: at most ${max} characters` })
    .check((ctx) => {
      const problem = unsafeText(ctx.value);
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
    });

const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'must be an ISO date such as 2022-12-02 or 2022-12-02T09:30:00Z',
});

export const FocusSchema = z.strictObject({
  /** Horizontal focus point, 0 (left edge) to 1 (right edge). */
  x: between(0, 1),
  /** Vertical focus point, 0 (top edge) to 1 (bottom edge). */
  y: between(0, 1),
});

export const ImageSchema = z.strictObject({
  /** Path relative to the story file, or an http(s) URL. */
  src: text(2048),
  /** Photographer and/or agency, shown on screen whenever the photo is. */
  credit: text(80),
  /** Description of the photo for people who cannot see it. */
  alt: text(300),
  /** Point of interest kept in frame when the photo is cropped; default the centre. */
  focus: FocusSchema.optional(),
});

export const QuoteSchema = z.strictObject({
  /** The words quoted, without quotation marks. */
  text: text(320),
  /** Full name of the person quoted, shown in the lower third. */
  speaker: text(60),
  /** Role or title, shown under the name, e.g. "Kremlin spokesman". */
  role: text(80).optional(),
});

export const APPROXIMATIONS = [
  'about',
  'almost',
  'at least',
  'fewer than',
  'more than',
  'nearly',
  'over',
  'up to',
] as const;

export const FigureSchema = z.strictObject({
  /** The number itself; formatted with `Intl.NumberFormat(locale)`. */
  value: z.number(kind('a number')),
  /** What is counted, e.g. "civilians killed". */
  label: text(60),
  /** Unit written after the number, e.g. "%" or "km". */
  unit: text(12).optional(),
  /** Written before the number, e.g. "$". */
  prefix: text(4).optional(),
  /** How exact the number is: shown before it, e.g. "more than 10,000". */
  approx: z.enum(APPROXIMATIONS, { error: `must be one of: ${APPROXIMATIONS.join(', ')}` }).optional(),
  /** Who gives the number, shown on the card. */
  source: text(80).optional(),
});

export const VoiceoverSchema = z.strictObject({
  /** Audio file, relative to the story file or an http(s) URL. */
  src: text(2048),
  /** Timed transcript: SRT or `@remotion/captions` JSON. */
  transcript: text(2048).optional(),
});

/** The music bed's gain when the story sets none: under any voice. */
export const DEFAULT_MUSIC_VOLUME = 0.15;

export const MusicSchema = z.strictObject({
  src: text(2048),
  /** Linear gain 0–1; default 0.15 so the music sits under any voice. */
  volume: between(0, 1).optional(),
});

export const StorySchema = z.strictObject({
  /** Slug used in output file names; default from `published` and the headline. */
  id: z
    .string(kind('text'))
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a slug: lower-case letters, digits and single hyphens' })
    .max(80, { error: 'is too long: at most 80 characters' })
    .optional(),
  /** Small label above the headline, e.g. "Ukraine war". */
  kicker: text(32).optional(),
  headline: text(110),
  /** One or two sentences that say what the story is about. */
  standfirst: text(240).optional(),
  /** Publication date (ISO 8601). */
  published: isoDate.optional(),
  /** Publisher name, shown in the close. */
  source: text(60).optional(),
  /** BCP 47 language tag; default en-GB. Numbers and dates are formatted for it. */
  locale: z
    .string(kind('text'))
    .refine((tag) => isLocale(tag), { error: 'must be a BCP 47 language tag such as en-GB or fr-FR' })
    .default('en-GB'),
  image: ImageSchema.optional(),
  quotes: z.array(QuoteSchema, kind('a list')).max(12, { error: 'has too many items: at most 12' }).default([]),
  figures: z.array(FigureSchema, kind('a list')).max(12, { error: 'has too many items: at most 12' }).default([]),
  /** Script sentences read as captions; when absent they are written from the story fields. */
  narration: z.array(text(400), kind('a list')).max(40, { error: 'has too many items: at most 40' }).optional(),
  voiceover: VoiceoverSchema.optional(),
  music: MusicSchema.optional(),
  /** Length of the video in seconds; default 60. */
  durationSeconds: between(5, 180).int({ error: 'must be a whole number of seconds' }).default(60),
  theme: ThemeSchema.optional(),
});

/** A story as written in a file (defaults not yet applied). */
export type StoryInput = z.input<typeof StorySchema>;
/** A validated story with its defaults applied. */
export type Story = z.output<typeof StorySchema>;
export type Quote = z.output<typeof QuoteSchema>;
export type Figure = z.output<typeof FigureSchema>;
export type StoryImage = z.output<typeof ImageSchema>;

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
