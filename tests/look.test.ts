import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseBrowser } from '../src/render/browser';
import { getBundle } from '../src/render/bundle';
import { renderPlain } from '../src/render/plain-render';
import { loadStory } from '../src/story/load';
import { difference, frameAt } from './pixels';

/**
 * Reusing still frames must not change the look: the optimised render and a plain
 * `renderMedia` of the same composition are compared frame by frame at the moments that
 * matter: inside each entrance, at the first and last frame of every still stretch, and on
 * both sides of every caption change (where a frame out of place would show).
 */
const STORY = 'tests/fixtures/short-story.json';
const out = mkdtempSync(path.join(os.tmpdir(), 'news60-look-'));
const plainVideo = path.join(out, 'plain.mp4');
const ourVideo = path.join(out, 'short-test-story-vertical.mp4');
let manifest: {
  fps: number;
  durationInFrames: number;
  timeline: Array<{ id: string; motion: Array<{ startFrame: number; durationInFrames: number; moving: boolean }> }>;
  formats: { vertical: { cues: Array<{ startFrame: number; endFrame: number }>; paintedFrames: number } };
};

beforeAll(async () => {
  const ours = spawnSync(process.execPath, ['scripts/news60.mjs', 'render', STORY, '--out', out], { encoding: 'utf8', timeout: 240_000 });
  if (ours.status !== 0) throw new Error(`render failed: ${ours.stderr}`);
  manifest = JSON.parse(readFileSync(path.join(out, 'short-test-story.manifest.json'), 'utf8')) as typeof manifest;
  const loaded = await loadStory(STORY);
  if (!loaded.ok) throw new Error('the fixture story is invalid');
  const bundle = await getBundle();
  await renderPlain({ loaded: loaded.loaded, format: 'vertical', serveUrl: bundle.serveUrl, browserExecutable: chooseBrowser(undefined).executable, output: plainVideo });
}, 400_000);

/** The frames to compare, each with why it was chosen. */
function framesToCompare(): Array<{ frame: number; why: string }> {
  const last = manifest.durationInFrames - 1;
  const picks: Array<{ frame: number; why: string }> = [];
  for (const segment of manifest.timeline) {
    for (const range of segment.motion) {
      const end = range.startFrame + range.durationInFrames - 1;
      if (range.moving) picks.push({ frame: range.startFrame + Math.floor(range.durationInFrames / 2), why: `${segment.id} entering` });
      else picks.push({ frame: range.startFrame, why: `${segment.id} first still frame` }, { frame: end, why: `${segment.id} last still frame` });
    }
  }
  for (const cue of manifest.formats.vertical.cues) {
    picks.push({ frame: cue.startFrame - 1, why: 'just before a caption' }, { frame: cue.startFrame, why: 'a caption appears' });
    picks.push({ frame: cue.endFrame - 1, why: 'last frame of a caption' }, { frame: cue.endFrame, why: 'just after a caption' });
  }
  const seen = new Set<number>();
  return picks.filter(({ frame }) => frame >= 0 && frame <= last && !seen.has(frame) && seen.add(frame));
}

describe('the optimised render looks like a plain renderMedia', () => {
  it('paints far fewer frames than it shows', () => {
    expect(manifest.formats.vertical.paintedFrames).toBeLessThan(manifest.durationInFrames / 2);
  });

  it('matches the plain render within encoding noise at every chosen frame', () => {
    const frames = framesToCompare();
    expect(frames.length).toBeGreaterThanOrEqual(12);
    const far: string[] = [];
    for (const { frame, why } of frames) {
      const d = difference(frameAt(ourVideo, frame, manifest.fps, 1080, 1920), frameAt(plainVideo, frame, manifest.fps, 1080, 1920));
      // Measured: about 1 level on average and under 0.05% of pixels past 32 levels (JPEG and
      // x264 noise). A frame out of place or a wrong still frame moves text: several percent.
      if (d.mean > 2.5 || d.changed > 0.002) far.push(`frame ${frame} (${why}): mean ${d.mean.toFixed(2)}, ${(d.changed * 100).toFixed(2)}% of pixels changed`);
    }
    expect(far).toEqual([]);
  });

  it('would notice a frame out of place', () => {
    // The test's own check: a moving frame against its neighbour is far apart.
    const entering = framesToCompare().find(({ why }) => why.endsWith('entering'))!;
    const d = difference(frameAt(ourVideo, entering.frame, manifest.fps, 1080, 1920), frameAt(plainVideo, entering.frame + 1, manifest.fps, 1080, 1920));
    expect(d.mean > 2.5 || d.changed > 0.002).toBe(true);
  });
});
