/**
 * Kouluruoka's strings, Finnish first, through @lit/localize (`msg()` returns the string of the
 * page's current locale, so these are called at render time, never kept). Ids start with the app
 * id, `lunch.`, because the page shares one table of strings with the shell and every other app.
 */
import { msg, str } from '@lit/localize';
import type { Diet } from './types.js';

export const heading = (): string => msg('Ruokalista', { id: 'lunch.heading' });

export const weekLabel = (week: number, dates: string): string =>
  msg(str`Viikko ${week}, ${dates}`, {
    id: 'lunch.week',
    desc: 'The week shown: its ISO week number and its school days, e.g. "Viikko 3, 13.–17.1."',
  });

export const daysLabel = (): string =>
  msg('Viikon ruokalista päivittäin', {
    id: 'lunch.days',
    desc: 'Accessible name of the list of days',
  });

export const today = (): string =>
  msg('Tänään', { id: 'lunch.today', desc: 'Badge on the card of the current day' });

export const mainDish = (): string => msg('Pääruoka', { id: 'lunch.main' });

export const vegetarian = (): string => msg('Kasvisvaihtoehto', { id: 'lunch.vegetarian' });

export const sides = (): string =>
  msg('Lisäkkeet', { id: 'lunch.sides', desc: 'Salad, bread and drink served with the meal' });

export const legendHeading = (): string =>
  msg('Ruokavaliomerkinnät', { id: 'lunch.legend.heading' });

export const legendNote = (): string =>
  msg('Erityisruokavaliosta sovitaan kouluterveydenhoitajan kanssa.', {
    id: 'lunch.legend.note',
  });

/** The diet a marking stands for, in words. */
export function dietName(diet: Diet): string {
  switch (diet) {
    case 'L':
      return msg('laktoositon', { id: 'lunch.diet.l', desc: 'Diet marking L' });
    case 'G':
      return msg('gluteeniton', { id: 'lunch.diet.g', desc: 'Diet marking G' });
    case 'M':
      return msg('maidoton', { id: 'lunch.diet.m', desc: 'Diet marking M (no milk products)' });
    case 'VE':
      return msg('vegaaninen', { id: 'lunch.diet.ve', desc: 'Diet marking VE' });
  }
}

export const loading = (): string => msg('Ladataan ruokalistaa…', { id: 'lunch.loading' });

export const noSchoolHeading = (): string =>
  msg('Valitse koulu tai lapsi', { id: 'lunch.no-school.heading' });

export const noSchoolText = (): string =>
  msg('Valitse portaalin yläpalkista koulu tai lapsi, jonka ruokalistan haluat nähdä.', {
    id: 'lunch.no-school.text',
  });

export const emptyHeading = (): string =>
  msg('Tällä viikolla ei ole kouluruokailua', { id: 'lunch.empty.heading' });

export const emptyText = (): string =>
  msg('Koulu on lomalla tai viikon ruokalistaa ei ole vielä julkaistu.', {
    id: 'lunch.empty.text',
  });

export const sessionHeading = (): string =>
  msg('Istuntosi ei kelpaa ruokalistapalvelulle', { id: 'lunch.error.session.heading' });

export const sessionText = (): string =>
  msg('Kirjaudu ulos ja takaisin sisään, ja yritä sitten uudelleen.', {
    id: 'lunch.error.session.text',
  });

export const forbiddenHeading = (): string =>
  msg('Tämän koulun ruokalista ei näy sinulle', { id: 'lunch.error.forbidden.heading' });

export const forbiddenText = (): string =>
  msg(
    'Ruokalista näytetään vain koulun oppilaille ja henkilökunnalle sekä oppilaiden huoltajille.',
    { id: 'lunch.error.forbidden.text' },
  );

export const unavailableHeading = (): string =>
  msg('Ruokalistaa ei voitu ladata', { id: 'lunch.error.unavailable.heading' });

export const unavailableText = (): string =>
  msg('Yhteys ruokalistapalveluun ei onnistunut. Yritä hetken päästä uudelleen.', {
    id: 'lunch.error.unavailable.text',
  });

export const notConfiguredHeading = (): string =>
  msg('Ruokalistapalvelua ei ole määritetty', { id: 'lunch.error.not-configured.heading' });

export const notConfiguredText = (): string =>
  msg(
    'Portaalin ylläpito ei ole antanut sovellukselle ruokalistapalvelun osoitetta. Kerro asiasta koulusi yhteyshenkilölle.',
    { id: 'lunch.error.not-configured.text' },
  );
