import type { CueTextLimits } from '../captions/cue-text';
import { safeBox, type Format } from '../formats/formats';

/** A rectangle in frame pixels. */
export type Box = { readonly left: number; readonly top: number; readonly width: number; readonly height: number };

/** Where each piece of text goes in a format; every box lies inside the safe area. */
export type Layout = {
  readonly safe: Box;
  /** 1 at 1080 px on the short side. */
  readonly scale: number;
  readonly caption: Box & { readonly fontSize: number; readonly lineHeight: number };
  readonly lowerThird: Box;
  readonly headline: Box;
  readonly figure: Box;
  readonly quoteMark: Box;
  readonly close: Box;
  /** Kicker chip (top left) and photo credit (top right) share the top row. */
  readonly topRow: Box;
};

const CAPTION_FONT_SIZE = 48;
const CAPTION_LINE_HEIGHT = 1.3;
/** Padding of each caption line's box, at scale 1. */
export const CAPTION_PADDING_Y = 8;
export const CAPTION_PADDING_X = 18;

export function layoutFor(format: Format): Layout {
  const safe = safeBox(format);
  const scale = Math.min(format.width, format.height) / 1080;
  const fontSize = Math.round(CAPTION_FONT_SIZE * scale);
  const linePitch = fontSize * CAPTION_LINE_HEIGHT + 2 * Math.round(CAPTION_PADDING_Y * scale);
  const captionHeight = Math.ceil(linePitch * format.captionMaxLines);
  const bottom = safe.top + safe.height;
  const gap = Math.round(32 * scale);
  // Lower thirds sit at the foot of the safe area and the captions just above them, as a
  // subtitle desk lifts subtitles clear of a name caption; the captions never move.
  const lowerThirdHeight = Math.round(170 * scale);
  const lowerThird = { left: safe.left, top: bottom - lowerThirdHeight, width: safe.width, height: lowerThirdHeight };
  const caption = { left: safe.left, top: lowerThird.top - gap - captionHeight, width: safe.width, height: captionHeight, fontSize, lineHeight: CAPTION_LINE_HEIGHT };
  const topRowHeight = Math.round(64 * scale);
  const topRow = { left: safe.left, top: safe.top, width: safe.width, height: topRowHeight };
  const belowTopRow = topRow.top + topRowHeight + gap;
  return {
    safe,
    scale,
    caption,
    lowerThird,
    topRow,
    headline: { left: safe.left, top: belowTopRow, width: safe.width, height: bottom - belowTopRow },
    quoteMark: { left: safe.left, top: belowTopRow, width: safe.width, height: caption.top - gap - belowTopRow },
    figure: { left: safe.left, top: belowTopRow, width: safe.width, height: bottom - belowTopRow },
    close: { left: safe.left, top: safe.top, width: safe.width, height: safe.height },
  };
}

/** What a caption cue may hold in a format: its line count, and the width of its box in ems. */
export function captionLimits(format: Format): CueTextLimits {
  const { caption, scale } = layoutFor(format);
  const innerWidth = caption.width - 2 * Math.round(CAPTION_PADDING_X * scale);
  return { maxLines: format.captionMaxLines, maxChars: format.captionMaxChars, maxWidthEm: innerWidth / caption.fontSize };
}
