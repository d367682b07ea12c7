import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { prepareVisuals } from '../src/render/render-story';
import { loadStory } from '../src/story/load';
import { captureStream } from './helpers';

/**
 * The corpus in tests/fixtures/bad/ (made by scripts/make-bad-fixtures.ts): every bad input gets
 * one clear line naming the file and field or URL, exit code 2, and no output file; media that is
 * awkward but fine (CMYK, 16-bit, animated, EXIF-rotated, script-like text) is handled.
 * URLs are served by a local server on 127.0.0.1 that is slow, huge, of the wrong type, lying
 * or redirecting.
 */
const CORPUS = path.join('tests', 'fixtures', 'bad');
let server: http.Server;
let dir: string;

const good = readFileSync(path.join(CORPUS, 'good.jpg'));
const routes: Record<string, (response: http.ServerResponse, port: number) => void> = {
  '/good.jpg': (response) => response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': good.length }).end(good),
  '/slow.jpg': (response) => {
    response.writeHead(200, { 'content-type': 'image/jpeg' });
    response.write(good.subarray(0, 100));
    setTimeout(() => response.end(good.subarray(100)), 5_000).unref();
  },
  '/huge-declared.jpg': (response) => {
    response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(200 * 1024 * 1024) });
    response.write(good.subarray(0, 1000));
    setTimeout(() => response.destroy(), 2_000).unref();
  },
  '/huge-streamed.jpg': (response) => {
    response.writeHead(200, { 'content-type': 'image/jpeg' });
    const chunk = Buffer.alloc(256 * 1024, 0xff);
    for (let index = 0; index < 12; index += 1) response.write(index === 0 ? Buffer.concat([good.subarray(0, 4), chunk]) : chunk);
    response.end();
  },
  '/page.html': (response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body>Not a photo</body></html>'),
  '/lying.jpg': (response) => response.writeHead(200, { 'content-type': 'image/jpeg' }).end('<html><body>Not a photo either</body></html>'),
  '/redirect-off-host.jpg': (response, port) => response.writeHead(302, { location: `http://localhost:${port}/good.jpg` }).end(),
  '/redirect-file.jpg': (response) => response.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  '/loop.jpg': (response) => response.writeHead(302, { location: '/loop.jpg' }).end(),
  '/empty.jpg': (response) => response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': '0' }).end(),
};

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const route = routes[request.url ?? ''];
    if (route) route(response, (server.address() as AddressInfo).port);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port where nothing listens: one just opened and closed again.
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const closed = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  // A copy of the corpus, with the server's address in the URL stories.
  dir = mkdtempSync(path.join(os.tmpdir(), 'news60-bad-'));
  cpSync(CORPUS, dir, { recursive: true });
  for (const name of readdirSync(dir).filter((file) => file.startsWith('url-'))) {
    writeFileSync(path.join(dir, name), readFileSync(path.join(dir, name), 'utf8').replaceAll('{{server}}', address).replaceAll('{{closed}}', closed));
  }
  process.env.NEWS60_FETCH_TIMEOUT_MS = '1500';
  process.env.NEWS60_FETCH_MAX_MB = '1';
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
  delete process.env.NEWS60_FETCH_TIMEOUT_MS;
  delete process.env.NEWS60_FETCH_MAX_MB;
});

