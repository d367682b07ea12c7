import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { readArticleFile } from '../src/cli/draft';
import { draftStory } from '../src/draft/draft';
import { PROJECT_ROOT } from '../src/render/project';
import { captureStream } from './helpers';

/**
 * `news60 draft`: article → story file. Six articles written for these tests (our own sentences,
 * in the shape of a real news page: its furniture, quoting and attribution styles, figures), in
 * plain text and HTML, one in French; and, when it is there, the real article kept outside the
 * project in ../shared/articles/.
 */
const ARTICLES = path.join('tests', 'fixtures', 'articles');
const SHARED = path.resolve(PROJECT_ROOT, '..', 'shared', 'articles', 'journal-2022-12-02-kremlin.txt');

type Expected = {
  headline: string;
  published: string;
  locale: string;
  speakers: Array<[string, string | null]>;
  figures: Array<[number, RegExp]>;
  furniture: string[];
  credit?: string;
};

const EXPECTED: Record<string, Expected> = {
  'council-bridge.txt': {
    headline: 'Council approves second bridge over the Avon after decade of delays',
    published: '2024-03-14',
    locale: 'en-GB',
    speakers: [['Maria Lopez', 'Council leader'], ['Tom Reed', 'Chair of the Avon Valley Trust']],
    figures: [[24000, /vehicles/]],
    furniture: ['Advertisement', 'Readers like you', 'give what you can', 'Comments', 'Stay civil'],
    credit: 'Ciara Dunne',
  },
  'hospital-strike.html': {
    headline: "Nurses at St Brigid's walk out over staffing as 300 operations are cancelled",
    published: '2024-02-06',
    locale: 'en-GB',
    speakers: [['Orla Quinn', "Union's regional organiser"], ['Declan Moore', 'Hospital chief executive']],
    figures: [[300, /operations cancelled/], [45, /clinics closed/]],
    furniture: ['cookies', 'Accept all', 'Share on Facebook', 'newsletter', 'Great to see them', 'Advertisement'],
    credit: 'Liam Farrell/Herald',
  },
  'flood-warning.txt': {
    headline: 'Orange rain warning for 14 counties as Storm Nessa approaches',
    published: '2023-11-09',
    locale: 'en-GB',
    speakers: [['Anna Byrne', 'Forecaster with the national weather service']],
    figures: [[40, /roads closed/], [6000, /sandbags/]],
    furniture: ['Advertisement', 'Share this article', 'Facebook'],
  },
  'election-count.html': {
    headline: 'Recount ordered in Ballymore as two candidates finish nine votes apart',
    published: '2024-06-10',
    locale: 'en-GB',
    speakers: [['Sarah Walsh', 'Independent candidate'], ['Conor Hayes', 'Civic Alliance']],
    figures: [[3000, /ballots spoiled/]],
    furniture: ['Advertisement', 'Become a member', 'Recount everything', 'Western Chronicle'],
  },
  'incendie-forets.txt': {
    headline: 'Incendie dans les Landes : plus de 1 200 pompiers mobilisés',
    published: '2025-08-12',
    locale: 'fr-FR',
    speakers: [['Jean Morel', 'Préfet'], ['Claire Dubois', 'Maire de Sabres']],
    figures: [[2000, /habitants évacués/], [1200, /pompiers/]],
    furniture: ['Publicité', 'Partager', 'Commentaires'],
  },
  'transport-fares.txt': {
    headline: 'Bus and rail fares to fall by 20% from September',
    published: '2025-07-03',
    locale: 'en-GB',
    speakers: [['Aoife Kelly', 'Transport Minister'], ['Máire Ní Bhriain', 'Rural Transport Alliance']],
    figures: [[4_200_000, /journeys/]],
    furniture: ['Advertisement', 'Sign up', 'Comments'],
  },
};

async function draftOf(file: string) {
  return draftStory(await readArticleFile(file));
}

