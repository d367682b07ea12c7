import { SANS } from '../theme/fonts';
import type { Theme } from '../theme/schema';
import type { ComparedFigure } from './resolve';

type FigureBarsProps = {
  readonly figures: readonly ComparedFigure[];
  /** 0 → 1 as the current figure counts up: its bar grows with it. */
  readonly progress: number;
  readonly theme: Theme;
  readonly width: number;
  readonly scale: number;
};

const MUTED_OPACITY = 0.35;

/** Figures that share a unit as bars of proportional length, the one on screen in the accent colour. */
export const FigureBars: React.FC<FigureBarsProps> = ({ figures, progress, theme, width, scale }) => {
  const largest = Math.max(...figures.map((figure) => figure.value));
  const barHeight = Math.round(22 * scale);
  return (
    <div style={{ width, marginTop: Math.round(36 * scale), fontFamily: SANS, color: theme.colors.text }}>
      {figures.map((figure) => {
        const share = (figure.value / largest) * (figure.current ? progress : 1);
        return (
          <div key={figure.label} style={{ marginBottom: Math.round(14 * scale), opacity: figure.current ? 1 : 0.8 }}>
            <div dir="auto" style={{ fontSize: Math.round(32 * scale), fontWeight: figure.current ? 700 : 400, lineHeight: 1.3, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {figure.text} {figure.label}
            </div>
            <div style={{ height: barHeight, width: Math.max(barHeight / 2, Math.round(width * share)), backgroundColor: theme.colors.accent, opacity: figure.current ? 1 : MUTED_OPACITY }} />
          </div>
        );
      })}
    </div>
  );
};
