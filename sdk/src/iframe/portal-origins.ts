/**
 * Which portals an iframe app accepts: its `shellOrigin` setting, read and checked. A pure module
 * (no DOM, no imports), so the app's `connectToShell`, the portal's sandbox and an operator's
 * command-line check all answer "does this app accept this portal origin" the same way.
 *
 * The setting is one string, a list of strings, or a string of entries separated by white space (as
 * `<meta name="digione-shell-origin" content="…">` and CSP's `frame-ancestors` write them). Each
 * entry is either
 * - an exact origin: scheme, host and port, e.g. `https://portal.example.fi`, `http://127.0.0.1:5173`
 *   (no path, no trailing slash, not `"*"`, not `"null"`); or
 * - a pattern an operator publishes for its portals, `https://*.<domain>`, e.g.
 *   `https://*.digione.fi`: `*` stands for exactly one DNS label (`https://vantaa.digione.fi`, not
 *   `https://digione.fi`, not `https://a.b.digione.fi`); the domain has at least two labels and is
 *   not an IP address; the scheme is https, or http for `http://*.localhost` (loopback, for
 *   development); a port, when given, must match (`https://*.example.fi:8443`), and a default one
 *   (443, 80) is left out. No other wildcard is taken.
 */

/** The portal origins an iframe app accepts: entries as a string (white-space separated) or a list. */
export type ShellOrigins = string | readonly string[];

/** One entry of a setting, read. */
export type ShellOriginEntry =
  | { readonly kind: 'exact'; readonly text: string; readonly origin: string }
  | {
      readonly kind: 'pattern';
      readonly text: string;
      readonly scheme: 'https:' | 'http:';
      /** The part after `*.`, lower case, e.g. `digione.fi`. */
      readonly domain: string;
      /** The port as written, or '' for the scheme's default. */
      readonly port: string;
    };

/** A setting, read: its entries, and what is wrong with it (each problem names its entry). */
export interface ShellOriginsSetting {
  /** The entries that are exact origins or patterns, in the order written. */
  readonly entries: readonly ShellOriginEntry[];
  /** One sentence per entry that is neither (or for a setting that names none); empty when valid. */
  readonly problems: readonly string[];
}

/** The answer to "does this setting accept this portal origin", with the reason in words. */
export type PortalOriginCheck =
  | {
      readonly accepted: true;
      /** The entry of the setting that accepts the origin. */
      readonly entry: string;
      readonly reason: string;
    }
  | { readonly accepted: false; readonly reason: string };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const PATTERN = /^(https?:)\/\/\*\.([^/:]+)(?::(\d{1,5}))?$/;
const EXAMPLE = 'such as "https://portal.example.fi" or "https://*.example.fi"';

