/**
 * W2 in a fresh process so its peak RSS is its own: reads a protobuf request from the file given as the
 * first argument and runs it once through forward() (decode → translate → encode → snappy, batches to a
 * destination that accepts at once), then prints JSON figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { forward } from '../lambda/forward.js';
import { loadConfig } from '../lambda/config.js';

const file = process.argv[2];
if (!file) throw new Error('usage: w2-child <request.pb>');
const body = readFileSync(file);
const rssBefore = process.memoryUsage().rss;
let bytesOut = 0;
const t0 = performance.now();
await forward(
  {
    body,
    contentType: 'application/x-protobuf',
    contentEncoding: undefined,
    arrivedAt: Date.now(),
    deadline: Date.now() + 600_000,
  },
  {
    config: { ...loadConfig({ MAX_BODY_BYTES: String(64 * 1024 * 1024) }), maxDecodedValues: Infinity },
    send: (compressed) => {
      bytesOut += compressed.length;
      return Promise.resolve({ status: 'success', httpStatus: 204 });
    },
  },
);
const ms = performance.now() - t0;
process.stdout.write(
  JSON.stringify({ ms, bytesIn: body.length, bytesOut, rssBeforeBytes: rssBefore, peakRssBytes: peakRss() }),
);

/**
 * This process's peak RSS. On Linux from /proc (VmHWM): getrusage's maxRSS survives exec, so a child
 * forked from a large parent reports at least the parent's RSS at fork time.
 */
function peakRss(): number {
  if (existsSync('/proc/self/status')) {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm?.[1]) return Number(hwm[1]) * 1024;
  }
  return process.resourceUsage().maxRSS * 1024;
}
