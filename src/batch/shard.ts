import { createHash } from 'node:crypto';

/** `--shard 2/4`: the second of four parts. */
export type Shard = { readonly index: number; readonly count: number };

/** "2/4" → { index: 2, count: 4 }; null when the text is not a shard. */
export function parseShard(text: string): Shard | null {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

/**
 * The stories of one shard. A story's shard depends only on its own path (a hash of it), so
 * adding a story to the day's folder never moves the others between CI jobs; all shards
 * together are the whole batch, each story in exactly one.
 */
export function inShard(relativePath: string, shard: Shard): boolean {
  const bucket = createHash('sha1').update(relativePath.split('\\').join('/')).digest().readUInt32BE(0) % shard.count;
  return bucket === shard.index - 1;
}
