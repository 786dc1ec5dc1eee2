/**
 * The development server's Content-Security-Policy: the production policy (csp.ts) for the
 * deployment the server stands for, plus a fresh nonce in every response of the shell's page.
 * Vite adds its client script and, while developing, every stylesheet as `<style>` elements: with
 * `html.cspNonce` it marks each with the nonce it finds in the page, so nothing needs
 * 'unsafe-inline'. The page's nonce is a placeholder until this plugin writes the response.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { deploymentSources, policyHeaders, type Deployment } from './csp.js';

/** What Vite writes wherever the page's nonce goes; each response gets its own in its place. */
const NONCE_PLACEHOLDER = 'digione-dev-csp-nonce';

export interface DevelopmentCspOptions {
  /** The deployment this server stands for, asked for on every page (it may change while running). */
  readonly deployment: () => Omit<Deployment, 'portalOrigin' | 'allowLocalhost'>;
}

/** Whether a request asks for a page (the shell's index.html, possibly by the SPA fallback). */
function wantsPage(req: IncomingMessage): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
}

/**
 * The policy's headers of one response (the policy, and where it reports); a deployment that
 * cannot be read yet adds no origins and reports nowhere.
 */
function headersFor(
  options: DevelopmentCspOptions,
  origin: string,
  nonce: string,
): [string, string][] {
  try {
    const sources = deploymentSources({
      ...options.deployment(),
      portalOrigin: origin,
      allowLocalhost: true,
    });
    return policyHeaders({ ...sources, nonce });
  } catch {
    // The shell itself reports an unusable /config.json, in the person's language.
    return policyHeaders({ connect: [], modules: [], frames: [], nonce });
  }
}

/**
 * Writes the nonce into the page and the policy into its headers, just before Vite sends it; only
 * the shell's own page gets the policy (an app's page served by the same server is not the shell).
 */
function onPage(
  req: IncomingMessage,
  res: ServerResponse,
  headers: (nonce: string) => [string, string][],
): void {
  const nonce = randomBytes(18).toString('base64');
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    const [chunk] = args;
    const text = typeof chunk === 'string' || Buffer.isBuffer(chunk) ? chunk.toString() : '';
    if (req.url === '/index.html' && text.includes(NONCE_PLACEHOLDER) && !res.headersSent) {
      const body = text.replaceAll(NONCE_PLACEHOLDER, nonce);
      args[0] = body;
      for (const [name, value] of headers(nonce)) res.setHeader(name, value);
      if (res.hasHeader('Content-Length')) res.setHeader('Content-Length', Buffer.byteLength(body));
    }
    return end(...args);
  }) as ServerResponse['end'];
}

/** The development server's Content-Security-Policy (see the module's comment). */
export function developmentCsp(options: DevelopmentCspOptions): Plugin {
  return {
    name: 'digione-development-csp',
    apply: 'serve',
    config() {
      return { html: { cspNonce: NONCE_PLACEHOLDER } };
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (wantsPage(req)) {
          // The page is never answered "304 Not Modified": its nonce is new in every response.
          delete req.headers['if-none-match'];
          const origin = `http://${req.headers.host ?? 'localhost'}`;
          onPage(req, res, (nonce) => headersFor(options, origin, nonce));
        }
        next();
      });
    },
  };
}
