import { DEFAULT_THEME } from '../theme/schema';
import type { Story } from './schema';

/** The published date as the story's locale writes it, e.g. "2 December 2022". */
export function formatPublished(published: string, locale: string): string {
  const date = new Date(published.length === 10 ? `${published}T12:00:00Z` : published);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The lines of the closing card, in order. Shared by the planner (reading time) and the scene. */
export function closeLines(story: Pick<Story, 'source' | 'published' | 'locale' | 'image' | 'theme'>): {
  readonly source?: string;
  readonly date?: string;
  readonly credit?: string;
  readonly brand: string;
  readonly outro: string;
} {
  const theme = story.theme ?? DEFAULT_THEME;
  return {
    source: story.source,
    date: story.published ? formatPublished(story.published, story.locale) : undefined,
    credit: story.image ? `Photo: ${story.image.credit}` : undefined,
    brand: theme.brand,
    outro: theme.outroText,
  };
}
