// Webpack's import.meta.webpackContext, which Remotion's bundler resolves at build time.
interface WebpackContext {
  (key: string): unknown;
  keys(): string[];
}

interface ImportMeta {
  webpackContext(request: string, options: { recursive?: boolean; regExp?: RegExp; mode?: 'sync' | 'eager' | 'lazy' }): WebpackContext;
}
