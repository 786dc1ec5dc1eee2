/**
 * The node:http side of the identity provider's own routes: listening, the language cookie, form
 * bodies and HTML answers.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { isLocale, type Locale } from './i18n.js';

const LANGUAGE_COOKIE = 'digione_idp_lang';
const MAX_FORM_BYTES = 16 * 1024;

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** The language the person last chose on one of the provider's pages, if any. */
export function cookieLocale(header: string | undefined): Locale | undefined {
  const value = cookieValue(header, LANGUAGE_COOKIE);
  return isLocale(value) ? value : undefined;
}

/** The `Set-Cookie` value that remembers the person's language. */
export function languageCookie(locale: Locale): string {
  return `${LANGUAGE_COOKIE}=${locale}; Path=/; HttpOnly; SameSite=Lax`;
}

/** A form's fields (urlencoded, at most 16 KiB); other bodies give no fields. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return new URLSearchParams();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_FORM_BYTES) throw new Error('form too large');
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Resolves when the server listens on the port, rejects when it cannot. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Answers with a page of the provider, with its security headers, remembering the language. */
export type SendHtml = (res: ServerResponse, status: number, body: string, locale?: Locale) => void;

/** The page sender for these security headers. */
export function htmlSender(headers: Readonly<Record<string, string>>): SendHtml {
  return (res, status, body, locale) => {
    res.writeHead(status, {
      ...headers,
      ...(locale ? { 'Set-Cookie': languageCookie(locale) } : {}),
    });
    res.end(body);
  };
}
