// webvtt-parser ships no types. This covers only what the tests call, as its parser.js (2.2.0)
// defines it. It is CommonJS that sets its exports inside a function, so Node's ESM loader sees
// only a default export: `import { WebVTTParser } from 'webvtt-parser'` fails at run time.
declare module 'webvtt-parser' {
  /** A node of a cue's text: plain text, a tag such as <i> with its children, or a timestamp. */
  type WebVTTNode =
    | { type: 'text'; value: string }
    | { type: 'object'; name: string; classes: string[]; value?: string; children: WebVTTNode[] }
    | { type: 'timestamp'; value: number };

  type WebVTTCue = {
    id: string;
    /** Seconds. */
    startTime: number;
    /** Seconds. */
    endTime: number;
    /** The cue's text as written in the file, escapes and tags included. */
    text: string;
    tree: { children: WebVTTNode[] };
  };

  type WebVTTParseResult = {
    cues: WebVTTCue[];
    errors: { message: string; line: number; col?: number }[];
    styles: string[];
    time: number;
  };

  class WebVTTParser {
    /** `entities` maps `&name` and `&name;` to text; without it only a few are known. */
    constructor(entities?: Record<string, string>);
    parse(input: string, mode?: 'subtitles' | 'chapters' | 'metadata'): WebVTTParseResult;
  }

  const webvtt: { WebVTTParser: typeof WebVTTParser };
  export default webvtt;
}
