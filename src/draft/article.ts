import type { ArticleBlocks, Block } from './blocks';
import { fitText } from './text';

/** What the header of an article says, and its body paragraphs without page furniture. */
export type Article = {
  readonly headline: string | null;
  readonly standfirst: string | null;
  /** ISO date (yyyy-mm-dd). */
  readonly published: string | null;
  readonly photoCredit: string | null;
  readonly body: readonly string[];
  /** What was left out as page furniture, for the editor's report. */
  readonly furniture: readonly string[];
  readonly locale: string;
};

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};

/** A date written in a line ("2 Dec 2022", "6 February 2024", "12 août 2025", "2024-06-10"), as ISO. */
export function findDate(text: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const written = /\b(\d{1,2})(?:st|nd|rd|th|er)?\s+([\p{L}]{3,9})\.?,?\s+(\d{4})\b/u.exec(text);
  if (!written) return null;
  const month = MONTHS[written[2]!.toLowerCase()] ?? MONTHS[written[2]!.toLowerCase().slice(0, 3)];
  if (!month) return null;
  return `${written[3]}-${String(month).padStart(2, '0')}-${written[1]!.padStart(2, '0')}`;
}

/** Text that is the page, not the story: advertising, appeals, sharing, cookies, bare labels. */
const APPEAL = /(readers like you|please (give|contribute|support|donate)|contribute what you can|give what you can|support (independent|our|local) journalism|become a (member|subscriber)|sign up (to|for)|subscribe (now|today|to)|we need your help|keep(s)? (local news|us|[\p{L} ]+) (open|alive|going)|advertising (revenue|alone))/iu;
const LABEL = /^(advertisement|advert|publicité|anzeige|sponsored|close|share( this( article)?)?|facebook|twitter|x|email|whatsapp|linkedin|print|partager( cet article)?|read more|related|weather|news|sport|leave a comment|submit a report)$/i;
const COMMENTS = /^(\d+\s+comments?|comments?(\s*\(\d+\))?|commentaires?|\d+\s+commentaires?|leave a comment)$/i;
const SHARE = /^(share on|partager sur|follow us|we use cookies|accept all|cookie)/i;

const isFurniture = (text: string) => LABEL.test(text.trim()) || APPEAL.test(text) || SHARE.test(text.trim()) || /^(last update|updated|publié le|published)\b[^.]*$/i.test(text.trim());

/** A photo caption ending with its credit: "… Macron. Andrew Harnik" or "… entrance. Photo: Liam Farrell/Herald". */
export function captionCredit(text: string): string | null {
  const match = /[.!?]["”’»]?\s+(?:(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|[Cc]redit|[Cc]rédit photo)\s*:\s*)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\/[\p{L} .-]+)?)$/u.exec(text.trim());
  if (match) return match[1]!.trim();
  const labelled = /^(?:photo|photograph|credit)\s*:\s*(.+)$/i.exec(text.trim());
  return labelled ? labelled[1]!.trim() : null;
}

/** A line that reads as a headline: a few words, one phrase, not a sentence, not shouted. */
function looksLikeHeadline(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words >= 4 && words <= 24 && text.length <= 160 && !/[.!;]$/.test(text) && !/[.!?]["”’»]?\s+\p{Lu}/u.test(text) && text !== text.toUpperCase() && !isFurniture(text) && !/^(by|par)\s/i.test(text);
}

const isSentence = (text: string) => /[.!?]["”’»]?$/.test(text) && text.split(/\s+/).length >= 5;

/** French, German or English, from the most common short words. */
function guessLocale(text: string): string {
  const words = text.toLowerCase().split(/[^\p{L}']+/u);
  const count = (list: readonly string[]) => words.filter((word) => list.includes(word)).length;
  const french = count(['le', 'la', 'les', 'des', 'est', 'une', 'dans', 'pour', 'qui', 'du', 'au', 'a', 'été']);
  const german = count(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'ein', 'eine']);
  const english = count(['the', 'and', 'of', 'to', 'is', 'was', 'in', 'that', 'for', 'with']);
  if (french > english && french >= german) return 'fr-FR';
  if (german > english) return 'de-DE';
  return 'en-GB';
}

/**
 * Finds the header and the body of an article read as blocks. The headline is the page's
 * `<h1>`, or in plain text the first line that reads as one; everything before it is page
 * furniture (advertising, appeals) except a photo caption, whose last words are the credit.
 * After it come the standfirst, the date line, then the body, which ends where the comments
 * begin.
 */
export function readArticle(page: ArticleBlocks): Article {
  const blocks = page.blocks;
  const furniture = [...page.dropped];
  let credit: string | null = null;
  let headlineAt = blocks.findIndex((block) => block.kind === 'heading');
  if (headlineAt < 0) headlineAt = blocks.findIndex((block, index) => looksLikeHeadline(block.text) && followsAsHeader(blocks, index));
  for (const block of blocks.slice(0, Math.max(headlineAt, 0))) {
    const found = block.kind === 'caption' || /[.!?]["”’»]?\s+\p{Lu}/u.test(block.text) ? captionCredit(block.text) : null;
    if (found && !credit) credit = found;
    else furniture.push(shorten(block.text));
  }
  let standfirst: string | null = null;
  let published = page.datetime ? findDate(page.datetime) : null;
  const body: string[] = [];
  let ended = false;
  for (const [index, block] of blocks.entries()) {
    if (index <= headlineAt) continue;
    const text = block.text;
    if (ended || COMMENTS.test(text.trim())) {
      if (!ended) furniture.push('the comments');
      ended = true;
      continue;
    }
    if (block.kind === 'caption') {
      credit ??= captionCredit(text);
      continue;
    }
    const date = body.length === 0 ? dateLine(text) : null;
    if (date) {
      published ??= date;
      continue;
    }
    if (isFurniture(text)) {
      furniture.push(shorten(text));
      continue;
    }
    if (!standfirst && body.length === 0 && (block.kind === 'standfirst' || (isSentence(text) && text.length <= 240 && index <= headlineAt + 2))) {
      standfirst = text;
      continue;
    }
    if (block.kind === 'heading' || (!isSentence(text) && text.split(/\s+/).length < 5)) {
      furniture.push(shorten(text));
      continue;
    }
    body.push(text);
  }
  const headline = headlineAt >= 0 ? blocks[headlineAt]!.text : null;
  return { headline, standfirst, published, photoCredit: credit, body, furniture, locale: guessLocale([headline, ...body].join(' ')) };
}

/** The headline is followed, within two blocks, by a sentence or a date line. */
function followsAsHeader(blocks: readonly Block[], index: number): boolean {
  return blocks.slice(index + 1, index + 3).some((block) => isSentence(block.text) || dateLine(block.text) !== null);
}

/** A short line that is a date ("LAST UPDATE | 2 Dec 2022", "Publié le 12 août 2025"). */
function dateLine(text: string): string | null {
  return text.split(/\s+/).length <= 8 ? findDate(text) : null;
}

const shorten = (text: string) => fitText(text, 60);