/** The origin in `value` when it is exactly one (scheme, host and port), else undefined. */
function exact(value: string): string | undefined {
  if (value === 'null') return undefined;
  try {
    return new URL(value).origin === value ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A pattern entry, or what is wrong with it. */
function readPattern(text: string): ShellOriginEntry | string {
  const match = PATTERN.exec(text);
  if (!match) {
    return (
      'a pattern is "https://*." and a domain, with "*" as the whole first label and nowhere ' +
      'else (no path)'
    );
  }
  const [, scheme = '', domain = '', port = ''] = match;
  const labels = domain.split('.');
  if (domain !== domain.toLowerCase() || !labels.every((label) => LABEL.test(label))) {
    return `"${domain}" is not a domain name in lower case (letters, digits and hyphens)`;
  }
  if (/^\d+$/.test(labels.at(-1) ?? '')) {
    return `"${domain}" is an IP address, which has no names under it`;
  }
  const local = domain === 'localhost';
  if (labels.length < 2 && !local) {
    return `"*.${domain}" would match every name under a top-level domain; name a domain of at least two labels`;
  }
  if (scheme === 'http:' && !local) {
    return 'a pattern takes https only (http only for "http://*.localhost" while developing)';
  }
  const probe = `${scheme}//x.${domain}${port ? `:${port}` : ''}`;
  try {
    if (new URL(probe).origin !== probe) return `leave out the default port ${port}`;
  } catch {
    return `the port ${port} is not a port number`;
  }
  return { kind: 'pattern', text, scheme: scheme as 'https:' | 'http:', domain, port };
}

/** Reads a setting: each entry an exact origin or a pattern; every problem says which entry. */
export function readShellOrigins(setting: unknown): ShellOriginsSetting {
  const texts =
    typeof setting === 'string'
      ? setting.split(/\s+/).filter((text) => text !== '')
      : Array.isArray(setting)
        ? (setting as unknown[])
        : undefined;
  if (!texts) {
    return {
      entries: [],
      problems: [
        `the setting must be a string or a list of strings, ${EXAMPLE}; got ${typeof setting}.`,
      ],
    };
  }
  const entries: ShellOriginEntry[] = [];
  const problems: string[] = [];
  texts.forEach((text, index) => {
    const where = typeof setting === 'string' ? `entry ${JSON.stringify(text)}` : `[${index}]`;
    if (typeof text !== 'string') {
      problems.push(`${where}: must be a string, ${EXAMPLE}.`);
      return;
    }
    if (text.includes('*')) {
      const entry = readPattern(text);
      if (typeof entry === 'string') problems.push(`${where} ${JSON.stringify(text)}: ${entry}.`);
      else entries.push(entry);
      return;
    }
    const origin = exact(text);
    if (origin) entries.push({ kind: 'exact', text, origin });
    else {
      problems.push(
        `${where} ${JSON.stringify(text)}: not an exact origin (scheme, host and port; no path, ` +
          `no trailing slash), ${EXAMPLE}.`,
      );
    }
  });
  if (entries.length === 0 && problems.length === 0) {
    problems.push(`the setting names no portal origin, ${EXAMPLE}.`);
  }
  return { entries, problems };
}

/** Whether `entry` accepts the exact origin `origin` (whose URL is `url`). */
function matches(entry: ShellOriginEntry, origin: string, url: URL): boolean {
  if (entry.kind === 'exact') return entry.origin === origin;
  if (url.protocol !== entry.scheme || url.port !== entry.port) return false;
  const suffix = `.${entry.domain}`;
  if (!url.hostname.endsWith(suffix)) return false;
  return LABEL.test(url.hostname.slice(0, -suffix.length));
}

/** The setting in words, for messages: its entries as written. */
export function describeShellOrigins(read: ShellOriginsSetting): string {
  return read.entries.map((entry) => JSON.stringify(entry.text)).join(', ');
}

/** Which entry of a read setting accepts `portalOrigin`, if any. */
export function acceptingEntry(
  read: ShellOriginsSetting,
  portalOrigin: string,
): ShellOriginEntry | undefined {
  const origin = exact(portalOrigin);
  if (!origin) return undefined;
  const url = new URL(origin);
  return read.entries.find((entry) => matches(entry, origin, url));
}

/**
 * Does the iframe app whose accepted-origins setting is `setting` (its `connectToShell`
 * `shellOrigin`) accept the portal at `portalOrigin`? The same answer the app gives when that
 * portal frames it: a setting with any invalid entry accepts no portal (the app refuses to connect,
 * D1-SDK-301), and so does a portal origin that is not exact.
 *
 *   acceptsPortalOrigin('https://*.digione.fi', 'https://vantaa.digione.fi')
 *   // { accepted: true, entry: 'https://*.digione.fi', reason: '…' }
 */
export function acceptsPortalOrigin(
  setting: ShellOrigins,
  portalOrigin: string,
): PortalOriginCheck {
  const read = readShellOrigins(setting);
  if (read.problems.length > 0) {
    return {
      accepted: false,
      reason: `the app's setting is invalid, so it connects to no portal: ${read.problems.join(' ')}`,
    };
  }
  const origin = exact(portalOrigin);
  if (!origin) {
    return {
      accepted: false,
      reason: `${JSON.stringify(portalOrigin)} is not an exact origin (scheme, host and port; no path).`,
    };
  }
  const entry = acceptingEntry(read, origin);
  if (!entry) {
    return {
      accepted: false,
      reason:
        `the app accepts only ${describeShellOrigins(read)}; ${origin} is none of them` +
        `${read.entries.some((e) => e.kind === 'pattern') ? ' and matches no pattern ("*" is exactly one label)' : ''}.`,
    };
  }
  return {
    accepted: true,
    entry: entry.text,
    reason:
      entry.kind === 'exact'
        ? `${origin} is listed.`
        : `${origin} matches the pattern ${JSON.stringify(entry.text)}.`,
  };
}

/** What the app's page can learn of the page that frames it, before any message. */
export interface FramingHints {
  /**
   * The parent's origin as the browser gives it (`location.ancestorOrigins[0]`, where the browser
   * has it): exact and not forgeable.
   */
  readonly parentOrigin?: string | undefined;
  /**
   * The page's referrer (`document.referrer`): the portal's address when the portal framed the
   * page, but only a hint (a page the app loaded itself has its own as referrer).
   */
  readonly referrer?: string | undefined;
}

/** The exact origins the app says hello to, or why it refuses before saying anything. */
export type PortalCandidates =
  { readonly origins: readonly string[] } | { readonly refused: string };

function originOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    return exact(new URL(address).origin);
  } catch {
    return undefined;
  }
}

/**
 * The exact origins an app with the setting `read` says hello to, each of which the browser
 * delivers only when it is the parent's origin:
 * - the parent's origin, when the browser gives it: the one candidate, or a refusal when the
 *   setting does not accept it;
 * - else the referrer's origin when the setting accepts it, and every exact origin the setting
 *   lists (a pattern needs a referrer: no origin can be guessed from it).
 */
export function portalCandidates(read: ShellOriginsSetting, hints: FramingHints): PortalCandidates {
  const parent = exact(hints.parentOrigin ?? '');
  if (parent) {
    return acceptingEntry(read, parent)
      ? { origins: [parent] }
      : {
          refused:
            `the portal at ${parent} frames this app, but the app accepts only ` +
            `${describeShellOrigins(read)}. Add ${parent} (or a pattern that matches it) to the ` +
            `app's "shellOrigin", if that portal is one the app serves.`,
        };
  }
  const referrer = originOf(hints.referrer);
  const origins = new Set<string>();
  if (referrer && acceptingEntry(read, referrer)) origins.add(referrer);
  for (const entry of read.entries) if (entry.kind === 'exact') origins.add(entry.origin);
  if (origins.size > 0) return { origins: [...origins] };
  return {
    refused: referrer
      ? `the page that framed this app is at ${referrer}, but the app accepts only ` +
        `${describeShellOrigins(read)}.`
      : `this browser does not tell which portal frames the app (no ancestor origin, no ` +
        `referrer), and its setting ${describeShellOrigins(read)} lists no exact origin to try. ` +
        `List the portals' exact origins too, or have the portal frame the app with a referrer ` +
        `(referrerpolicy "strict-origin", as DigiOne Portal does).`,
  };
}