async function run(...args: string[]) {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await main(args, { stdout, stderr });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

// [story file, what the one line must say]
const BAD: Array<[string, RegExp]> = [
  ['malformed.json', /malformed\.json: is not valid JSON: .*position \d+/],
  ['empty.json', /empty\.json: .*(empty|not valid JSON)/],
  ['not-an-object.json', /not-an-object\.json: must be a story: a JSON object with at least a headline, not a list/],
  ['binary.json', /binary\.json: .*(not valid JSON|UTF-8|text)/],
  ['missing-headline.json', /missing-headline\.json: headline: required/],
  ['wrong-types.json', /wrong-types\.json: quotes: must be a list/],
  ['unknown-field.json', /unknown-field\.json: headlne: unknown field/],
  ['headline-too-long.json', /headline-too-long\.json: headline: is too long: at most 110 characters/],
  ['too-many-quotes.json', /too-many-quotes\.json: quotes: has too many items: at most 12/],
  ['bad-date.json', /bad-date\.json: published: must be an ISO date/],
  ['duration-out-of-range.json', /duration-out-of-range\.json: durationSeconds: must be from 5 to 180/],
  ['cannot-fit.json', /cannot-fit\.json: the story needs [\d.]+ s of reading time but the video lasts 5 s/],
  ['control-character.json', /control-character\.json: headline: contains the invisible control character U\+0007/],
  ['bidi-override.json', /bidi-override\.json: quotes\[0\]\.speaker: contains the invisible bidi control U\+202E/],
  ['lone-surrogate.json', /lone-surrogate\.json: headline: contains a broken character \(a lone U\+D800\)/],
  ['low-contrast-theme.json', /low-contrast-theme\.json: theme\.colors\.text: contrast of text #777777 on background #808080/],
  ['bad-slug.json', /bad-slug\.json: id: must be a slug/],
  ['bad-focus.json', /bad-focus\.json: image\.focus\.x: must be from 0 to 1/],
  ['path-escape.json', /path-escape\.json: image\.src: \.\.\/\.\.\/\.\.\/\.\.\/etc\/hosts lies outside the story's folder; .*--allow-path/],
  ['absolute-path.json', /absolute-path\.json: image\.src: \/etc\/hosts lies outside the story's folder/],
  ['file-url.json', /file-url\.json: image\.src: file: URLs are not allowed/],
  ['data-url.json', /data-url\.json: image\.src: data: URLs are not allowed/],
  ['ftp-url.json', /ftp-url\.json: image\.src: ftp: URLs are not allowed/],
  ['missing-photo.json', /missing-photo\.json: image\.src: no-such-photo\.jpg: file not found/],
  ['zero-byte-photo.json', /zero-byte-photo\.json: image\.src: zero-byte\.jpg is not a readable image/],
  ['corrupt-photo.json', /corrupt-photo\.json: image\.src: corrupt\.jpg is not a readable image/],
  ['truncated-photo.json', /truncated-photo\.json: image\.src: truncated\.jpg is not a readable image \(.*(premature|truncated)/i],
  ['wrong-extension-photo.json', /wrong-extension-photo\.json: image\.src: text-named\.png is not a readable image/],
  ['bomb-photo.json', /bomb-photo\.json: image\.src: bomb\.png is not a readable image \(.*pixel/i],
  ['not-audio-voiceover.json', /not-audio-voiceover\.json: voiceover\.src: corrupt\.jpg is not an audio file/],
  ['overlapping-transcript.json', /overlapping-transcript\.json: voiceover\.transcript: .*overlap/i],
  ['theme-logo-not-image.json', /theme-logo-not-image\.json: theme\.logo: text-named\.png is not a readable PNG/],
  ['url-slow.json', /url-slow\.json: image\.src: http:\/\/127\.0\.0\.1:\d+\/slow\.jpg: did not finish downloading within 1\.5 s/],
  ['url-huge-declared.json', /url-huge-declared\.json: image\.src: .*huge-declared\.jpg: is 200\.0 MB, more than the 1\.0 MB allowed/],
  ['url-huge-streamed.json', /url-huge-streamed\.json: image\.src: .*huge-streamed\.jpg: is more than the 1\.0 MB allowed/],
  ['url-html.json', /url-html\.json: image\.src: .*page\.html: is "text\/html", not an image/],
  ['url-lying-type.json', /url-lying-type\.json: image\.src: .*lying\.jpg: is said to be "image\/jpeg" but its bytes are text/],
  ['url-redirect-off-host.json', /url-redirect-off-host\.json: image\.src: .*: redirects to another host \(localhost:\d+\), which is not followed/],
  ['url-redirect-file.json', /url-redirect-file\.json: image\.src: .*: redirects to a file: URL, which is not allowed/],
  ['url-redirect-loop.json', /url-redirect-loop\.json: image\.src: .*: redirects more than 3 times/],
  ['url-not-found.json', /url-not-found\.json: image\.src: .*missing\.jpg: the server answered 404/],
  ['url-empty.json', /url-empty\.json: image\.src: .*empty\.jpg: is empty/],
  ['url-refused.json', /url-refused\.json: image\.src: http:\/\/127\.0\.0\.1:\d+\/photo\.jpg: cannot be downloaded \(ECONNREFUSED\)/],
];

describe('bad inputs: one clear line, exit 2, nothing written', () => {
  it('has a corpus of at least 30 bad inputs', () => {
    expect(BAD.length).toBeGreaterThanOrEqual(30);
    for (const [file] of BAD) expect(existsSync(path.join(CORPUS, file))).toBe(true);
  });

  it.each(BAD)('%s', async (file, message) => {
    const story = path.join(dir, file);
    const out = path.join(dir, `out-${file}`);
    const result = await run('render', story, '--out', out, '--browser', path.join(dir, 'no-such-chrome'));
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    // One line per problem, no stack trace unless asked for.
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const verbose = await run('validate', story, '--verbose');
    expect(verbose.code).toBe(2);
  });

  it('an --out folder that cannot be made: exit 2 at once, before any render', async () => {
    const result = await run('render', path.join(CORPUS, 'url-good.json').replace('url-good', 'cmyk-photo'), '--out', '/proc/news60-out/x');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('news60: --out /proc/news60-out/x cannot be made (ENOENT); choose another folder\n');
  });

  it('--verbose adds where in the code an error came from', async () => {
    const result = await run('render', path.join(dir, 'missing-photo.json'), '--out', path.join(dir, 'out-verbose'), '--verbose');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/file not found\n(InputError|Error).*\n\s+at /);
  });

  it('a link inside the story folder to a file outside it is refused', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'news60-outside-'));
    cpSync(path.join(CORPUS, 'good.jpg'), path.join(outside, 'secret.jpg'));
    symlinkSync(path.join(outside, 'secret.jpg'), path.join(dir, 'linked.jpg'));
    const story = path.join(dir, 'linked.json');
    writeFileSync(story, JSON.stringify({ headline: 'Council opens the new bridge', durationSeconds: 12, image: { src: 'linked.jpg', credit: 'A', alt: 'B' } }));
    const result = await run('validate', story);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`image.src: linked.jpg is a link to ${path.join(outside, 'secret.jpg')}, outside the story's folder`);
  });

  it('--allow-path lets media come from a folder outside the story\'s', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'news60-allowed-'));
    cpSync(path.join(CORPUS, 'good.jpg'), path.join(outside, 'photo.jpg'));
    const story = path.join(dir, 'allowed.json');
    writeFileSync(story, JSON.stringify({ headline: 'Council opens the new bridge', durationSeconds: 12, image: { src: path.relative(dir, path.join(outside, 'photo.jpg')), credit: 'A', alt: 'B' } }));
    expect((await run('validate', story)).code).toBe(2);
    expect((await run('validate', story, '--allow-path', outside)).code).toBe(0);
  });
});

