/** A paragraph of an article, with what the page said it is where it said so (HTML). */
export type Block = {
  readonly kind: 'heading' | 'standfirst' | 'caption' | 'text';
  readonly text: string;
};

/** An article read as blocks, and what the page says about itself. */
export type ArticleBlocks = {
  readonly blocks: readonly Block[];
  /** A `<time datetime>` of the page, if any. */
  readonly datetime: string | null;
  /** The page title's site name ("… | The Herald"), if any. */
  readonly siteName: string | null;
  /** Page parts dropped while reading HTML (advertising, share tools, comments…). */
  readonly dropped: readonly string[];
};

/** Plain text: one block per paragraph (blank-line separated), lines joined. */
export function textBlocks(text: string): ArticleBlocks {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0)
    .flatMap((lines) => splitFurnitureLines(lines));
  return { blocks, datetime: null, siteName: null, dropped: [] };
}

/**
 * A paragraph of short lines ("Close / 39 Comments / Leave a Comment") is page furniture, one
 * line each; a paragraph of prose is one block.
 */
function splitFurnitureLines(lines: readonly string[]): Block[] {
  const short = lines.every((line) => line.split(/\s+/).length <= 12 && !/[.!?]["”’»]?$/.test(line));
  if (lines.length > 1 && short) return lines.map((line) => ({ kind: 'text', text: line }));
  if (lines.length > 1 && lines.some((line) => /^\d+\s+comments?$/i.test(line))) return lines.map((line) => ({ kind: 'text', text: line }));
  return [{ kind: 'text', text: lines.join(' ') }];
}
