import { VERSION } from '../version.js';

/** An element class that carries the library version it was built from. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

const warned = new Set<string>();

/**
 * Registers `tag` for `ctor`, safely on a page where several micro-apps each bring DigiOne components.
 *
 * - The tag is free: it is defined.
 * - The same version is already defined (another app loaded the same build): nothing happens.
 * - A different version is defined: one warning per tag, naming both versions; nothing throws, and the
 *   element already registered keeps serving the page.
 */
export function define(tag: string, ctor: VersionedElement, registry = customElements): void {
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const have = existing.version ?? 'unknown';
  const want = ctor.version ?? VERSION;
  if (have === want || warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `[D1-DEFINE-001] <${tag}> is already defined by @digione/components ${have}; ` +
      `version ${want} was not registered. Load one version of @digione/components per page ` +
      `(share it through the portal's import map) to avoid mixed component behaviour.`,
  );
}
