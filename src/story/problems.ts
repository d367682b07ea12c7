import type { z } from 'zod';

/** One thing wrong with an input file, said so that an editor can fix it. */
export type Problem = {
  readonly file: string;
  /** Field path such as `quotes[2].speaker`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
};

/** `['quotes', 2, 'speaker']` → `quotes[2].speaker`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      return index === 0 ? String(key) : `.${String(key)}`;
    })
    .join('');
}

/** Zod issues → problems, one per field, with unknown keys named one by one. */
export function problemsFromZod(file: string, error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        path: formatPath([...path, key]),
        message: 'unknown field: check its spelling against the story format in README.md',
      }));
    }
    return [{ file, path: formatPath(path), message: issue.message }];
  });
}

/** `story.json: quotes[2].speaker: required` */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.file}: ${problem.path}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}
