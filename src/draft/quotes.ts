import { People, type Person } from './people';

/** A direct quote found in the article, with who said it and how the article says so. */
export type FoundQuote = {
  readonly text: string;
  readonly speaker: string;
  readonly role: string | null;
  /** The reporting words that gave the speaker away ("said", "told reporters", "according to"). */
  readonly how: string;
  /** Paragraph it starts in (0 = first of the body). */
  readonly paragraph: number;
};

/** Quotation marks: curly, straight, guillemets, German low-high, and single curly. */
const QUOTED = /“([^”]+)”|"([^"]+)"|«\s*([^»]+?)\s*»|„([^“”]+)[“”]|‘(\p{Lu}[^’]*(?:’\p{L}[^’]*)*)’/gu;
const VERBS = String.raw`said|says|told|added|explained|warned|insisted|stated|declared|continued|wrote|a déclaré|a expliqué|a ajouté|a affirmé|a indiqué|a assuré|a dit|sagte|erklärte`;
/** After the quote: `, Peskov told reporters` / `, said Tom Reed, chair of …` / `, she said`. */
const AFTER_WHO_VERB = new RegExp(String.raw`^\s*[,.]?\s*((?:[\p{L}'’.-]+\s+){0,6}?[\p{L}'’.-]+)\s+(${VERBS})\b`, 'u');
const AFTER_VERB_WHO = new RegExp(String.raw`^\s*[,.]?\s*(${VERBS})\s+((?:[\p{L}'’.-]+\s*){1,8})`, 'u');
/** Before the quote: `He told Channel 24: “…` / `Lopez said: “…`. */
const BEFORE_WHO_VERB = new RegExp(String.raw`((?:[\p{L}'’.-]+\s+){0,6}?[\p{L}'’.-]+)\s+(${VERBS})[^:.]{0,40}:\s*$`, 'u');

/** Quotes shorter than this many words are scare quotes ("certainly"), not statements. */
const MIN_WORDS = 4;

/**
 * The direct quotes of an article's body, each attributed from the reporting verbs around it
 * and the person's earlier mention (a surname or "he" → the full name and role). A quote cut in
 * two by its attribution (“A,” X said. “B.”) is one quote. Unattributed quotes are left out.
 */
export function findQuotes(body: readonly string[]): FoundQuote[] {
  const people = new People();
  const found: FoundQuote[] = [];
  body.forEach((paragraph, index) => {
    let consumed = 0;
    let paragraphSpeaker: Attribution | null = null;
    const quotes = [...paragraph.matchAll(QUOTED)].map((match) => ({ text: (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '').trim(), start: match.index!, end: match.index! + match[0].length }));
    for (const quote of quotes) {
      people.note(paragraph.slice(consumed, quote.start));
      const after = paragraph.slice(quote.end, nextQuoteStart(quotes, quote) ?? paragraph.length);
      const before = paragraph.slice(consumed, quote.start);
      const attribution: Attribution | null = attribute(after, before, people) ?? paragraphSpeaker;
      consumed = quote.end;
      if (!attribution || quote.text.split(/\s+/).length < MIN_WORDS) continue;
      paragraphSpeaker = attribution;
      const text = sentence(quote.text);
      const previous = found.at(-1);
      if (previous && previous.paragraph === index && previous.speaker === attribution.person.name) {
        found[found.length - 1] = { ...previous, text: `${previous.text} ${text}` };
      } else {
        found.push({ text, speaker: attribution.person.name, role: attribution.person.role, how: attribution.how, paragraph: index });
      }
    }
    people.note(paragraph.slice(consumed));
  });
  return found;
}

function nextQuoteStart(quotes: ReadonlyArray<{ start: number }>, quote: { start: number }): number | null {
  return quotes.find((candidate) => candidate.start > quote.start)?.start ?? null;
}

type Attribution = { readonly person: Person; readonly how: string };

/** The reporting verb with its object, as the article has it: "told reporters", "told Channel 24". */
const howFrom = (text: string, verbAt: number) => /^[\p{L} ]+?(?=\s*(?:[,.:;]|$|\s+(?:that|adding|while|and|in|on|at|lors)\b))/u.exec(text.slice(verbAt))?.[0].split(/\s+/).slice(0, 3).join(' ') ?? '';
const withDigits = (text: string, verbAt: number) => /^[\p{L}\d ]+?(?=\s*(?:[,.:;]|$))/u.exec(text.slice(verbAt))?.[0].trim() ?? '';

/** Who said a quote, from the words after it, else the words before it. */
function attribute(after: string, before: string, people: People): Attribution | null {
  const sentenceAfter = after.split(/(?<=[.!?])\s/)[0] ?? after;
  const whoVerb = AFTER_WHO_VERB.exec(sentenceAfter);
  if (whoVerb) {
    const person = people.resolve(whoVerb[1]!);
    if (person) return { person, how: howFrom(sentenceAfter, sentenceAfter.indexOf(whoVerb[2]!, whoVerb.index + whoVerb[1]!.length)) || whoVerb[2]! };
  }
  const verbWho = AFTER_VERB_WHO.exec(sentenceAfter);
  if (verbWho) {
    people.note(sentenceAfter);
    const [name, organisation] = verbWho[2]!.split(/[,.;]/)[0]!.split(/\s+(?:of|from|at|de|du)\s+(?:the\s+)?/u);
    const person = people.resolve(name!);
    if (person) return { person: { name: person.name, role: person.role ?? organisation?.trim() ?? null }, how: verbWho[1]! };
  }
  const according = /\b(according to|selon)\s+((?:[\p{L}'’.-]+\s*){1,6})/u.exec(sentenceAfter) ?? /\b(according to|selon)\s+((?:[\p{L}'’.-]+\s*){1,6}),?\s*$/u.exec(before);
  if (according) {
    const person = people.resolve(according[2]!.split(/[,.;]/)[0]!);
    if (person) return { person, how: according[1]! };
  }
  const lastSentence = before.split(/(?<=[.!?])\s/).at(-1) ?? before;
  const colon = BEFORE_WHO_VERB.exec(lastSentence);
  if (colon) {
    const person = people.resolve(colon[1]!);
    if (person) return { person, how: withDigits(lastSentence, lastSentence.indexOf(colon[2]!, colon.index + colon[1]!.length)) || colon[2]! };
  }
  return null;
}

/** The quote as a sentence: a trailing comma becomes a full stop. */
function sentence(text: string): string {
  const trimmed = text.replace(/[,;:\s]+$/u, '');
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
