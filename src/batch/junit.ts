import type { BatchReport } from './run';

const escape = (text: string) =>
  text.replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/**
 * The batch as JUnit XML, which CI systems show as test results: one test case per story, a
 * failure with its reason, skipped when its outputs were up to date.
 */
export function junitXml(report: BatchReport): string {
  const cases = report.stories.map((story) => {
    const name = escape(story.id ?? story.file);
    const attributes = `classname="news60.batch" name="${name}" file="${escape(story.file)}" time="${story.seconds.toFixed(2)}"`;
    if (story.status === 'failed') {
      const message = escape(story.error ?? 'failed');
      return `    <testcase ${attributes}>\n      <failure message="${escape((story.error ?? 'failed').split('\n')[0]!)}">${message}</failure>\n    </testcase>`;
    }
    if (story.status === 'skipped') return `    <testcase ${attributes}>\n      <skipped message="up to date"/>\n    </testcase>`;
    return `    <testcase ${attributes}/>`;
  });
  const { rendered, skipped, failed } = report.counts;
  const total = rendered + skipped + failed;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="news60" tests="${total}" failures="${failed}" skipped="${skipped}" time="${report.seconds.toFixed(2)}">`,
    `  <testsuite name="news60 batch${report.shard ? ` shard ${report.shard}` : ''}" tests="${total}" failures="${failed}" skipped="${skipped}" time="${report.seconds.toFixed(2)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
