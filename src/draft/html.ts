import type { ArticleBlocks, Block } from './blocks';

/** Elements that are never article text. */
const DROPPED_TAGS = new Set(['script', 'style', 'noscript', 'nav', 'footer', 'aside', 'form', 'button', 'svg', 'iframe', 'template', 'head', 'select']);
/** Class or id words that mark page furniture. */
const FURNITURE = /(?:^|[\s_-])(ad|ads|advert|advertisement|adslot|ad-slot|share|sharing|social|cookie|cookies|comment|comments|newsletter|donate|donation|subscribe|subscription|related|promo|banner|site-header|byline|paywall|membership)(?:$|[\s_-])/i;
/** Elements that end a paragraph. */
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'figure', 'figcaption', 'blockquote', 'br', 'tr', 'td', 'th', 'table', 'time', 'hr']);
const VOID_TAGS = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'source', 'wbr', 'col', 'area', 'base', 'embed', 'track']);

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  laquo: '«', raquo: '»', mdash: '—', ndash: '–', hellip: '…', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç', euro: '€', pound: '£',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
const attributeValue = (attributes: string, name: string) => {
  const match = attribute(attributes, name);
  return match ? (match[2] ?? match[3] ?? match[4] ?? '') : null;
};

/**
 * Reads an HTML page as article blocks: scripts, styles, navigation, footers, asides, forms and
 * every element whose class or id says advertising, sharing, cookies, comments, newsletters,
 * donations or related links are dropped; headings, the standfirst ("standfirst", "lede",
 * "intro", "summary" classes) and figure captions are marked. Plain code, no DOM.
 */
export function htmlBlocks(html: string): ArticleBlocks {
  const datetime = /<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["']/i.exec(html)?.[1] ?? null;
  const title = decodeEntities(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '').trim();
  const siteName = /\s[|–—-]\s([^|–—-]+)$/.exec(title)?.[1]?.trim() ?? null;
  const blocks: Block[] = [];
  const dropped: string[] = [];
  const stack: Array<{ tag: string; kind: Block['kind'] | null }> = [];
  let skipUntil = -1;
  let buffer = '';
  const kindNow = (): Block['kind'] => [...stack].reverse().find((entry) => entry.kind)?.kind ?? 'text';
  const flush = () => {
    const text = decodeEntities(buffer).replace(/\s+/g, ' ').trim();
    buffer = '';
    if (text) blocks.push({ kind: kindNow(), text });
  };
  const tags = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g;
  let last = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    if (skipUntil < 0) buffer += html.slice(last, match.index);
    last = tags.lastIndex;
    const [, closing, rawName, attributes = ''] = match;
    if (!rawName) continue;
    const tag = rawName.toLowerCase();
    if (closing) {
      const at = stack.map((entry) => entry.tag).lastIndexOf(tag);
      if (at < 0) continue;
      if (skipUntil < 0 && BLOCK_TAGS.has(tag)) flush();
      stack.length = at;
      if (skipUntil >= 0 && stack.length <= skipUntil) skipUntil = -1;
      continue;
    }
    if (skipUntil >= 0) {
      if (!VOID_TAGS.has(tag) && !attributes.trim().endsWith('/')) stack.push({ tag, kind: null });
      continue;
    }
    if (BLOCK_TAGS.has(tag)) flush();
    if (VOID_TAGS.has(tag) || attributes.trim().endsWith('/')) continue;
    const marker = `${attributeValue(attributes, 'class') ?? ''} ${attributeValue(attributes, 'id') ?? ''}`;
    if (DROPPED_TAGS.has(tag) || FURNITURE.test(marker)) {
      dropped.push(DROPPED_TAGS.has(tag) ? `<${tag}>` : `${tag}.${marker.trim().split(/\s+/)[0]}`);
      stack.push({ tag, kind: null });
      skipUntil = stack.length - 1;
      continue;
    }
    const kind: Block['kind'] | null = tag === 'h1' ? 'heading' : tag === 'figcaption' ? 'caption' : /\b(standfirst|lede|lead|intro|summary|subtitle|dek)\b/i.test(marker) ? 'standfirst' : null;
    stack.push({ tag, kind });
  }
  if (skipUntil < 0) buffer += html.slice(last);
  flush();
  return { blocks, datetime, siteName, dropped };
}
