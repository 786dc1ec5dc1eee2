// What the conformance kit reads of the page while it checks an app: what an app left behind, the
// text it shows, and short descriptions of both for the kit's messages.

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export function quote(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(t.length > max ? `${t.slice(0, max)}…` : t);
}

export function describeNode(node: Node): string {
  if (node instanceof Element) {
    const id = node.id ? `#${node.id}` : '';
    const cls = node.classList.length ? `.${[...node.classList].join('.')}` : '';
    return `<${node.localName}${id}${cls}>`;
  }
  return `text ${quote(node.textContent ?? '', 30)}`;
}

/** What is left in `container`: elements and non-blank text (comment markers are fine). */
export function leftovers(container: Element): Node[] {
  return [...container.childNodes].filter(
    (n) =>
      n.nodeType === Node.ELEMENT_NODE ||
      (n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''),
  );
}

export function hasContent(container: Element): boolean {
  return leftovers(container).length > 0;
}

/**
 * The elements React still renders into. React marks a root's container with a
 * `__reactContainer$…` property and clears it in `root.unmount()`; a root left mounted keeps the
 * app's components and their effects alive after the shell removed its element. (React's own
 * marker: when a React version names it otherwise, this finds nothing rather than too much.)
 */
export function mountedReactRoots(elements: readonly Element[]): Element[] {
  return elements.filter((element) =>
    Object.keys(element).some(
      (key) =>
        key.startsWith('__reactContainer$') &&
        (element as unknown as Record<string, unknown>)[key] != null,
    ),
  );
}

export async function waitFor(test: () => boolean, timeout: number): Promise<boolean> {
  const end = performance.now() + timeout;
  for (;;) {
    if (test()) return true;
    if (performance.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Lets work an app scheduled after rendering (a framework's effects) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
