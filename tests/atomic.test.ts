import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDir, writeAllAtomically } from '../src/render/atomic';

describe('writing outputs', () => {
  it('puts every file in place when all writes succeed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'news60-atomic-'));
    await writeAllAtomically([
      { path: path.join(dir, 'a.srt'), write: (temporary) => writeFile(temporary, 'A') },
      { path: path.join(dir, 'a.vtt'), write: (temporary) => writeFile(temporary, 'B') },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['a.srt', 'a.vtt']);
  });

  it('leaves earlier outputs untouched and no temporary file when a write fails', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'news60-atomic-'));
    writeFileSync(path.join(dir, 'a.srt'), 'good old captions');
    await expect(
      writeAllAtomically([
        { path: path.join(dir, 'a.srt'), write: (temporary) => writeFile(temporary, 'new') },
        { path: path.join(dir, 'a.mp4'), write: async () => Promise.reject(new Error('render failed')) },
      ]),
    ).rejects.toThrow('render failed');
    expect(readdirSync(dir)).toEqual(['a.srt']);
    expect(readFileSync(path.join(dir, 'a.srt'), 'utf8')).toBe('good old captions');
    expect(existsSync(path.join(dir, 'a.mp4'))).toBe(false);
  });

  it('says plainly when the disk is full, and leaves nothing behind', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'news60-atomic-'));
    // Writing to /dev/full fails as a full disk does (ENOSPC).
    await expect(
      writeAllAtomically([{ path: path.join(dir, 'a.mp4'), write: (temporary) => writeFile(temporary, 'x').then(() => writeFile('/dev/full', 'frames')) }]),
    ).rejects.toThrow(/no space left on the disk for the outputs in .*; free some space and render again/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('makes folders level by level, and fails at once where Node would hang (/proc)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'news60-atomic-'));
    await ensureDir(path.join(dir, 'a', 'b', 'c'));
    expect(existsSync(path.join(dir, 'a', 'b', 'c'))).toBe(true);
    await ensureDir(path.join(dir, 'a', 'b', 'c'));
    await expect(ensureDir('/proc/news60-out/x')).rejects.toMatchObject({ code: 'ENOENT' });
    writeFileSync(path.join(dir, 'file'), '');
    await expect(ensureDir(path.join(dir, 'file', 'x'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});
