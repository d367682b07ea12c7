import { AbsoluteFill } from 'remotion';
import type { Box } from './layout';

type SafeAreaOverlayProps = {
  readonly safe: Box;
};

const SHADE = 'rgba(255, 0, 128, 0.22)';

/** Shades what platform UI may cover and outlines the safe area, for producers in Studio. */
export const SafeAreaOverlay: React.FC<SafeAreaOverlayProps> = ({ safe }) => (
  <AbsoluteFill style={{ pointerEvents: 'none' }}>
    <div
      style={{
        position: 'absolute',
        left: safe.left,
        top: safe.top,
        width: safe.width,
        height: safe.height,
        outline: '4px dashed #ff0080',
        boxSizing: 'border-box',
      }}
    />
    <div style={{ position: 'absolute', left: 0, top: 0, right: 0, height: safe.top, backgroundColor: SHADE }} />
    <div style={{ position: 'absolute', left: 0, top: safe.top + safe.height, right: 0, bottom: 0, backgroundColor: SHADE }} />
    <div style={{ position: 'absolute', left: 0, top: safe.top, width: safe.left, height: safe.height, backgroundColor: SHADE }} />
    <div style={{ position: 'absolute', left: safe.left + safe.width, top: safe.top, right: 0, height: safe.height, backgroundColor: SHADE }} />
  </AbsoluteFill>
);
