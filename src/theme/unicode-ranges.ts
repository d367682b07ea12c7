/** `"U+20-7e,U+a9"` → inclusive code point ranges. */
export function parseUnicodeRange(range: string): Array<readonly [number, number]> {
  return range.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
    return [parseInt(from, 16), parseInt(to, 16)] as const;
  });
}

/** The keys of subsets (fontsource `unicode.json`) that hold at least one character of `text`. */
export function subsetsFor(text: string, subsets: Readonly<Record<string, string>>): string[] {
  const codePoints = [...new Set([...text].map((char) => char.codePointAt(0)!))];
  return Object.entries(subsets)
    .filter(([, range]) => {
      const ranges = parseUnicodeRange(range);
      return codePoints.some((codePoint) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to));
    })
    .map(([key]) => key);
}
