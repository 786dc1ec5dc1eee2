import { D1ShellAuthScreen } from '../auth/auth-screen.js';
import { D1ShellSessionWarning } from '../auth/session-warning.js';
import { D1ShellAppStatus } from '../layout/app-status.js';
import { D1ShellConfirm } from '../layout/confirm-dialog.js';
import { D1ShellHome } from '../layout/home.js';
import { D1ShellNav } from '../layout/nav.js';
import { defineShellPages } from '../pages/define.js';
import { D1Shell } from './shell-element.js';

/** Registers the shell's own elements (once; a second call changes nothing). */
export function defineShellElements(registry: CustomElementRegistry = customElements): void {
  const elements: readonly [string, CustomElementConstructor][] = [
    ['d1-shell', D1Shell],
    ['d1-shell-auth-screen', D1ShellAuthScreen],
    ['d1-shell-session-warning', D1ShellSessionWarning],
    ['d1-shell-nav', D1ShellNav],
    ['d1-shell-home', D1ShellHome],
    ['d1-shell-app-status', D1ShellAppStatus],
    ['d1-shell-confirm', D1ShellConfirm],
  ];
  for (const [tag, element] of elements) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
  defineShellPages(registry);
}

declare global {
  interface HTMLElementTagNameMap {
    'd1-shell': D1Shell;
    'd1-shell-auth-screen': D1ShellAuthScreen;
    'd1-shell-session-warning': D1ShellSessionWarning;
    'd1-shell-nav': D1ShellNav;
    'd1-shell-home': D1ShellHome;
    'd1-shell-app-status': D1ShellAppStatus;
    'd1-shell-confirm': D1ShellConfirm;
  }
}
