import { checkTextFits } from '../scenes/check-text';
import { StorySchema, type Story, type StoryInput } from '../story/schema';
import { planTimeline, TimelineFitError } from '../timeline/plan';
import { readArticle, type Article } from './article';
import type { ArticleBlocks } from './blocks';
import { findFigures, type FoundFigure } from './figures';
import { findQuotes, type FoundQuote } from './quotes';
import { fitText } from './text';

/** What the draft is made of, and why: for the editor's report. */
export type Draft = {
  readonly story: Story;
  readonly article: Article;
  readonly quotes: readonly FoundQuote[];
  readonly figures: readonly FoundFigure[];
  /** Items found but left out, each with the reason. */
  readonly leftOut: readonly string[];
};

/** A 60-second video holds this many quotes and figures at most before the budget is even tried. */
const MAX_QUOTES = 4;
const MAX_FIGURES = 3;
const QUOTE_MAX_CHARS = 320;


/**
 * A first draft of a story from an article: its header, the quotes with their speakers (one per
 * speaker first, in the article's order) and the figures (ranked), trimmed until the story fits
 * its duration without `--fit` and its text fits the layout. Deterministic; no network.
 */
export function draftStory(page: ArticleBlocks, options: { source?: string; photo?: string } = {}): Draft {
  const article = readArticle(page);
  if (!article.headline) throw new Error('no headline found: the article needs a title line (or an <h1>) before its text');
  const leftOut: string[] = [];
  const allQuotes = findQuotes(article.body);
  const quotes = rankQuotes(allQuotes).filter((quote) => {
    if (quote.text.length <= QUOTE_MAX_CHARS) return true;
    leftOut.push(`quote by ${quote.speaker}: longer than ${QUOTE_MAX_CHARS} characters`);
    return false;
  });
  const figures = findFigures(article.body, article.locale);
  let chosenQuotes = quotes.slice(0, MAX_QUOTES);
  let chosenFigures = figures.slice(0, MAX_FIGURES);
  for (const quote of quotes.slice(MAX_QUOTES)) leftOut.push(`quote by ${quote.speaker}: more quotes than a minute holds`);
  for (const figure of figures.slice(MAX_FIGURES)) leftOut.push(`figure ${figure.value} ${figure.label}: more figures than a minute holds`);
  const build = (): Story =>
    StorySchema.parse({
      headline: fitText(article.headline!, 110),
      ...(article.standfirst ? { standfirst: fitText(article.standfirst, 240) } : {}),
      ...(article.published ? { published: article.published } : {}),
      ...((options.source ?? page.siteName) ? { source: fitText((options.source ?? page.siteName)!, 60) } : {}),
      locale: article.locale,
      ...(options.photo && article.photoCredit ? { image: { src: options.photo, credit: fitText(article.photoCredit, 80), alt: fitText(article.headline!, 300) } } : {}),
      quotes: chosenQuotes.map((quote) => ({ text: quote.text, speaker: fitText(quote.speaker, 60), ...(quote.role ? { role: fitText(quote.role, 80) } : {}) })),
      figures: chosenFigures.map((figure) => ({
        value: figure.value,
        label: figure.label,
        ...(figure.unit ? { unit: figure.unit } : {}),
        ...(figure.prefix ? { prefix: figure.prefix } : {}),
        ...(figure.approx ? { approx: figure.approx } : {}),
        ...(figure.source ? { source: fitText(figure.source, 80) } : {}),
      })),
    } satisfies StoryInput);
  // Drop the least wanted item until the story fits its minute and its boxes.
  for (;;) {
    const story = build();
    const problem = fitProblem(story);
    if (!problem) return { story, article, quotes: chosenQuotes, figures: chosenFigures, leftOut };
    if (chosenFigures.length > 1 && chosenFigures.length >= chosenQuotes.length - 1) {
      const dropped = chosenFigures.at(-1)!;
      chosenFigures = chosenFigures.slice(0, -1);
      leftOut.push(`figure ${dropped.value} ${dropped.label}: ${problem}`);
    } else if (chosenQuotes.length > 0) {
      const dropped = chosenQuotes.at(-1)!;
      chosenQuotes = chosenQuotes.slice(0, -1);
      leftOut.push(`quote by ${dropped.speaker}: ${problem}`);
    } else if (chosenFigures.length > 0) {
      const dropped = chosenFigures.at(-1)!;
      chosenFigures = chosenFigures.slice(0, -1);
      leftOut.push(`figure ${dropped.value} ${dropped.label}: ${problem}`);
    } else {
      throw new Error(`the headline and standfirst alone do not fit: ${problem}`);
    }
  }
}

/** Why a story does not fit its duration or its boxes, or null. */
function fitProblem(story: Story): string | null {
  try {
    planTimeline(story);
  } catch (error) {
    if (error instanceof TimelineFitError) return `over the ${story.durationSeconds} s reading-time budget`;
    throw error;
  }
  const tooLong = checkTextFits(story, false)[0];
  return tooLong ? `${tooLong.path} does not fit its box` : null;
}

/** One quote per speaker first, in the article's order; then the rest. */
function rankQuotes(quotes: readonly FoundQuote[]): FoundQuote[] {
  const seen = new Set<string>();
  const first: FoundQuote[] = [];
  const rest: FoundQuote[] = [];
  for (const quote of quotes) {
    (seen.has(quote.speaker) ? rest : first).push(quote);
    seen.add(quote.speaker);
  }
  return [...first, ...rest];
}

/** The editor's report: what was found, where, and what was left out and why. */
export function draftReport(file: string, draft: Draft): string {
  const { story, article } = draft;
  const lines = [`news60 draft: ${file}`, `  headline    ${story.headline}`];
  if (story.standfirst) lines.push(`  standfirst  ${story.standfirst}`);
  lines.push(`  published   ${story.published ?? '(no date found)'}`);
  if (story.source) lines.push(`  source      ${story.source}`);
  lines.push(`  photo       ${article.photoCredit ? `credit "${article.photoCredit}"${story.image ? '' : ' (give --photo FILE to put the photo in the story)'}` : '(no caption with a credit found)'}`);
  lines.push(`  locale      ${story.locale}`);
  if (article.furniture.length > 0) lines.push(`  removed     ${article.furniture.join('; ')}`);
  draft.quotes.forEach((quote, index) => lines.push(`  quote ${index + 1}     ${quote.speaker}${quote.role ? `, ${quote.role}` : ''} (${quote.how}, paragraph ${quote.paragraph + 1}): ${fitText(quote.text, 60)}`));
  draft.figures.forEach((figure, index) =>
    lines.push(`  figure ${index + 1}    ${figure.approx ? `${figure.approx} ` : ''}${figure.prefix ?? ''}${figure.value}${figure.unit ?? ''} ${figure.label}${figure.source ? ` (${figure.source})` : ''}, paragraph ${figure.paragraph + 1}`),
  );
  for (const item of draft.leftOut) lines.push(`  left out    ${item}`);
  return `${lines.join('\n')}\n`;
}
