/**
 * Files the inspect page loads, all served by the forwarder itself (the page fetches nothing from
 * elsewhere): uPlot's browser build from node_modules, and the page's own script. Read on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CLIENT_SCRIPT } from './client-script.js';

export interface Asset {
  readonly contentType: string;
  readonly body: Buffer;
}

const require = createRequire(import.meta.url);
const files: Readonly<Record<string, { readonly contentType: string; readonly load: () => Buffer }>> = {
  '/assets/uplot.min.js': {
    contentType: 'text/javascript; charset=utf-8',
    load: () => readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js')),
  },
  '/assets/uplot.min.css': {
    contentType: 'text/css; charset=utf-8',
    load: () => readFileSync(require.resolve('uplot/dist/uPlot.min.css')),
  },
  '/assets/inspect.js': {
    contentType: 'text/javascript; charset=utf-8',
    load: () => Buffer.from(CLIENT_SCRIPT),
  },
};
const loaded = new Map<string, Asset>();

/**
 * The asset at `path`, or undefined when there is none.
 * @throws when uplot is not installed (`npm install`).
 */
export function asset(path: string): Asset | undefined {
  const file = Object.hasOwn(files, path) ? files[path] : undefined;
  if (file === undefined) return undefined;
  let found = loaded.get(path);
  if (found === undefined) {
    found = { contentType: file.contentType, body: file.load() };
    loaded.set(path, found);
  }
  return found;
}
