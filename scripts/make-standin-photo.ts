/**
 * Draws the stand-in photo the sample story ships with (we hold no rights to the agency
 * photo): domes and towers against an evening sky. Run once; the JPEG is committed.
 *   npx tsx scripts/make-standin-photo.ts
 */
import sharp from 'sharp';

const SIZE = 2000;

/** Deterministic pseudo-random numbers (mulberry32), so the picture is the same every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const onionDome = (cx: number, base: number, w: number, h: number) =>
  `M ${cx - w / 2} ${base} C ${cx - w / 2} ${base - h * 0.55}, ${cx - w * 0.05} ${base - h * 0.7}, ${cx} ${base - h}` +
  ` C ${cx + w * 0.05} ${base - h * 0.7}, ${cx + w / 2} ${base - h * 0.55}, ${cx + w / 2} ${base} Z`;

const tower = (cx: number, base: number, w: number, h: number, spire: number) =>
  `M ${cx - w / 2} ${base} L ${cx - w / 2} ${base - h} L ${cx} ${base - h - spire} L ${cx + w / 2} ${base - h} L ${cx + w / 2} ${base} Z`;

function svg(): string {
  const rand = random(20221202);
  const stars = Array.from({ length: 90 }, () => {
    const x = rand() * SIZE;
    const y = rand() * SIZE * 0.45;
    return `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${(1 + rand() * 2.2).toFixed(1)}" fill="#fff" opacity="${(0.25 + rand() * 0.6).toFixed(2)}"/>`;
  }).join('');
  const ground = 1500;
  const silhouette = [
    tower(330, ground, 120, 520, 260),
    tower(1700, ground, 130, 600, 300),
    `M 0 ${ground} L 0 1330 L 600 1330 L 600 1250 L 1400 1250 L 1400 1330 L ${SIZE} 1330 L ${SIZE} ${ground} Z`,
    `M 760 1250 L 760 1020 L 1240 1020 L 1240 1250 Z`,
    onionDome(1000, 1020, 300, 360),
    onionDome(820, 1080, 170, 230),
    onionDome(1180, 1080, 170, 230),
    tower(1000, 700, 22, 40, 120),
    tower(560, 1250, 90, 360, 200),
    tower(1440, 1250, 90, 330, 190),
  ]
    .map((d) => `<path d="${d}" fill="#120d1c"/>`)
    .join('');
  const windows = Array.from({ length: 26 }, (_, i) => {
    const x = 80 + i * 72 + rand() * 20;
    return `<rect x="${x.toFixed(0)}" y="${(1380 + rand() * 60).toFixed(0)}" width="14" height="22" fill="#f6c56b" opacity="${(0.5 + rand() * 0.5).toFixed(2)}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#0b1630"/>
      <stop offset="0.45" stop-color="#34406e"/>
      <stop offset="0.68" stop-color="#b0607a"/>
      <stop offset="0.8" stop-color="#f09a5b"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.5" cy="0.78" r="0.45">
      <stop offset="0" stop-color="#ffd28a" stop-opacity="0.55"/>
      <stop offset="1" stop-color="#ffd28a" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="snow" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2a2438"/>
      <stop offset="1" stop-color="#0d0a14"/>
    </linearGradient>
  </defs>
  <rect width="${SIZE}" height="${SIZE}" fill="url(#sky)"/>
  <rect width="${SIZE}" height="${SIZE}" fill="url(#glow)"/>
  ${stars}
  ${silhouette}
  <rect y="${1500}" width="${SIZE}" height="${SIZE - 1500}" fill="url(#snow)"/>
  ${windows}
</svg>`;
}

const out = new URL('../assets/photos/kremlin-standin.jpg', import.meta.url);
await sharp(Buffer.from(svg()))
  .jpeg({ quality: 84, mozjpeg: true })
  .withMetadata({ exif: { IFD0: { Copyright: 'news60 stand-in illustration, CC0', ImageDescription: 'Stand-in illustration: domes and towers against an evening sky' } } })
  .toFile(out.pathname);
console.log(`wrote ${out.pathname}`);
