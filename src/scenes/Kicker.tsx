import type { Theme } from '../theme/schema';
import { SANS } from '../theme/fonts';

type KickerProps = {
  readonly text: string;
  readonly theme: Theme;
  readonly fontSize: number;
  readonly style?: React.CSSProperties;
  /** Widest the chip may be; a longer kicker wraps inside it. */
  readonly maxWidth?: number;
};

/** The story's label, upper case on the accent colour. */
export const Kicker: React.FC<KickerProps> = ({ text, theme, fontSize, style, maxWidth }) => (
  <div
    style={{
      display: 'inline-block',
      fontFamily: SANS,
      fontWeight: 800,
      fontSize,
      lineHeight: 1.2,
      letterSpacing: '0.06em',
      textTransform: 'uppercase',
      color: theme.colors.accentText,
      backgroundColor: theme.colors.accent,
      padding: `${Math.round(fontSize * 0.3)}px ${Math.round(fontSize * 0.55)}px`,
      maxWidth,
      boxSizing: 'border-box',
      ...style,
    }}
  >
    {text}
  </div>
);
