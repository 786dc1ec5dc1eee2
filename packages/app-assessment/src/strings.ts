/**
 * The app's texts that depend on data: grades, terms and why something failed. Each function calls
 * `msg()` when it runs, so the text is in the language of the moment.
 */
import { msg, str } from '@lit/localize';
import type { ApiFailure } from './api.js';
import { FEEDBACK_MAX_LENGTH, type FieldErrorCode, type Scale, type Term } from './types.js';

/** A grade as an option of the grade select: its value and its label with the verbal meaning. */
export function gradeLabel(grade: string): string {
  switch (grade) {
    case '10':
      return msg('10 – erinomainen', { id: 'assessment.grade.10' });
    case '9':
      return msg('9 – kiitettävä', { id: 'assessment.grade.9' });
    case '8':
      return msg('8 – hyvä', { id: 'assessment.grade.8' });
    case '7':
      return msg('7 – tyydyttävä', { id: 'assessment.grade.7' });
    case '6':
      return msg('6 – kohtalainen', { id: 'assessment.grade.6' });
    case '5':
      return msg('5 – välttävä', { id: 'assessment.grade.5' });
    case '4':
      return msg('4 – hylätty', { id: 'assessment.grade.4' });
    case 'S':
      return msg('S – suoritettu', { id: 'assessment.grade.s' });
    case 'H':
      return msg('H – hylätty', { id: 'assessment.grade.h' });
    default:
      return msg('Ei arvosanaa', {
        id: 'assessment.grade.none',
        desc: 'Option of the grade select: the pupil has no grade (yet).',
      });
  }
}

/** The grades of a scale, best first, as the select lists them. */
export function gradesOf(scale: Scale): string[] {
  return scale === 'numeric' ? ['10', '9', '8', '7', '6', '5', '4'] : ['S', 'H'];
}

/** "Syyslukukausi 2025". */
export function termLabel(term: Term): string {
  const year = term.year;
  return term.season === 'autumn'
    ? msg(str`Syyslukukausi ${year}`, { id: 'assessment.term.autumn' })
    : msg(str`Kevätlukukausi ${year}`, { id: 'assessment.term.spring' });
}

/** The message under a field the API refused. */
export function fieldErrorText(code: FieldErrorCode, scale: Scale): string {
  switch (code) {
    case 'grade-out-of-range':
      return scale === 'numeric'
        ? msg('Valitse arvosana väliltä 4–10.', { id: 'assessment.error.grade-range' })
        : msg('Valitse S (suoritettu) tai H (hylätty).', {
            id: 'assessment.error.grade-pass-fail',
          });
    case 'feedback-too-long': {
      const max = FEEDBACK_MAX_LENGTH;
      return msg(str`Kirjoita palaute enintään ${max} merkillä.`, {
        id: 'assessment.error.feedback-length',
      });
    }
    case 'feedback-not-text':
      return msg('Palautteen pitää olla tekstiä.', { id: 'assessment.error.feedback-text' });
    default:
      return msg('Ryhmän oppilaslista on muuttunut. Lataa ryhmä uudelleen.', {
        id: 'assessment.error.roster',
      });
  }
}

/** What a failed load tells the person: a heading, an explanation, and whether to offer a retry. */
export function loadFailureText(failure: ApiFailure): {
  heading: string;
  message: string;
  retry: boolean;
} {
  switch (failure.kind) {
    case 'unauthorized':
      return {
        heading: msg('Istuntosi ei kelpaa arviointipalvelulle', {
          id: 'assessment.load.unauthorized.heading',
        }),
        message: msg(
          'Arviointipalvelu ei hyväksynyt kirjautumistasi. Yritä uudelleen; jos virhe toistuu, kirjaudu ulos ja takaisin sisään.',
          { id: 'assessment.load.unauthorized.message' },
        ),
        retry: true,
      };
    case 'forbidden':
      return {
        heading: msg('Ei käyttöoikeutta', { id: 'assessment.load.forbidden.heading' }),
        message: msg(
          'Sinulla ei ole oikeutta nähdä näitä arviointeja. Tarkista, että olet valinnut oikean koulun.',
          { id: 'assessment.load.forbidden.message' },
        ),
        retry: false,
      };
    case 'not-found':
      return {
        heading: msg('Ryhmää ei löytynyt', { id: 'assessment.load.not-found.heading' }),
        message: msg('Ryhmä on ehkä poistettu. Valitse toinen ryhmä.', {
          id: 'assessment.load.not-found.message',
        }),
        retry: false,
      };
    case 'config':
      return {
        heading: msg('Arviointipalvelun osoite puuttuu', { id: 'assessment.load.config.heading' }),
        message: msg(
          'Sovelluksen asetuksista puuttuu palvelun osoite. Ilmoita asiasta portaalin ylläpidolle.',
          { id: 'assessment.load.config.message' },
        ),
        retry: false,
      };
    default:
      return {
        heading: msg('Arviointeja ei saatu ladattua', {
          id: 'assessment.load.unavailable.heading',
        }),
        message: msg('Tarkista verkkoyhteys ja yritä uudelleen.', {
          id: 'assessment.load.unavailable.message',
        }),
        retry: true,
      };
  }
}

/** Why a save failed, shown above the form's buttons. */
export function saveFailureText(failure: ApiFailure): string {
  switch (failure.kind) {
    case 'validation':
      return failure.fieldErrors.some(
        (error) => error.field === 'grade' || error.field === 'feedback',
      )
        ? msg('Arviointeja ei tallennettu. Korjaa merkityt kentät ja tallenna uudelleen.', {
            id: 'assessment.save.validation',
          })
        : fieldErrorText('unknown-pupil', 'numeric');
    case 'unauthorized':
      return msg(
        'Istuntosi ei kelpaa arviointipalvelulle, eikä muutoksia tallennettu. Yritä uudelleen; jos virhe toistuu, kirjaudu uudelleen sisään.',
        { id: 'assessment.save.unauthorized' },
      );
    case 'forbidden':
      return msg('Sinulla ei ole oikeutta tallentaa tämän ryhmän arviointeja.', {
        id: 'assessment.save.forbidden',
      });
    default:
      return msg(
        'Arviointeja ei tallennettu. Muutoksesi ovat yhä tällä sivulla; yritä hetken kuluttua uudelleen.',
        { id: 'assessment.save.unavailable' },
      );
  }
}
