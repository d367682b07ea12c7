import { AbsoluteFill } from 'remotion';
import type { Theme } from '../theme/schema';
import { Kicker } from './Kicker';
import type { Layout } from './layout';
import { riseIn, useEnter } from './use-enter';

type ContextSceneProps = {
  readonly kicker?: string;
  readonly theme: Theme;
  readonly layout: Layout;
};

/** The photo, held, while the captions read the standfirst; the kicker stays as a label. */
export const ContextScene: React.FC<ContextSceneProps> = ({ kicker, theme, layout }) => {
  const enter = useEnter();
  if (!kicker) return null;
  return (
    <AbsoluteFill>
      <div style={{ position: 'absolute', left: layout.topRow.left, top: layout.topRow.top, ...riseIn(enter, 20 * layout.scale) }}>
        <Kicker text={kicker} theme={theme} fontSize={Math.round(28 * layout.scale)} />
      </div>
    </AbsoluteFill>
  );
};