describe('news60 draft on articles written for the tests', () => {
  it('has at least six articles, in text and HTML and another language', () => {
    const files = readdirSync(ARTICLES);
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(files.some((file) => file.endsWith('.html'))).toBe(true);
    expect(files.some((file) => file.endsWith('.txt'))).toBe(true);
    expect(Object.values(EXPECTED).some((expected) => expected.locale !== 'en-GB')).toBe(true);
  });

  it.each(Object.entries(EXPECTED))('%s: headline, date, speakers, figures, and no page furniture', async (file, expected) => {
    const { story, article } = await draftOf(path.join(ARTICLES, file));
    expect(story.headline).toBe(expected.headline);
    expect(story.published).toBe(expected.published);
    expect(story.locale).toBe(expected.locale);
    for (const [speaker, role] of expected.speakers) {
      const quote = story.quotes.find((candidate) => candidate.speaker === speaker);
      expect(quote, `a quote by ${speaker}`).toBeDefined();
      expect(quote?.role ?? null).toBe(role);
    }
    for (const [value, label] of expected.figures) {
      expect(story.figures.some((figure) => figure.value === value && label.test(figure.label)), `figure ${value} ${label}`).toBe(true);
    }
    const json = JSON.stringify(story);
    for (const furniture of expected.furniture) expect(json).not.toContain(furniture === 'Comments' ? 'Comments' : furniture);
    if (expected.credit) expect(article.photoCredit).toBe(expected.credit);
  });

  it('quotes are the words only: no quotation marks, ending as sentences', async () => {
    for (const file of Object.keys(EXPECTED)) {
      const { story } = await draftOf(path.join(ARTICLES, file));
      for (const quote of story.quotes) {
        expect(quote.text).not.toMatch(/^[“"«„‘]|[”"»“’]$/);
        expect(quote.text).toMatch(/[.!?…]$/);
      }
    }
  });

  it('writes a story file that validates without --fit, and every draft renders', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'news60-drafts-'));
    const stories: string[] = [];
    for (const file of Object.keys(EXPECTED)) {
      const out = path.join(dir, `${path.parse(file).name}.json`);
      const stderr = captureStream();
      const code = await main(['draft', path.join(ARTICLES, file), '--out', out], { stdout: captureStream(), stderr });
      expect(code).toBe(0);
      expect(stderr.text()).toMatch(/headline {4}.+\n/);
      const validated = await main(['validate', out], { stdout: captureStream(), stderr: captureStream() });
      expect(validated).toBe(0);
      stories.push(out);
    }
    // One run renders all six as quick drafts (half size, 15 fps) in one browser.
    const rendered = spawnSync(process.execPath, ['scripts/news60.mjs', 'render', ...stories, '--draft', '--out', path.join(dir, 'out')], { encoding: 'utf8', timeout: 420_000 });
    expect(rendered.stderr).not.toMatch(/failed|Error/);
    expect(rendered.status).toBe(0);
    expect(readdirSync(path.join(dir, 'out')).filter((name) => name.endsWith('.draft.mp4'))).toHaveLength(6);
  }, 480_000);

  it('reads an article from a URL through the safe fetcher', async () => {
    const html = readFileSync(path.join(ARTICLES, 'hospital-strike.html'));
    const server = http.createServer((request, response) => {
      if (request.url === '/news/strike') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      else if (request.url === '/photo.jpg') response.writeHead(200, { 'content-type': 'image/jpeg' }).end('not an article');
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const stdout = captureStream();
      expect(await main(['draft', `${base}/news/strike`], { stdout, stderr: captureStream() })).toBe(0);
      expect(JSON.parse(stdout.text()).headline).toBe(EXPECTED['hospital-strike.html']!.headline);
      const stderr = captureStream();
      expect(await main(['draft', `${base}/photo.jpg`], { stdout: captureStream(), stderr })).toBe(2);
      expect(stderr.text()).toContain('is "image/jpeg", not a text file');
    } finally {
      server.close();
    }
  });

  it('bad article input: exit 2 with one line', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'news60-draft-bad-'));
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    const headless = path.join(dir, 'no-headline.txt');
    writeFileSync(headless, 'advertisement\n\nshare\n');
    for (const [file, message] of [
      [path.join(dir, 'missing.txt'), 'file not found'],
      [empty, 'is empty'],
      [headless, 'no headline found'],
    ] as const) {
      const stderr = captureStream();
      expect(await main(['draft', file], { stdout: captureStream(), stderr })).toBe(2);
      expect(stderr.text()).toContain(message);
    }
  });
});

describe.skipIf(!existsSync(SHARED))('news60 draft on the real article in ../shared/articles (kept outside the project)', () => {
  it('finds its headline, drops its furniture, and finds the Peskov and Biden quotes and the casualty figures', async () => {
    const { story, article } = await draftOf(SHARED);
    expect(story.headline).toBe(readFileSync(SHARED, 'utf8').split('\n').find((line) => line.startsWith('Kremlin rejects'))!.trim());
    const json = JSON.stringify(story);
    for (const furniture of ['Advertisement', 'We need your help', 'readers like you', 'contribute what you can', 'Comments', 'Stay civil']) expect(json).not.toContain(furniture);
    expect(article.furniture).toContain('the comments');
    expect(story.quotes.find((quote) => quote.speaker === 'Dmitry Peskov')?.role).toBe('Kremlin spokesman');
    expect(story.quotes.find((quote) => quote.speaker === 'Joe Biden')?.text).toMatch(/^I’m prepared to speak with Putin/);
    expect(story.figures.some((figure) => figure.value >= 10_000 && figure.value <= 13_000 && /soldiers killed/.test(figure.label))).toBe(true);
    expect(story.figures.some((figure) => figure.value === 6655 && /civilians killed/.test(figure.label))).toBe(true);
    expect(article.photoCredit).toBe('Andrew Harnik');
    expect(story.published).toBe('2022-12-02');
  });
});
