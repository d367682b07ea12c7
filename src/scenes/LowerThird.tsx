import { SANS } from '../theme/fonts';
import type { Theme } from '../theme/schema';
import type { Box } from './layout';
import { riseIn, useEnter } from './use-enter';

type LowerThirdProps = {
  readonly name: string;
  readonly role?: string;
  readonly theme: Theme;
  readonly box: Box;
  readonly scale: number;
};

/** Speaker's name and role, anchored to the foot of its box, above the captions. */
export const LowerThird: React.FC<LowerThirdProps> = ({ name, role, theme, box, scale }) => {
  const enter = useEnter(0.05);
  return (
    <div
      style={{
        position: 'absolute',
        left: box.left,
        top: box.top,
        width: box.width,
        height: box.height,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'flex-end',
        alignItems: 'flex-start',
        ...riseIn(enter, 24 * scale),
      }}
    >
      <div
        dir="auto"
        style={{
          maxWidth: '100%',
          boxSizing: 'border-box',
          borderLeft: `${Math.round(10 * scale)}px solid ${theme.colors.accent}`,
          backgroundColor: theme.colors.background,
          padding: `${Math.round(16 * scale)}px ${Math.round(28 * scale)}px`,
          color: theme.colors.text,
          fontFamily: SANS,
        }}
      >
        <div style={{ fontWeight: 800, fontSize: Math.round(50 * scale), lineHeight: 1.15, overflowWrap: 'anywhere' }}>{name}</div>
        {role ? (
          <div style={{ fontWeight: 400, fontSize: Math.round(34 * scale), lineHeight: 1.25, marginTop: Math.round(4 * scale), overflowWrap: 'anywhere' }}>
            {role}
          </div>
        ) : null}
      </div>
    </div>
  );
};
