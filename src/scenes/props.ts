import { z } from 'zod';
import { StorySchema } from '../story/schema';

/**
 * Media the Node side prepares with sharp before rendering, as paths inside the bundle's
 * public folder (for `staticFile`). In Studio they point at the sample photos as they are.
 */
export const PreparedMediaSchema = z.object({
  /** The photo cropped to the frame, with its legibility scrim baked in; null for no photo. */
  backdrop: z.string().nullable(),
  /** The photo's dominant colour, as the accent of a story that sets no theme; null to keep the theme's. */
  accent: z.string().nullable().optional(),
  /** The theme's logo in the public folder; null for none. */
  logo: z.string().nullable().optional(),
  /** The voiceover audio, copied as it is; null for none. */
  voiceover: z.string().nullable(),
  /** The music bed; null for none. */
  music: z.string().nullable(),
  /** The voiceover's words with their times (ms), read from its transcript in Node; null for none. */
  transcript: z.array(z.object({ text: z.string(), startMs: z.number(), endMs: z.number() })).nullable(),
});

/** Props of every news60 composition; Studio edits them through this schema. */
export const NewsVideoPropsSchema = z.object({
  story: StorySchema,
  media: PreparedMediaSchema,
  /** Drop the last figures and quotes when the text does not fit, as `--fit` does. */
  fit: z.boolean(),
  /** Draw the area kept clear of platform UI (Studio only; renders leave it off). */
  showSafeArea: z.boolean().optional(),
});

export type NewsVideoProps = z.input<typeof NewsVideoPropsSchema>;
export type PreparedMedia = z.output<typeof PreparedMediaSchema>;
