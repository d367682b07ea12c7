import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomically } from './atomic';
import { InputError } from './errors';
import { PROJECT_ROOT } from './project';

/** What a story field holds, and so what a download must be. */
export type MediaKind = 'image' | 'audio' | 'text';

/** Largest download of each kind, in bytes (NEWS60_FETCH_MAX_MB overrides all three). */
const MAX_BYTES: Record<MediaKind, number> = { image: 50 * 1024 * 1024, audio: 100 * 1024 * 1024, text: 1024 * 1024 };
/** Longest a whole download may take (NEWS60_FETCH_TIMEOUT_MS overrides). */
const TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 3;
const CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'news60', 'media');

const limitBytes = (kind: MediaKind) => (process.env.NEWS60_FETCH_MAX_MB ? Number(process.env.NEWS60_FETCH_MAX_MB) * 1024 * 1024 : MAX_BYTES[kind]);
const timeoutMs = () => Number(process.env.NEWS60_FETCH_TIMEOUT_MS ?? TIMEOUT_MS);

/** The field a story names a file in decides what the file must be. */
export const kindOfField = (field: string): MediaKind =>
  field === 'voiceover.transcript' || field === 'article' ? 'text' : field === 'voiceover.src' || field === 'music.src' ? 'audio' : 'image';

/** File types recognised by their first bytes. */
export function sniff(bytes: Uint8Array): { readonly kind: MediaKind; readonly type: string } | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { kind: 'image', type: 'jpeg' };
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return { kind: 'image', type: 'png' };
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return { kind: 'image', type: 'webp' };
  if (ascii(0, 4) === 'GIF8') return { kind: 'image', type: 'gif' };
  if (ascii(4, 8) === 'ftyp' && /^(avif|avis|heic|heix|mif1)$/.test(ascii(8, 12))) return { kind: 'image', type: 'avif' };
  if (ascii(4, 8) === 'ftyp') return { kind: 'audio', type: 'm4a' };
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return { kind: 'audio', type: 'wav' };
  if (ascii(0, 3) === 'ID3' || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return { kind: 'audio', type: 'mp3' };
  if (ascii(0, 4) === 'OggS') return { kind: 'audio', type: 'ogg' };
  if (ascii(0, 4) === 'fLaC') return { kind: 'audio', type: 'flac' };
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).trimStart();
  if (/^(<\?xml[^>]*>\s*)?<svg[\s>]/i.test(head)) return { kind: 'image', type: 'svg' };
  if (head.length > 0 && !head.includes('\uFFFD') && !/[\u0000-\u0008\u000E-\u001F]/.test(head)) return { kind: 'text', type: 'text' };
  return null;
}

/** Content types a server may send for each kind. */
function acceptable(kind: MediaKind, contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (kind === 'image') return type.startsWith('image/');
  if (kind === 'audio') return type.startsWith('audio/') || type === 'application/ogg' || type === 'video/mp4';
  return type.startsWith('text/') || type === 'application/json' || type === 'application/x-subrip';
}

const downloads = new Map<string, Promise<Buffer>>();

/**
 * Downloads a story's media from an http(s) URL, once per process: within a time limit and a
 * size limit, only the content types of the field's kind, the bytes checked to be what they
 * claim, redirects followed only on the same host. Kept in a cache keyed by URL and content
 * (node_modules/.cache/news60/media). Every refusal is an {@link InputError} naming the field and URL.
 */
export function fetchMedia(field: string, url: string): Promise<Buffer> {
  const key = `${kindOfField(field)} ${url}`;
  let download = downloads.get(key);
  if (!download) {
    download = fetchOnce(field, url, kindOfField(field));
    downloads.set(key, download);
    download.catch(() => downloads.delete(key));
  }
  return download;
}

