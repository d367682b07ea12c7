/** The social formats news60 renders, with the area kept clear of each platform's UI. */

export type FormatId = 'vertical' | 'portrait' | 'square' | 'landscape';

/** Pixels from each edge that platform UI may cover; text stays inside. */
export type SafeInsets = { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };

export type Format = {
  readonly id: FormatId;
  readonly label: string;
  readonly width: number;
  readonly height: number;
  readonly safe: SafeInsets;
  /** Caption lines a cue may have. */
  readonly captionMaxLines: number;
  /** Caption characters a line may have at the caption size used. */
  readonly captionMaxChars: number;
};

const fivePercent = (width: number, height: number): SafeInsets => ({
  top: Math.round(height * 0.05),
  bottom: Math.round(height * 0.05),
  left: Math.round(width * 0.05),
  right: Math.round(width * 0.05),
});

export const FORMATS: Readonly<Record<FormatId, Format>> = {
  vertical: {
    id: 'vertical',
    label: 'Vertical 9:16',
    width: 1080,
    height: 1920,
    // The union of Reels, TikTok and Shorts overlays.
    safe: { top: 270, bottom: 670, left: 65, right: 65 },
    captionMaxLines: 3,
    captionMaxChars: 32,
  },
  portrait: { id: 'portrait', label: 'Portrait 4:5', width: 1080, height: 1350, safe: fivePercent(1080, 1350), captionMaxLines: 2, captionMaxChars: 36 },
  square: { id: 'square', label: 'Square 1:1', width: 1080, height: 1080, safe: fivePercent(1080, 1080), captionMaxLines: 2, captionMaxChars: 36 },
  landscape: { id: 'landscape', label: 'Landscape 16:9', width: 1920, height: 1080, safe: fivePercent(1920, 1080), captionMaxLines: 2, captionMaxChars: 42 },
};

export const FORMAT_IDS = Object.keys(FORMATS) as FormatId[];

/** The safe area as a box in pixels. */
export function safeBox(format: Format): { left: number; top: number; width: number; height: number } {
  const { safe } = format;
  return { left: safe.left, top: safe.top, width: format.width - safe.left - safe.right, height: format.height - safe.top - safe.bottom };
}
