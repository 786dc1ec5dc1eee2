import { D1ShellAccessibilityStatement } from './accessibility-statement.js';
import { D1ShellDiagnostics } from './diagnostics.js';
import { D1ShellFeedback } from './feedback.js';
import { D1ShellNoAccess } from './no-access.js';
import { D1ShellNotAvailable } from './not-available.js';
import { D1ShellNotFound } from './not-found.js';

/** Registers the shell's own content pages (once; a second call changes nothing). */
export function defineShellPages(registry: CustomElementRegistry = customElements): void {
  const elements: readonly [string, CustomElementConstructor][] = [
    ['d1-shell-accessibility-statement', D1ShellAccessibilityStatement],
    ['d1-shell-feedback', D1ShellFeedback],
    ['d1-shell-not-found', D1ShellNotFound],
    ['d1-shell-no-access', D1ShellNoAccess],
    ['d1-shell-not-available', D1ShellNotAvailable],
    ['d1-shell-diagnostics', D1ShellDiagnostics],
  ];
  for (const [tag, element] of elements) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'd1-shell-accessibility-statement': D1ShellAccessibilityStatement;
    'd1-shell-feedback': D1ShellFeedback;
    'd1-shell-not-found': D1ShellNotFound;
    'd1-shell-no-access': D1ShellNoAccess;
    'd1-shell-not-available': D1ShellNotAvailable;
    'd1-shell-diagnostics': D1ShellDiagnostics;
  }
}
