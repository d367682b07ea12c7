/**
 * Resolves a story's relative media path against the story file's place in the public folder,
 * e.g. (`stories/a.json`, `../photos/b.jpg`) → `photos/b.jpg`. Browser-safe (no `node:path`).
 * Returns null for a path that leaves the public folder or is a URL.
 */
export function publicPathOf(storyPath: string, src: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/')) return null;
  const parts = storyPath.split('/').slice(0, -1);
  for (const part of src.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.join('/');
}
