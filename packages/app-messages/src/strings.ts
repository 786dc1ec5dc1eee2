/**
 * The Messages app's texts made from data: what a failure tells the person, what a person is in the
 * school, who takes part in a thread, and when a message was sent — in the person's language.
 */
import { msg, str } from '@lit/localize';
import { formatDate, type ConfirmOptions, type DigiOneApiError, type Locale } from '@digione/sdk';
import type { PersonKind, PersonRef } from './api.js';

/** What a failure tells the person, and whether trying again may help. */
export interface FailureText {
  readonly heading: string;
  readonly message: string;
  readonly retry: boolean;
}

/** When a message was sent: `ma 23.11. 8.15` in a list (`short`), with the year in a thread. */
export function sentAt(iso: string, style: 'short' | 'long', locale: Locale): string {
  return formatDate(
    iso,
    locale,
    style === 'short'
      ? { weekday: 'short', day: 'numeric', month: 'numeric', hour: 'numeric', minute: '2-digit' }
      : { dateStyle: 'medium', timeStyle: 'short' },
  );
}

export function kindLabel(kind: PersonKind): string {
  switch (kind) {
    case 'guardian':
      return msg('huoltaja', { id: 'messages.kind.guardian' });
    case 'teacher':
      return msg('opettaja', { id: 'messages.kind.teacher' });
    case 'principal':
      return msg('rehtori', { id: 'messages.kind.principal' });
    case 'staff':
      return msg('henkilökunta', { id: 'messages.kind.staff' });
  }
}

export function peopleText(people: readonly PersonRef[]): string {
  if (people.length <= 3) return people.map((p) => p.name).join(', ');
  const shown = people
    .slice(0, 2)
    .map((p) => p.name)
    .join(', ');
  const more = people.length - 2;
  return msg(str`${shown} ja ${more} muuta`, { id: 'messages.andMore' });
}

export function failureText(
  failure: DigiOneApiError,
  what: 'load' | 'thread' | 'send',
): FailureText {
  const { kind } = failure;
  if (kind === 'session') {
    return {
      heading: msg('Istuntosi ei kelpaa viestipalvelulle', { id: 'messages.error.session' }),
      message: msg(
        'Viestipalvelu ei hyväksynyt kirjautumistasi. Yritä uudelleen; jos virhe toistuu, kirjaudu ulos ja takaisin sisään.',
        { id: 'messages.error.sessionHelp' },
      ),
      retry: true,
    };
  }
  if (what === 'thread' && (kind === 'not-found' || kind === 'forbidden')) {
    return {
      heading: msg('Viestiketjua ei löydy', { id: 'messages.error.threadMissing' }),
      message: msg(
        'Viestiketjua ei ole, tai se ei kuulu sinulle. Palaa viesteihin ja valitse ketju sieltä.',
        { id: 'messages.error.threadMissingHelp' },
      ),
      retry: false,
    };
  }
  if (what === 'send' && kind === 'forbidden') {
    return {
      heading: msg('Viestiä ei lähetetty', { id: 'messages.error.notSent' }),
      message: msg(
        'Et voi kirjoittaa kaikille valituille vastaanottajille. Valitse vastaanottajat uudelleen.',
        { id: 'messages.error.recipientNotAllowed' },
      ),
      retry: false,
    };
  }
  if (what === 'send' && kind === 'invalid') {
    return {
      heading: msg('Viestiä ei lähetetty', { id: 'messages.error.notSent' }),
      message: msg('Tarkista vastaanottajat, aihe ja viesti, ja lähetä uudelleen.', {
        id: 'messages.error.invalid',
      }),
      retry: false,
    };
  }
  if (kind === 'network') {
    return {
      heading: msg('Viestipalveluun ei saada yhteyttä', { id: 'messages.error.network' }),
      message:
        what === 'send'
          ? msg('Viestiä ei lähetetty. Se on tallessa tässä; yritä hetken päästä uudelleen.', {
              id: 'messages.error.networkSend',
            })
          : msg('Tarkista verkkoyhteytesi ja yritä uudelleen.', {
              id: 'messages.error.networkHelp',
            }),
      retry: true,
    };
  }
  return {
    heading: msg('Viestipalvelussa tapahtui virhe', { id: 'messages.error.server' }),
    message:
      what === 'send'
        ? msg('Viestiä ei lähetetty. Se on tallessa tässä; yritä hetken päästä uudelleen.', {
            id: 'messages.error.networkSend',
          })
        : msg('Viestejä ei voitu hakea juuri nyt. Yritä hetken päästä uudelleen.', {
            id: 'messages.error.serverHelp',
          }),
    retry: true,
  };
}

/** The question before a written message is thrown away. */
export function clearQuestion(): ConfirmOptions {
  return {
    heading: msg('Tyhjennetäänkö viesti?', { id: 'messages.clear.heading' }),
    message: msg('Kirjoittamasi aihe ja viesti poistetaan.', { id: 'messages.clear.message' }),
    confirmLabel: msg('Tyhjennä', { id: 'messages.clear.confirm' }),
    cancelLabel: msg('Jatka kirjoittamista', { id: 'messages.clear.cancel' }),
    danger: true,
  };
}
