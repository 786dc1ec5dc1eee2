/**
 * Words the app's views share: reasons, and what to say when the API fails or refuses a field.
 * (The days of an absence in the person's language are dates.ts' `formatDays`.)
 */
import { msg, str } from '@lit/localize';
import { ApiProblem } from './api.js';
import {
  MAX_DAYS_AHEAD,
  MAX_DAYS_BACK,
  MAX_MESSAGE_LENGTH,
  MAX_REASON_TEXT_LENGTH,
  type AbsenceReason,
  type FieldProblem,
  type ReportField,
} from './types.js';

export function reasonLabel(reason: AbsenceReason): string {
  return reason === 'illness'
    ? msg('Sairaus', { id: 'absences.reason.illness' })
    : msg('Muu syy', { id: 'absences.reason.other' });
}

/** The reason as told: "Sairaus", or "Muu syy: …" with the guardian's words. */
export function reasonText(reason: AbsenceReason, text: string | undefined): string {
  return reason === 'other' && text
    ? msg(str`Muu syy: ${text}`, { id: 'absences.reason.other-with-text' })
    : reasonLabel(reason);
}

/** What to tell the person about a field the form or the API found wrong. */
export function fieldMessage(field: ReportField, problem: FieldProblem): string {
  switch (problem) {
    case 'required':
      switch (field) {
        case 'start':
          return msg('Valitse ensimmäinen poissaolopäivä.', {
            id: 'absences.error.start-required',
          });
        case 'end':
          return msg('Valitse viimeinen poissaolopäivä.', { id: 'absences.error.end-required' });
        case 'reason':
          return msg('Valitse poissaolon syy.', { id: 'absences.error.reason-required' });
        default:
          return msg('Kerro lyhyesti, mikä poissaolon syy on.', {
            id: 'absences.error.reason-text-required',
          });
      }
    case 'too-early':
      return msg(str`Poissaolon voi ilmoittaa enintään ${MAX_DAYS_BACK} päivää jälkikäteen.`, {
        id: 'absences.error.too-early',
      });
    case 'too-late':
      return msg(str`Poissaolon voi ilmoittaa enintään ${MAX_DAYS_AHEAD} päivää etukäteen.`, {
        id: 'absences.error.too-late',
      });
    case 'before-start':
      return msg('Viimeinen päivä ei voi olla ennen ensimmäistä päivää.', {
        id: 'absences.error.before-start',
      });
    case 'too-long':
      return msg(
        str`Kirjoita enintään ${field === 'message' ? MAX_MESSAGE_LENGTH : MAX_REASON_TEXT_LENGTH} merkkiä.`,
        { id: 'absences.error.too-long' },
      );
    default:
      return field === 'reason'
        ? fieldMessage('reason', 'required')
        : msg('Tarkista tämä kenttä.', { id: 'absences.error.invalid' });
  }
}

const connectionMessage = (): string =>
  msg('Yhteys Poissaolot-palveluun ei onnistunut. Tarkista verkkoyhteys ja yritä uudelleen.', {
    id: 'absences.error.connection',
  });

/** What to say when a call to the API failed: a heading, an explanation, and whether to offer a retry. */
export interface ProblemText {
  readonly heading: string;
  readonly message: string;
  readonly retry: boolean;
}

/** The words for a failed call; `what` says what failed ("fetching" the list, or an action). */
export function problemText(error: unknown, what: 'load' | 'action'): ProblemText {
  const problem = error instanceof ApiProblem ? error : new ApiProblem(0, '');
  if (problem.status === 401) {
    return {
      heading: msg('Istuntosi ei kelpaa Poissaolot-palvelulle', {
        id: 'absences.error.session.heading',
      }),
      message: msg(
        'Palvelu ei hyväksynyt kirjautumistasi. Kirjaudu ulos ja uudelleen sisään, ja yritä sitten uudelleen.',
        { id: 'absences.error.session.message' },
      ),
      retry: true,
    };
  }
  if (problem.status === 403) {
    return {
      heading: msg('Ei oikeutta näihin poissaoloihin', { id: 'absences.error.forbidden.heading' }),
      message: msg(
        'Näet vain omien lastesi ja omien opetusryhmiesi poissaolot. Valitse yläpalkista toinen lapsi tai koulu.',
        { id: 'absences.error.forbidden.message' },
      ),
      retry: false,
    };
  }
  if (problem.code === 'no_api_url') {
    return {
      heading: msg('Palvelua ei ole määritetty', { id: 'absences.error.config.heading' }),
      message: msg(
        'Portaali ei kertonut, mistä Poissaolot-palvelu löytyy. Ilmoita asiasta koulusi DigiOne-pääkäyttäjälle.',
        { id: 'absences.error.config.message' },
      ),
      retry: false,
    };
  }
  if (problem.status === 409) {
    return {
      heading: msg('Poissaoloa ei voi enää perua', {
        id: 'absences.error.not-cancellable.heading',
      }),
      message: msg('Poissaolo on jo alkanut. Jos tiedoissa on virhe, ota yhteyttä opettajaan.', {
        id: 'absences.error.not-cancellable.message',
      }),
      retry: false,
    };
  }
  return what === 'load'
    ? {
        heading: msg('Poissaoloja ei voitu hakea', { id: 'absences.error.load.heading' }),
        message: connectionMessage(),
        retry: true,
      }
    : {
        heading: msg('Tallentaminen ei onnistunut', { id: 'absences.error.action.heading' }),
        message: connectionMessage(),
        retry: true,
      };
}
