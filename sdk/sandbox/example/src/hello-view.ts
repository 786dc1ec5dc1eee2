/**
 * What "Hello DigiOne" shows, as a module app (index.ts) and as an iframe app
 * (../../example-iframe/src/main.ts): the person's given name, where they act, and a button that
 * greets, in the context's language.
 */
import { html, type TemplateResult } from 'lit';
import type { Locale, ShellContext } from '@digione/sdk';

const STRINGS: Record<Locale, { hello: string; actingAs: string; nobody: string; greet: string }> =
  {
    fi: { hello: 'Hei', actingAs: 'Toimit nyt', nobody: '(ei valittu)', greet: 'Tervehdi' },
    sv: { hello: 'Hej', actingAs: 'Du agerar nu som', nobody: '(inte vald)', greet: 'Hälsa' },
    en: {
      hello: 'Hello',
      actingAs: 'You are acting as',
      nobody: '(none chosen)',
      greet: 'Say hello',
    },
  };

/** The greeting; `greet` runs when the person presses the button, in the context's language. */
export function helloView(context: ShellContext, greet: (locale: Locale) => void): TemplateResult {
  const locale = context.locale.value;
  const t = STRINGS[locale];
  return html`<section lang=${locale}>
    <h2>${t.hello}, ${context.user.value.givenName ?? '?'}!</h2>
    <p>${t.actingAs}: ${context.actingAs.value?.label ?? t.nobody}</p>
    <d1-button
      @click=${() => {
        greet(locale);
      }}
      >${t.greet}</d1-button
    >
  </section>`;
}
