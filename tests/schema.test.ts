import { describe, expect, it } from 'vitest';
import { loadStory, validateStory } from '../src/story/load';
import { formatPath } from '../src/story/problems';
import { storyId } from '../src/story/slug';
import { ThemeSchema } from '../src/theme/schema';
import { contrastRatio } from '../src/theme/contrast';

const problemsOf = (json: unknown) => {
  const result = validateStory('story.json', json);
  return result.ok ? [] : result.problems.map((problem) => `${problem.path}: ${problem.message}`);
};

describe('story schema', () => {
  it.each([
    ['line breaks and tabs become single spaces', 'Bridge\n\topens\r\nat last', 'Bridge opens at last'],
    ['HTML and script-like text is kept literally', '<script>alert("x")</script> & <b>bold</b>', '<script>alert("x")</script> & <b>bold</b>'],
    ['right-to-left marks are allowed', 'قال \u200Fالمتحدث', 'قال \u200Fالمتحدث'],
    ['emoji (surrogate pairs) are allowed', 'Bridge opens 🎉', 'Bridge opens 🎉'],
  ])('text: %s', (_name, headline, expected) => {
    const result = validateStory('story.json', { headline });
    expect(result.ok && result.story.headline).toBe(expected);
  });

  it('accepts a story with only a headline and applies the defaults', () => {
    const result = validateStory('story.json', { headline: 'Bridge opens' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.story).toMatchObject({ headline: 'Bridge opens', locale: 'en-GB', quotes: [], figures: [], durationSeconds: 60 });
  });

  it.each([
    ['missing headline', {}, ['headline: required']],
    ['headline of the wrong type', { headline: 42 }, ['headline: must be text']],
    ['empty headline', { headline: '   ' }, ['headline: must not be empty']],
    ['quote without speaker', { headline: 'H', quotes: [{ text: 'a' }, { text: 'b', speaker: 'C' }, { text: 'c' }] }, ['quotes[0].speaker: required', 'quotes[2].speaker: required']],
    ['figure value as text', { headline: 'H', figures: [{ value: '10', label: 'dead' }] }, ['figures[0].value: must be a number']],
    ['unknown approximation', { headline: 'H', figures: [{ value: 1, label: 'x', approx: 'roughly' }] }, ['figures[0].approx: must be one of: about, almost, at least, fewer than, more than, nearly, over, up to']],
    ['image without credit', { headline: 'H', image: { src: 'a.jpg', alt: 'A photo' } }, ['image.credit: required']],
    ['focus outside the photo', { headline: 'H', image: { src: 'a.jpg', alt: 'A', credit: 'B', focus: { x: 2, y: 0.5 } } }, ['image.focus.x: must be from 0 to 1']],
    ['misspelt field', { headline: 'H', standfrist: 'x' }, ['standfrist: unknown field: check its spelling against the story format in README.md']],
    ['bad id', { headline: 'H', id: 'Not A Slug' }, ['id: must be a slug: lower-case letters, digits and single hyphens']],
    ['bad date', { headline: 'H', published: 'yesterday' }, ['published: must be an ISO date such as 2022-12-02 or 2022-12-02T09:30:00Z']],
    ['bad locale', { headline: 'H', locale: 'not a locale' }, ['locale: must be a BCP 47 language tag such as en-GB or fr-FR']],
    ['fractional duration', { headline: 'H', durationSeconds: 59.5 }, ['durationSeconds: must be a whole number of seconds']],
    ['duration too short', { headline: 'H', durationSeconds: 2 }, ['durationSeconds: must be from 5 to 180']],
    ['figure value not finite', { headline: 'H', figures: [{ value: Infinity, label: 'x' }] }, ['figures[0].value: must be a number']],
    ['headline too long', { headline: 'x'.repeat(111) }, ['headline: is too long: at most 110 characters']],
    ['quotes not a list', { headline: 'H', quotes: { text: 'a' } }, ['quotes: must be a list']],
    ['control character in a quote', { headline: 'H', quotes: [{ text: 'Ring\u0007ring', speaker: 'A' }] }, ['quotes[0].text: contains the invisible control character U+0007 at character 5; remove it']],
    ['bidi override in a speaker', { headline: 'H', quotes: [{ text: 'Yes.', speaker: 'Ann \u202Eeb' }] }, ['quotes[0].speaker: contains the invisible bidi control U+202E at character 5, which reorders the text on screen; remove it']],
    ['bidi isolate in the headline', { headline: 'A \u2066b\u2069' }, ['headline: contains the invisible bidi control U+2066 at character 3, which reorders the text on screen; remove it']],
    ['lone surrogate in a label', { headline: 'H', figures: [{ value: 1, label: 'x \uDC00' }] }, ['figures[0].label: contains a broken character (a lone U+DC00) at character 3; copy the text again from its source']],
    ['C1 control in the standfirst', { headline: 'H', standfirst: 'a\u0085b' }, ['standfirst: contains the invisible control character U+0085 at character 2; remove it']],
    ['low-contrast theme', { headline: 'H', theme: { colors: { text: '#777777', background: '#808080' } } }, ['theme.colors.text: contrast of text #777777 on background #808080 is 1.13:1, below 4.5:1 (WCAG AA); pick a lighter or darker colour']],
  ])('%s', (_name, json, expected) => {
    expect(problemsOf(json)).toEqual(expected);
  });

  it('reports a file that does not exist, a folder, and a file that is not JSON', async () => {
    const missing = await loadStory('no/such/story.json');
    expect(missing).toEqual({ ok: false, problems: [{ file: 'no/such/story.json', path: '', message: 'file not found' }] });
    const folder = await loadStory('assets/stories');
    expect(folder).toEqual({ ok: false, problems: [{ file: 'assets/stories', path: '', message: 'is a folder, not a story file' }] });
    const notJson = await loadStory('README.md');
    expect(notJson.ok).toBe(false);
    expect(!notJson.ok && notJson.problems[0]!.message).toMatch(/^is not valid JSON: /);
  });

  it('loads every sample story', async () => {
    const result = await loadStory('assets/stories/kremlin-rejects-biden-terms.json');
    expect(result.ok).toBe(true);
  });
});

describe('field paths', () => {
  it.each([
    [['headline'], 'headline'],
    [['quotes', 2, 'speaker'], 'quotes[2].speaker'],
    [['theme', 'colors', 'text'], 'theme.colors.text'],
    [['narration', 0], 'narration[0]'],
  ])('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('story id', () => {
  it.each([
    [{ headline: "Kremlin rejects Biden's terms", published: '2022-12-02' }, '2022-12-02-kremlin-rejects-bidens-terms'],
    [{ headline: 'Café reopens after flood' }, 'cafe-reopens-after-flood'],
    [{ headline: 'x', id: 'my-own-id' }, 'my-own-id'],
  ])('%j → %s', (story, expected) => {
    expect(storyId(story)).toBe(expected);
  });

  it('gives a headline without Latin letters a stable id', () => {
    expect(storyId({ headline: '東京で地震' })).toMatch(/^story-[0-9a-f]{8}$/);
    expect(storyId({ headline: '東京で地震' })).toBe(storyId({ headline: '東京で地震' }));
  });
});

describe('theme contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio({ r: 0, g: 0, b: 0 }, { r: 255, g: 255, b: 255 })).toBeCloseTo(21, 5);
    expect(contrastRatio({ r: 118, g: 118, b: 118 }, { r: 255, g: 255, b: 255 })).toBeCloseTo(4.54, 2);
  });

  it('accepts the default theme and rejects a translucent caption box that fails on a light photo', () => {
    expect(ThemeSchema.safeParse({}).success).toBe(true);
    const result = ThemeSchema.safeParse({ colors: { captionBackground: 'rgba(0, 0, 0, 0.2)' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['colors', 'captionText']);
  });
});