describe('awkward media that is handled', () => {
  it.each([
    ['cmyk-photo.json', 'a CMYK JPEG'],
    ['sixteen-bit-photo.json', 'a 16-bit PNG'],
    ['animated-photo.json', 'an animated GIF (its first frame)'],
    ['exif-rotated-photo.json', 'a JPEG turned by its EXIF orientation'],
    ['url-good.json', 'a photo from a URL'],
  ])('%s: %s becomes an 8-bit sRGB backdrop of the format\'s size', async (file) => {
    const story = path.join(dir, file);
    expect((await run('validate', story)).code).toBe(0);
    const loaded = await loadStory(story);
    if (!loaded.ok) throw new Error('expected a valid story');
    const publicDir = mkdtempSync(path.join(os.tmpdir(), 'news60-public-'));
    const visuals = await prepareVisuals(loaded.loaded, 'vertical', publicDir);
    const meta = await sharp(path.join(publicDir, visuals.backdrop)).metadata();
    expect(meta).toMatchObject({ width: 1080, height: 1920, space: 'srgb', depth: 'uchar', channels: 3 });
    expect(meta.pages ?? 1).toBe(1);
  });

  it('keeps script-like text literally', async () => {
    const loaded = await loadStory(path.join(dir, 'script-text.json'));
    expect(loaded.ok && loaded.loaded.story.headline).toBe('<script>alert("x")</script> & <b>not bold</b>');
    expect((await run('validate', path.join(dir, 'script-text.json'))).code).toBe(0);
  });
});
