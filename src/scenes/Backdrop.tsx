import { AbsoluteFill, Img, staticFile } from 'remotion';

type BackdropProps = {
  /** Prepared photo inside the public folder, already cropped to the frame with its scrim. */
  readonly src: string;
  readonly alt: string;
};

const FILL: React.CSSProperties = { width: '100%', height: '100%', objectFit: 'cover' };

/** The story photo, full bleed. It never moves, so its frames can be reused. */
export const Backdrop: React.FC<BackdropProps> = ({ src, alt }) => (
  <AbsoluteFill>
    <Img src={staticFile(src)} alt={alt} style={FILL} />
  </AbsoluteFill>
);
