/**
 * Server-side HTML for the identity provider's pages. Every interpolated value is escaped by the
 * `markup` tag unless it is itself the result of `markup`, so data can never become markup.
 */

/** Markup built by the `markup` tag; only this type is inserted unescaped. */
export class SafeHtml {
  readonly #markup: string;
  constructor(markup: string) {
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** A value `markup` accepts: text (escaped), markup, lists of either; nothing for empty values. */
export type HtmlValue =
  SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Builds markup from a template; every interpolation is escaped unless it is `SafeHtml`. */
export function markup(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** The path of the pages' style sheet, served by the identity provider itself. */
export const STYLESHEET_PATH = '/assets/digione-idp.css';

/**
 * Security headers of every HTML page: a strict CSP with no inline script or style, forms only to
 * this provider and to the clients' registered redirect origins (Chromium also checks form-action
 * on the redirects that follow a form submission, and sign-in ends in a redirect to the client).
 */
export function htmlSecurityHeaders(formActionOrigins: readonly string[]): Record<string, string> {
  const formAction = ["'self'", ...new Set(formActionOrigins)].join(' ');
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': [
      "default-src 'none'",
      "style-src 'self'",
      "img-src 'self' data:",
      `form-action ${formAction}`,
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}
