import type { CueTextLimits } from '../captions/cue-text';
import { safeBox, type Format } from '../formats/formats';

/** A rectangle in frame pixels. */
export type Box = { readonly left: number; readonly top: number; readonly width: number; readonly height: number };

export type CaptionBox = Box & { readonly fontSize: number; readonly lineHeight: number };

/** Where each piece of text goes in a format; every box lies inside the safe area. */
export type Layout = {
  readonly safe: Box;
  /** 1 at 1080 px on the short side. */
  readonly scale: number;
  /** Kicker chip (top left) and photo credit (top right) share the top row. */
  readonly topRow: Box;
  /** Name and role of a speaker, at the foot of the safe area. */
  readonly lowerThird: Box;
  /** Captions at the foot of the safe area… */
  readonly caption: CaptionBox;
  /** …and lifted clear of a lower third while one is on screen, as a subtitle desk does. */
  readonly captionAboveLowerThird: CaptionBox;
  /** Space between boxes. */
  readonly gap: number;
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
  const lowerThirdHeight = Math.round(170 * scale);
  const lowerThird = { left: safe.left, top: bottom - lowerThirdHeight, width: safe.width, height: lowerThirdHeight };
  const captionAt = (foot: number): CaptionBox => ({ left: safe.left, top: foot - captionHeight, width: safe.width, height: captionHeight, fontSize, lineHeight: CAPTION_LINE_HEIGHT });
  const topRowHeight = Math.round(64 * scale);
  return {
    safe,
    scale,
    gap,
    topRow: { left: safe.left, top: safe.top, width: safe.width, height: topRowHeight },
    lowerThird,
    caption: captionAt(bottom),
    captionAboveLowerThird: captionAt(lowerThird.top - gap),
  };
}

/** What else a segment puts on screen, which its main text must keep clear of. */
export type StageNeeds = { readonly captions: boolean; readonly lowerThird: boolean };

/** Where a caption of a segment goes. */
export const captionBoxFor = (layout: Layout, needs: Pick<StageNeeds, 'lowerThird'>): CaptionBox =>
  needs.lowerThird ? layout.captionAboveLowerThird : layout.caption;

/**
 * The room a scene's own text has: below the top row, above whatever captions and lower third
 * the segment shows. A segment without captions has the safe area down to its foot.
 */
export function stageFor(layout: Layout, needs: StageNeeds): Box {
  const top = layout.topRow.top + layout.topRow.height + layout.gap;
  const foot = needs.captions
    ? captionBoxFor(layout, needs).top - layout.gap
    : needs.lowerThird
      ? layout.lowerThird.top - layout.gap
      : layout.safe.top + layout.safe.height;
  return { left: layout.safe.left, top, width: layout.safe.width, height: foot - top };
}

/** What a caption cue may hold in a format: its line count, and the width of its box in ems. */
export function captionLimits(format: Format): CueTextLimits {
  const { caption, scale } = layoutFor(format);
  const innerWidth = caption.width - 2 * Math.round(CAPTION_PADDING_X * scale);
  return { maxLines: format.captionMaxLines, maxChars: format.captionMaxChars, maxWidthEm: innerWidth / caption.fontSize };
}
