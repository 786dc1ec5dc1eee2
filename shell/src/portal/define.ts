import { D1ShellAuthScreen } from '../auth/auth-screen.js';
import { D1ShellSessionWarning } from '../auth/session-warning.js';
import { D1Shell } from './shell-element.js';

/** Registers the shell's own elements (once; a second call changes nothing). */
export function defineShellElements(registry: CustomElementRegistry = customElements): void {
  const elements: readonly [string, CustomElementConstructor][] = [
    ['d1-shell', D1Shell],
    ['d1-shell-auth-screen', D1ShellAuthScreen],
    ['d1-shell-session-warning', D1ShellSessionWarning],
  ];
  for (const [tag, element] of elements) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'd1-shell': D1Shell;
    'd1-shell-auth-screen': D1ShellAuthScreen;
    'd1-shell-session-warning': D1ShellSessionWarning;
  }
}
