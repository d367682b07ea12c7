import type { Story } from './schema';

const MAX_SLUG_LENGTH = 60;

/** Lower-case ASCII slug of a text, cut at a word boundary. */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, maxLength) || '';
}

/** The story's id: its own, or the publication date and headline as a slug. */
export function storyId(story: Pick<Story, 'id' | 'published' | 'headline'>): string {
  if (story.id) return story.id;
  const date = story.published?.slice(0, 10);
  // A headline in a script with no Latin letters has no slug: a stable hash of it stands in.
  const fromHeadline = slugify(story.headline) || `story-${hashText(story.headline)}`;
  return [date, fromHeadline].filter(Boolean).join('-');
}

/** Short, stable FNV-1a hash (not for security). */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
