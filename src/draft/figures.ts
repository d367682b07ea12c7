import type { APPROXIMATIONS } from '../story/schema';

type Approximation = (typeof APPROXIMATIONS)[number];

/** A number found in the article with what it counts. */
export type FoundFigure = {
  readonly value: number;
  readonly label: string;
  readonly unit?: string;
  readonly prefix?: string;
  readonly approx?: Approximation;
  readonly source?: string;
  /** How much an editor is likely to want it: higher first. */
  readonly score: number;
  readonly paragraph: number;
};

const APPROX: Array<[RegExp, Approximation]> = [
  [/(more than|over|plus de|mehr als)\s*$/i, 'more than'],
  [/(about|around|some|roughly|environ|près de|ungefähr|etwa)\s*$/i, 'about'],
  [/(up to|as many as|jusqu'à|bis zu)\s*$/i, 'up to'],
  [/(nearly|almost|presque)\s*$/i, 'nearly'],
  [/(at least|au moins|mindestens)\s*$/i, 'at least'],
  [/(fewer than|less than|moins de|weniger als)\s*$/i, 'fewer than'],
];
/** What is done to people or things: the words that make a number news. */
const OUTCOME = /^(killed|dead|died|injured|wounded|missing|evacuated|displaced|arrested|cancelled|canceled|closed|spoiled|affected|rescued|tués|blessés|évacués|mobilisés|morts|disparus|getötet|verletzt)$/i;
const PEOPLE = /^(people|persons|soldiers|troops|civilians|residents|nurses|doctors|patients|workers|children|pupils|students|voters|ballots|votes|passengers|journeys|vehicles|homes|houses|jobs|operations|clinics|roads|counties|firefighters|pompiers|habitants|personnes|soldats|civils|hectares|sandbags|protesters|officers|staff|members|tonnes|litres|km|kilometres|miles|mm|cm|metres|hectares)$/i;
/** A word that is the sentence going on, not the thing counted: "walked", "wrote", "luttaient". */
const VERB = /^(\p{L}+ed|wrote|went|rose|fell|came|made|took|gave|\p{L}+aient|\p{L}+èrent|ont|sont|will|would)$/iu;
/** Verbs that are never an adjective before a noun (unlike "planned operations"). */
const FINITE_VERB = /^(wrote|went|rose|fell|came|made|took|gave|\p{L}+aient|\p{L}+èrent|ont|sont|will|would|said|told)$/iu;
const STOP = /^(have|has|had|were|was|are|is|will|would|a|an|in|on|at|to|from|and|or|but|since|by|for|of|the|this|that|been|be|with|ont|ont-ils|a|été|sont|dans|et|de|des|du|la|le|les|en|depuis|sur|par|pour)$/i;
const NUMBER = /(?<![\p{L}\d-])([£€$])?(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)(?:\s*(million|billion|bn|m|milliards?|millions?))?(\s*%|\s*per cent)?(?![\p{L}\d])/gu;

/** "10,000" → 10000; "1 200" → 1200; "4.2" → 4.2 (and "4,2" in a locale that writes so). */
function parseNumber(text: string, decimalComma: boolean): number {
  const compact = text.replace(/[\u00a0\u202f ]/g, '');
  if (/^\d{1,3}(,\d{3})+$/.test(compact) && !decimalComma) return Number(compact.replace(/,/g, ''));
  if (decimalComma) return Number(compact.replace(/\./g, '').replace(',', '.'));
  return Number(compact.replace(/,/g, ''));
}

/**
 * Figures an article gives, each with the noun it counts ("10,000 soldiers", "6,655 civilians
 * killed"), the approximation word before it, a currency or per cent, and who gives it
 * ("according to …", "The UN … said"). Years, dates, times and bare small numbers are left out.
 * Ranked: people harmed or moved first, then large counts, then earlier paragraphs.
 */
export function findFigures(body: readonly string[], locale: string): FoundFigure[] {
  const decimalComma = !locale.startsWith('en');
  const found: FoundFigure[] = [];
  body.forEach((paragraph, paragraphIndex) => {
    for (const sentence of paragraph.split(/(?<=[.!?]["”»]?)\s+/)) {
      for (const match of sentence.matchAll(NUMBER)) {
        const [whole, currency, digits, multiplier, percent] = match;
        const before = sentence.slice(0, match.index);
        const after = sentence.slice(match.index! + whole.length);
        if (/\d[-–]\s*$/.test(before) || /^[-–]\d/.test(after)) continue; // part of a range written as 12,500-13,000
        let value = parseNumber(digits!, decimalComma);
        if (!Number.isFinite(value)) continue;
        if (multiplier) value *= /^(billion|bn|milliards?)$/i.test(multiplier) ? 1e9 : 1e6;
        const isYear = !currency && !percent && !multiplier && /^\d{4}$/.test(digits!) && value >= 1900 && value <= 2100;
        const isDate = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\w*\s*$/i.test(before) || /^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*/i.test(after);
        if (isYear || isDate || /^\s*(am|pm|h\d|:\d|th\b|st\b|nd\b|rd\b|years? old)/i.test(after)) continue;
        const words = after.replace(/^[\s%]*(per cent)?/, '').split(/\s+/).filter(Boolean).map((word) => word.replace(/[,.;:!?”"»)]+$/u, ''));
        // "10,000 of the country's soldiers" → skip to the noun.
        let at = 0;
        if (/^(of|de|des)$/i.test(words[0] ?? '')) {
          at = 1;
          while (at < words.length && /^(the|its|their|our|les|la|le|l'|du|des|country's|nation's|\p{L}+['’]s)$/iu.test(words[at]!)) at += 1;
        }
        const noun: string[] = [];
        while (at < words.length && noun.length < 3 && !STOP.test(words[at]!) && /^[\p{L}'’-]+$/u.test(words[at]!) && !(noun.length === 0 ? FINITE_VERB : VERB).test(words[at]!)) {
          noun.push(words[at++]!);
          if (OUTCOME.test(noun.at(-1)!)) break;
        }
        const outcomeWord = noun.some((word) => OUTCOME.test(word)) ? undefined : words.slice(at, at + 5).find((word) => OUTCOME.test(word));
        const unit = percent ? '%' : /^(mm|cm|km|kg|m)$/i.test(noun[0] ?? '') ? noun.shift() : undefined;
        if (noun.length === 0 || noun.every((word) => OUTCOME.test(word))) continue; // "10,000 killed": counts what?
        if (!currency && !percent && !unit && value < 10 && !outcomeWord) continue;
        const label = [noun.join(' '), outcomeWord && !noun.includes(outcomeWord) ? outcomeWord : ''].filter(Boolean).join(' ').slice(0, 60).trim();
        if (!label) continue;
        const approx = APPROX.find(([pattern]) => pattern.test(before))?.[1];
        const source = sourceOf(sentence);
        const score =
          (outcomeWord ? 4 : 0) + (PEOPLE.test(noun[0] ?? '') ? 2 : 0) + Math.min(3, Math.log10(Math.max(value, 1)) / 2) - paragraphIndex * 0.05 + (source ? 0.5 : 0);
        found.push({
          value,
          label,
          ...(unit ? { unit } : {}),
          ...(currency ? { prefix: currency } : {}),
          ...(approx ? { approx } : {}),
          ...(source ? { source } : {}),
          score,
          paragraph: paragraphIndex,
        });
      }
    }
  });
  // One figure per thing counted: the best-scored.
  const best = new Map<string, FoundFigure>();
  for (const figure of found) {
    const key = figure.label.toLowerCase();
    if (!best.has(key) || best.get(key)!.score < figure.score) best.set(key, figure);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Who gives a figure: "according to the department", "The UN human rights office … said". */
function sourceOf(sentence: string): string | undefined {
  const according = /\b(?:according to|selon)\s+(?:the\s+|la\s+|le\s+)?([^,.;]{3,60})/i.exec(sentence);
  if (according) return tidy(according[1]!);
  const said = /^(?:The\s+)?(\p{Lu}[^,]{2,60}?)(?:,[^,]{0,60},)?\s+(?:said|says|recorded|reported)\b/u.exec(sentence);
  if (said && !/^(he|she|it|they|this|that|there|officials|we|i)\b/i.test(said[1]!)) return tidy(said[1]!);
  return undefined;
}

const tidy = (text: string) => text.replace(/['’]s own\b.*$/u, '').trim().slice(0, 80);
