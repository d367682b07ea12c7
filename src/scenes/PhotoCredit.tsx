import type { Box } from './layout';
import { SANS } from '../theme/fonts';

type PhotoCreditProps = {
  readonly credit: string;
  /** The top row of the safe area; the credit sits at its right end. */
  readonly box: Box;
  readonly scale: number;
};

const ROW: React.CSSProperties = { position: 'absolute', display: 'flex', justifyContent: 'flex-end', alignItems: 'flex-start' };

/** "Photo: …" at the top right of the safe area, on its own dark box so it reads on any photo. */
export const PhotoCredit: React.FC<PhotoCreditProps> = ({ credit, box, scale }) => (
  <div style={{ ...ROW, left: box.left, top: box.top, width: box.width }}>
    <div
      style={{
        maxWidth: box.width / 2,
        fontFamily: SANS,
        fontWeight: 600,
        fontSize: Math.round(24 * scale),
        lineHeight: 1.25,
        color: '#ffffff',
        backgroundColor: 'rgba(0, 0, 0, 0.72)',
        padding: `${Math.round(6 * scale)}px ${Math.round(12 * scale)}px`,
        overflow: 'hidden',
        whiteSpace: 'nowrap',
        textOverflow: 'ellipsis',
      }}
    >
      Photo: {credit}
    </div>
  </div>
);
