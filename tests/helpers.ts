import { Writable } from 'node:stream';
import { StorySchema, type Story, type StoryInput } from '../src/story/schema';

/** A valid story with the fields a test cares about. */
export function makeStory(overrides: Partial<StoryInput> = {}): Story {
  return StorySchema.parse({ headline: 'Council approves new bridge over the river', ...overrides });
}

/** A stream that keeps what is written to it. */
export function captureStream(): Writable & { text: () => string; isTTY?: boolean } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  }) as Writable & { text: () => string; isTTY?: boolean };
  stream.text = () => chunks.join('');
  return stream;
}

export const quote = (text: string, speaker = 'Ada Lovelace', role?: string) => ({ text, speaker, ...(role ? { role } : {}) });
export const figure = (value: number, label: string) => ({ value, label });
