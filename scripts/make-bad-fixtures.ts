/**
 * Writes the corpus of bad inputs in tests/fixtures/bad/: story files that are wrong in one way
 * each, and the broken media they name. Deterministic; run it again after changing a case.
 *   npx tsx scripts/make-bad-fixtures.ts
 * tests/bad-inputs.test.ts says what news60 must answer to each.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const DIR = path.join('tests', 'fixtures', 'bad');
rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });

const story = (fields: Record<string, unknown> = {}) => ({ headline: 'Council opens the new bridge', durationSeconds: 12, ...fields });
const photo = (src: string) => ({ image: { src, credit: 'news60 tests', alt: 'A test picture' } });
const write = (name: string, content: string | Buffer) => writeFileSync(path.join(DIR, name), content);
const json = (name: string, value: unknown) => write(name, `${JSON.stringify(value, null, 2)}\n`);

// The file itself.
write('malformed.json', '{ "headline": "Council opens the new bridge", }\n');
write('empty.json', '');
json('not-an-object.json', ['Council opens the new bridge']);
write('binary.json', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));

// Fields.
json('missing-headline.json', { standfirst: 'A story without its headline.' });
json('wrong-types.json', story({ durationSeconds: 'sixty', quotes: 'none' }));
json('unknown-field.json', story({ headlne: 'Misspelt' }));
json('headline-too-long.json', story({ headline: 'Council '.repeat(20).trim() }));
json('too-many-quotes.json', story({ quotes: Array.from({ length: 13 }, (_, index) => ({ text: `Quote number ${index + 1}.`, speaker: 'Ann Smith' })) }));
json('bad-date.json', story({ published: '31/12/2024' }));
json('duration-out-of-range.json', story({ durationSeconds: 600 }));
json('cannot-fit.json', story({ durationSeconds: 5, standfirst: 'The council voted after a long debate about the cost of the crossing and the traffic it will bring.' }));
json('control-character.json', story({ headline: 'Council opens\u0007 the new bridge' }));
json('bidi-override.json', story({ quotes: [{ text: 'We approve it.', speaker: 'Ann \u202eSmith' }] }));
write('lone-surrogate.json', '{ "headline": "Council opens the new bridge \\ud800", "durationSeconds": 12 }\n');
json('low-contrast-theme.json', story({ theme: { colors: { text: '#777777', background: '#808080' } } }));
json('bad-slug.json', story({ id: '../../etc/passwd' }));
json('bad-focus.json', story({ ...photo('../../../assets/photos/kremlin-standin.jpg'), image: { src: 'x.jpg', credit: 'A', alt: 'B', focus: { x: -1, y: 2 } } }));

// Paths and URL schemes.
json('path-escape.json', story(photo('../../../../etc/hosts')));
json('absolute-path.json', story(photo('/etc/hosts')));
json('file-url.json', story(photo('file:///etc/passwd')));
json('data-url.json', story(photo('data:image/png;base64,iVBORw0KGgo=')));
json('ftp-url.json', story(photo('ftp://example.com/photo.jpg')));
json('missing-photo.json', story(photo('no-such-photo.jpg')));

// Broken media.
const real = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 40, g: 90, b: 160 } } })
  .composite([{ input: Buffer.from('<svg width="640" height="480"><circle cx="320" cy="240" r="150" fill="#e8b04a"/></svg>') }])
  .jpeg({ quality: 85 })
  .toBuffer();
write('zero-byte.jpg', Buffer.alloc(0));
json('zero-byte-photo.json', story(photo('zero-byte.jpg')));
let seed = 7;
write('corrupt.jpg', Buffer.from(Array.from({ length: 4096 }, () => (seed = (seed * 16807) % 2147483647) & 0xff)));
json('corrupt-photo.json', story(photo('corrupt.jpg')));
write('truncated.jpg', real.subarray(0, Math.floor(real.length * 0.3)));
json('truncated-photo.json', story(photo('truncated.jpg')));
write('text-named.png', 'This is a text file with an image name.\n');
json('wrong-extension-photo.json', story(photo('text-named.png')));
// A decompression bomb: a small file that would decode to 144 megapixels.
write('bomb.png', await sharp({ create: { width: 12_000, height: 12_000, channels: 3, background: '#000000' }, limitInputPixels: false }).png({ palette: true, colours: 2, compressionLevel: 9, effort: 1 }).toBuffer());
json('bomb-photo.json', story(photo('bomb.png')));
json('not-audio-voiceover.json', story({ voiceover: { src: 'corrupt.jpg' } }));
write('overlapping.srt', '1\n00:00:00,000 --> 00:00:03,000\nThe council met.\n\n2\n00:00:02,000 --> 00:00:05,000\nIt voted yes.\n');
write('silence.wav', wavOfSilence(0.1));
json('overlapping-transcript.json', story({ voiceover: { src: 'silence.wav', transcript: 'overlapping.srt' } }));
json('theme-logo-not-image.json', story({ theme: { logo: 'text-named.png' } }));

// Media that is awkward but fine: each is handled (see the test).
write('cmyk.jpg', await sharp(real).toColourspace('cmyk').jpeg().toBuffer());
json('cmyk-photo.json', story(photo('cmyk.jpg')));
write('sixteen-bit.png', await sharp(real).toColourspace('rgb16').png().toBuffer());
json('sixteen-bit-photo.json', story(photo('sixteen-bit.png')));
const frame = (r: number) => sharp({ create: { width: 320, height: 240, channels: 3, background: { r, g: 60, b: 90 } } }).png().toBuffer();
write('animated.gif', await sharp([await frame(200), await frame(20)], { join: { animated: true } }).gif().toBuffer());
json('animated-photo.json', story(photo('animated.gif')));
write('rotated.jpg', await sharp(real).withMetadata({ orientation: 6 }).jpeg().toBuffer());
json('exif-rotated-photo.json', story(photo('rotated.jpg')));
json('script-text.json', story({ headline: '<script>alert("x")</script> & <b>not bold</b>', quotes: [{ text: '{{constructor}} ${process.exit()} <img src=x onerror=alert(1)>', speaker: 'Ann Smith' }] }));

// Media from URLs, served by the test's own server on 127.0.0.1 ({{server}} is its address).
const url = (route: string) => story(photo(`{{server}}/${route}`));
json('url-slow.json', url('slow.jpg'));
json('url-huge-declared.json', url('huge-declared.jpg'));
json('url-huge-streamed.json', url('huge-streamed.jpg'));
json('url-html.json', url('page.html'));
json('url-lying-type.json', url('lying.jpg'));
json('url-redirect-off-host.json', url('redirect-off-host.jpg'));
json('url-redirect-file.json', url('redirect-file.jpg'));
json('url-redirect-loop.json', url('loop.jpg'));
json('url-not-found.json', url('missing.jpg'));
json('url-empty.json', url('empty.jpg'));
// ({{closed}} is an address where nothing listens.)
json('url-refused.json', story(photo('{{closed}}/photo.jpg')));
json('url-good.json', url('good.jpg'));
write('good.jpg', real);

/** A WAV file of silence, 48 kHz mono 16-bit. */
function wavOfSilence(seconds: number): Buffer {
  const samples = Math.round(48_000 * seconds);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples * 2, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(48_000, 24);
  header.writeUInt32LE(96_000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples * 2, 40);
  return Buffer.concat([header, Buffer.alloc(samples * 2)]);
}

console.log(`wrote ${DIR}`);
