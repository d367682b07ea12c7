import type { TextBox } from '../scenes/text-boxes';
import { isWideChar, textWidthEm, type FaceName } from '../theme/text-width';

/** Words, and each CJK character on its own, as the browser may break them; only words have a space before. */
function words(text: string): Array<{ text: string; space: boolean }> {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => ([...word].some(isWideChar) ? [...word].map((char, index) => ({ text: char, space: index === 0 })) : [{ text: word, space: true }]));
}

/** Lines the text takes at a font size in a width (greedy, as the browser wraps). */
export function lineCount(text: string, width: number, fontSize: number, face: FaceName): number {
  const space = textWidthEm(' ', face) * fontSize;
  let lines = 1;
  let used = 0;
  for (const word of words(text)) {
    const size = textWidthEm(word.text, face) * fontSize;
    const gap = used > 0 && word.space ? space : 0;
    if (used > 0 && used + gap + size > width) {
      lines += 1;
      used = size;
    } else {
      used += gap + size;
    }
  }
  return lines;
}

/** The largest whole font size at which the text fits its box, or null when not even the smallest does. */
export function fittingFontSize(text: string, box: TextBox): number | null {
  for (let size = box.maxFontSize; size >= box.minFontSize; size--) {
    if (lineCount(text, box.width, size, box.face) * size * box.lineHeight <= box.height) return size;
  }
  return null;
}

/** How many characters to cut so that the text fits at the smallest size (an estimate). */
export function charactersToCut(text: string, box: TextBox): number {
  const chars = [...text];
  let keep = chars.length;
  while (keep > 1 && fittingFontSize(chars.slice(0, keep).join(''), box) === null) keep -= 1;
  return chars.length - keep;
}
