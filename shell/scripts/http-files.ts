/**
 * What DigiOne's small Node servers of built files share (the production portal of the tests, an
 * iframe app's built page, the benchmark's sites): content types by extension, listening on a free
 * port, and stopping.
 */
import type { Server } from 'node:http';
import { extname } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // An app's TypeScript entry, bundled when asked for, is JavaScript to the browser.
  '.ts': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The Content-Type of a file (or of a path's extension, `.json`). */
export function contentType(file: string): string {
  return TYPES[extname(file) || file] ?? 'application/octet-stream';
}

/** Listens on `host` (default 127.0.0.1) and `port` (default 0, a free one); resolves to the origin. */
export async function listen(server: Server, host = '127.0.0.1', port = 0): Promise<string> {
  await new Promise<void>((done) => server.listen(port, host, done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The server did not listen.');
  return `http://${host}:${String(address.port)}`;
}

/** Stops the server, closing its open connections (browsers keep them alive). */
export function stopServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done, fail) => {
    server.close((error) => {
      if (error) fail(error);
      else done();
    });
  });
}