async function fetchOnce(field: string, url: string, kind: MediaKind): Promise<Buffer> {
  const fail = (why: string, what = 'check the URL, or save the file beside the story file and give its name') => new InputError(`${field}: ${url}: ${why}; ${what}`);
  const limit = limitBytes(kind);
  const signal = AbortSignal.timeout(timeoutMs());
  let current = new URL(url);
  const origin = current.host;
  const cached = await cachedCopy(url);
  const headers: Record<string, string> = { 'user-agent': 'news60' };
  if (cached?.etag) headers['if-none-match'] = cached.etag;
  if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
  let response: Response;
  for (let redirects = 0; ; redirects += 1) {
    try {
      response = await fetch(current, { redirect: 'manual', signal, headers });
    } catch (error) {
      throw timedOut(error) ? fail(`no answer within ${timeoutMs() / 1000} s`) : fail(`cannot be downloaded (${causeOf(error)})`);
    }
    if (response.status === 304 && cached) {
      await response.body?.cancel();
      return cached.bytes;
    }
    if (response.status < 300 || response.status >= 400) break;
    const location = response.headers.get('location');
    await response.body?.cancel();
    if (!location) throw fail(`redirects (${response.status}) without saying where`);
    const next = new URL(location, current);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw fail(`redirects to a ${next.protocol.slice(0, -1)}: URL, which is not allowed`);
    if (next.host !== origin) throw fail(`redirects to another host (${next.host}), which is not followed`, 'give the final URL if you trust it');
    if (redirects >= MAX_REDIRECTS) throw fail(`redirects more than ${MAX_REDIRECTS} times`);
    current = next;
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw fail(`the server answered ${response.status} ${response.statusText}`.trim());
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (!acceptable(kind, contentType)) {
    await response.body?.cancel();
    throw fail(`is ${contentType ? `"${contentType.split(';')[0]}"` : 'of no stated type'}, not ${kind === 'text' ? 'a text file' : `an ${kind}`}`);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) {
    await response.body?.cancel();
    throw fail(`is ${megabytes(declared)}, more than the ${megabytes(limit)} allowed`);
  }
  const bytes = await readLimited(response, limit, () => fail(`is more than the ${megabytes(limit)} allowed`), () => fail(`did not finish downloading within ${timeoutMs() / 1000} s`));
  if (bytes.length === 0) throw fail('is empty');
  const found = sniff(bytes);
  if (!found || found.kind !== kind) {
    throw fail(`is said to be "${contentType.split(';')[0]}" but its bytes are ${found ? `${found.kind === 'text' ? 'text' : `a ${found.type} file`}` : 'of no known kind'}`);
  }
  await keep(url, bytes, found.type, response.headers);
  return bytes;
}

async function readLimited(response: Response, limit: number, tooBig: () => Error, tooSlow: () => Error): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel();
        throw tooBig();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (timedOut(error)) throw tooSlow();
    throw error;
  }
  return Buffer.concat(chunks);
}

/**
 * The download, kept under a name made of its URL and its content, with a note (by URL) of which
 * file it is and the server's validators, so the next run asks "changed since?" and a 304 costs
 * no download.
 */
async function keep(url: string, bytes: Buffer, type: string, headers: Headers): Promise<void> {
  const file = `${hash(url)}-${hash(bytes)}.${type}`;
  await mkdir(CACHE_DIR, { recursive: true });
  await writeAtomically(path.join(CACHE_DIR, file), (temporary) => writeFile(temporary, bytes));
  const note = { url, file, etag: headers.get('etag'), lastModified: headers.get('last-modified') };
  await writeAtomically(path.join(CACHE_DIR, `${hash(url)}.json`), (temporary) => writeFile(temporary, JSON.stringify(note)));
}

/** What an earlier run kept of a URL, or null. */
async function cachedCopy(url: string): Promise<{ bytes: Buffer; etag: string | null; lastModified: string | null } | null> {
  try {
    const note = JSON.parse(await readFile(path.join(CACHE_DIR, `${hash(url)}.json`), 'utf8')) as { url: string; file: string; etag: string | null; lastModified: string | null };
    if (note.url !== url || (!note.etag && !note.lastModified)) return null;
    return { bytes: await readFile(path.join(CACHE_DIR, path.basename(note.file))), etag: note.etag, lastModified: note.lastModified };
  } catch {
    return null;
  }
}

const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const timedOut = (error: unknown) => error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
