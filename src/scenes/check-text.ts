import { captionsReadStory } from '../captions/narration';
import { FORMAT_IDS, FORMATS } from '../formats/formats';
import type { Story } from '../story/schema';
import { charactersToCut, fittingFontSize } from '../story/text-fit';
import { DEFAULT_THEME } from '../theme/schema';
import { layoutFor, stageFor } from './layout';
import { headlineTextBox, quoteTextBox, standfirstTextBox, type TextBox } from './text-boxes';

export type TextProblem = { readonly path: string; readonly message: string };

/**
 * Text that cannot fit its box in some format even at the smallest readable size: a problem for
 * the editor (with the field, the format and how much to cut), never a clipped frame. Boxes are
 * taken as the scenes draw them, with captions and a lower third where they may appear.
 */
export function checkTextFits(story: Story, hasTranscript: boolean): TextProblem[] {
  const theme = story.theme ?? DEFAULT_THEME;
  const cardsShowText = !captionsReadStory(story, hasTranscript);
  const problems: TextProblem[] = [];
  const check = (path: string, text: string, box: TextBox, format: string) => {
    if (fittingFontSize(text, box) !== null) return;
    problems.push({
      path,
      message: `too long for its box in the ${format} format even at ${box.minFontSize} px; cut about ${charactersToCut(text, box)} characters`,
    });
  };
  for (const id of FORMAT_IDS) {
    const layout = layoutFor(FORMATS[id]);
    const { scale } = layout;
    check('headline', story.headline, headlineTextBox(stageFor(layout, { captions: cardsShowText, lowerThird: false }), scale, !!story.kicker, theme.headlineFont), id);
    if (!cardsShowText) continue;
    if (story.standfirst) check('standfirst', story.standfirst, standfirstTextBox(stageFor(layout, { captions: true, lowerThird: false }), scale, theme.headlineFont), id);
    story.quotes.forEach((quote, index) => {
      const box = quoteTextBox(stageFor(layout, { captions: true, lowerThird: true }), scale, true, theme.headlineFont);
      check(`quotes[${index}].text`, quote.text, box, id);
    });
  }
  // One problem per field: the first format that fails is enough to act on.
  return problems.filter((problem, index) => problems.findIndex((other) => other.path === problem.path) === index);
}
