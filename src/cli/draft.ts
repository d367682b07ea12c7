import { readFile } from 'node:fs/promises';
import { textBlocks, type ArticleBlocks } from '../draft/blocks';
import { htmlBlocks } from '../draft/html';
import { InputError } from '../render/errors';
import { fetchMedia } from '../render/fetch';
import { isWebUrl } from '../render/media';

/** Largest article read from a file. */
const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Reads an article from a file or an http(s) URL (through the same safe fetcher as media), as blocks. */
export async function readArticleFile(source: string): Promise<ArticleBlocks> {
  let bytes: Buffer;
  if (isWebUrl(source)) {
    bytes = await fetchMedia('article', source);
  } else {
    try {
      bytes = await readFile(source);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(`${source}: ${code === 'ENOENT' ? 'file not found' : `cannot be read (${code})`}`);
    }
    if (bytes.length > MAX_ARTICLE_BYTES) throw new InputError(`${source}: more than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB; is it an article?`);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (!text.trim()) throw new InputError(`${source}: is empty`);
  return /\.html?$/i.test(source) || /<(html|body|article|p|h1)[\s>]/i.test(text.slice(0, 5000)) ? htmlBlocks(text) : textBlocks(text);
}
