import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAllAtomically } from '../src/render/atomic';

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
});
