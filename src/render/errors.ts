/** Bad input or usage: the user can fix it. Exit code 2; no output is written. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The input was fine but a render failed. Exit code 1. */
export class RenderFailure extends Error {
  override name = 'RenderFailure';
}

export const EXIT_OK = 0;
export const EXIT_RENDER_FAILED = 1;
export const EXIT_BAD_INPUT = 2;
