/**
 * A stand-in for the CDN an operator serves education providers' own files from: JSON documents
 * by path on an origin of its own (127.0.0.1, a free port), readable from any portal (CORS), with
 * every request it answers recorded, so that a test can tell what the portal fetched and when.
 */
import { createServer } from 'node:http';
import { listen, stopServer } from '../../../shell/scripts/http-files.js';

export interface RunningCdn {
  readonly origin: string;
  /** The paths asked for, in order. */
  readonly requests: readonly string[];
  /** Serves `body` at `path` from now on; `undefined` answers 503 (the CDN failing). */
  set(path: string, body: unknown): void;
  stop(): Promise<void>;
}

export async function startCdn(files: Record<string, unknown> = {}): Promise<RunningCdn> {
  const served = new Map(Object.entries(files));
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://cdn.invalid').pathname;
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('cache-control', 'no-cache');
    if (req.method === 'OPTIONS') {
      res.end();
      return;
    }
    requests.push(path);
    const body = served.get(path);
    if (body === undefined) {
      res.statusCode = served.has(path) ? 503 : 404;
      res.end();
      return;
    }
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(body));
  });
  const origin = await listen(server, '127.0.0.1');
  return {
    origin,
    requests,
    set(path, body) {
      served.set(path, body);
    },
    stop: () => stopServer(server),
  };
}
