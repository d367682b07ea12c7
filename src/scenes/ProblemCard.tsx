import { AbsoluteFill } from 'remotion';
import { SANS } from '../theme/fonts';

/**
 * Studio only: what is wrong with the story being edited (it cannot be planned, e.g. it does not
 * fit its duration), shown in the frame instead of a crash, so the producer can fix the props.
 */
export const ProblemCard: React.FC<{ readonly message: string; readonly width: number }> = ({ message, width }) => (
  <AbsoluteFill style={{ backgroundColor: '#3b0a0a', color: '#ffffff', fontFamily: SANS, padding: Math.round(width * 0.06), justifyContent: 'center' }}>
    <div style={{ fontSize: Math.round(width * 0.045), fontWeight: 700, marginBottom: Math.round(width * 0.03) }}>This story cannot be rendered as it is</div>
    <div style={{ fontSize: Math.round(width * 0.028), lineHeight: 1.4, whiteSpace: 'pre-wrap' }}>{message}</div>
  </AbsoluteFill>
);
