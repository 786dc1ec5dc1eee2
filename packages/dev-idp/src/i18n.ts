/**
 * Every string the local identity provider's pages show, in Finnish (the default), Swedish and
 * English. `Catalogue` is one interface for all three: a string missing from any language, or one
 * language missing, is a type error.
 */
import type { Door, TestRole } from './users.js';

/** The languages of DigiOne Portal, Finnish first (the default). */
export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fi';

/** Each language's name in itself, for the language switch. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
};

/** Whether a value is one of DigiOne's languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first supported language of an OpenID Connect `ui_locales` value (space-separated BCP 47
 * tags, most preferred first); region subtags are ignored ("sv-FI" is Swedish).
 */
export function localeFromUiLocales(uiLocales: unknown): Locale | undefined {
  if (typeof uiLocales !== 'string') return undefined;
  for (const tag of uiLocales.split(/\s+/)) {
    const language = tag.split('-')[0]?.toLowerCase();
    if (isLocale(language)) return language;
  }
  return undefined;
}

export interface Catalogue {
  readonly productName: string;
  readonly skipToContent: string;
  readonly languageNav: string;
  readonly devNotice: string;
  readonly titleSuffix: string;
  // Choosing the door
  readonly chooseDoorTitle: string;
  readonly chooseDoorIntro: string;
  readonly doorsLabel: string;
  readonly doorDescription: Readonly<Record<Door, string>>;
  readonly doorAction: Readonly<Record<Door, string>>;
  readonly cancel: string;
  readonly cancelHint: string;
  // The sign-in form
  readonly signInTitle: Readonly<Record<Door, string>>;
  readonly signInIntro: Readonly<Record<Door, string>>;
  readonly username: string;
  readonly password: string;
  readonly signIn: string;
  readonly otherDoor: string;
  readonly errorSummaryTitle: string;
  readonly usernameMissing: string;
  readonly passwordMissing: string;
  readonly invalidCredentials: string;
  readonly wrongDoor: Readonly<Record<Door, string>>;
  readonly useDoor: Readonly<Record<Door, string>>;
  // The test users (a development aid)
  readonly testUsersTitle: string;
  readonly testUsersIntro: (password: string) => string;
  readonly columnUsername: string;
  readonly columnDoor: string;
  readonly columnName: string;
  readonly columnRole: string;
  readonly columnDetails: string;
  readonly roleNames: Readonly<Record<TestRole, string>>;
  readonly gradeAndGroup: (grade: string, group: string) => string;
  readonly childOf: (name: string, school: string, grade: string) => string;
  // Sign-out
  readonly logoutTitle: string;
  readonly logoutQuestion: string;
  readonly logoutConfirm: string;
  readonly logoutStay: string;
  readonly loggedOutTitle: string;
  readonly loggedOutText: string;
  // Errors
  readonly errorTitle: string;
  readonly errorText: string;
  readonly errorSessionTitle: string;
  readonly errorSessionText: string;
  readonly errorDetails: string;
  readonly errorCode: string;
  readonly errorDescription: string;
  readonly notFoundTitle: string;
  readonly notFoundText: string;
}

const fi: Catalogue = {
  productName: 'DigiOne',
  skipToContent: 'Siirry pääsisältöön',
  languageNav: 'Kieli',
  devNotice:
    'Paikallinen testitunnistaja kehitystä ja testejä varten. Tämä ei ole oikea MPASSid- tai Suomi.fi-tunnistus.',
  titleSuffix: 'DigiOne-tunnistautuminen (testi)',
  chooseDoorTitle: 'Kirjaudu DigiOneen',
  chooseDoorIntro: 'Valitse, miten tunnistaudut.',
  doorsLabel: 'Tunnistustavat',
  doorDescription: {
    mpassid: 'Oppilaat, opiskelijat, opettajat ja koulun henkilökunta',
    suomifi: 'Huoltajat: vahva sähköinen tunnistautuminen',
  },
  doorAction: {
    mpassid: 'Kirjaudu MPASSid-tunnuksella',
    suomifi: 'Tunnistaudu Suomi.fi-palvelussa',
  },
  cancel: 'Peruuta',
  cancelHint: 'Palaat palveluun kirjautumatta.',
  signInTitle: {
    mpassid: 'Kirjaudu MPASSid-tunnuksella',
    suomifi: 'Tunnistaudu Suomi.fi-palvelussa',
  },
  signInIntro: {
    mpassid: 'Käytä koulusi antamaa käyttäjätunnusta ja salasanaa.',
    suomifi:
      'Huoltajat tunnistautuvat vahvasti. Tässä testissä riittää käyttäjätunnus ja salasana.',
  },
  username: 'Käyttäjätunnus',
  password: 'Salasana',
  signIn: 'Kirjaudu sisään',
  otherDoor: 'Valitse toinen tunnistustapa',
  errorSummaryTitle: 'Kirjautuminen ei onnistunut',
  usernameMissing: 'Kirjoita käyttäjätunnus.',
  passwordMissing: 'Kirjoita salasana.',
  invalidCredentials: 'Käyttäjätunnus tai salasana on väärin. Tarkista ne ja yritä uudelleen.',
  wrongDoor: {
    mpassid:
      'Tällä tunnuksella kirjaudutaan MPASSidillä. Oppilaat, opettajat ja koulun henkilökunta käyttävät MPASSidiä.',
    suomifi:
      'Tällä tunnuksella tunnistaudutaan Suomi.fi-palvelussa. Huoltajat käyttävät Suomi.fi-tunnistusta.',
  },
  useDoor: {
    mpassid: 'Siirry MPASSid-kirjautumiseen',
    suomifi: 'Siirry Suomi.fi-tunnistukseen',
  },
  testUsersTitle: 'Testikäyttäjät',
  testUsersIntro: (password) => `Kaikkien testikäyttäjien salasana on ${password}.`,
  columnUsername: 'Käyttäjätunnus',
  columnDoor: 'Tunnistustapa',
  columnName: 'Nimi',
  columnRole: 'Rooli',
  columnDetails: 'Koulut ja lapset',
  roleNames: {
    learner: 'Oppilas',
    teacher: 'Opettaja',
    principal: 'Rehtori',
    staff: 'Henkilökunta',
    substitute: 'Sijainen',
    guardian: 'Huoltaja',
    admin: 'Ylläpitäjä',
  },
  gradeAndGroup: (grade, group) => `${grade}. luokka, ${group}`,
  childOf: (name, school, grade) => `${name}: ${school}, ${grade}. luokka`,
  logoutTitle: 'Kirjaudu ulos',
  logoutQuestion: 'Haluatko kirjautua ulos DigiOnesta?',
  logoutConfirm: 'Kirjaudu ulos',
  logoutStay: 'Pysy kirjautuneena',
  loggedOutTitle: 'Olet kirjautunut ulos',
  loggedOutText: 'Kirjautumisesi on päättynyt. Voit sulkea tämän sivun.',
  errorTitle: 'Jokin meni vikaan',
  errorText: 'Kirjautumista ei voitu jatkaa. Palaa palveluun ja yritä uudelleen.',
  errorSessionTitle: 'Kirjautuminen vanheni',
  errorSessionText:
    'Kirjautumisen tietoja ei löytynyt, tai ne vanhenivat. Palaa palveluun ja aloita kirjautuminen alusta.',
  errorDetails: 'Tekniset tiedot',
  errorCode: 'Virhekoodi',
  errorDescription: 'Kuvaus',
  notFoundTitle: 'Sivua ei löytynyt',
  notFoundText: 'Tätä sivua ei ole. Palaa palveluun ja kirjaudu sieltä.',
};

const sv: Catalogue = {
  productName: 'DigiOne',
  skipToContent: 'Gå till huvudinnehållet',
  languageNav: 'Språk',
  devNotice:
    'Lokal testidentifiering för utveckling och tester. Detta är inte en riktig MPASSid- eller Suomi.fi-identifiering.',
  titleSuffix: 'DigiOne-identifiering (test)',
  chooseDoorTitle: 'Logga in i DigiOne',
  chooseDoorIntro: 'Välj hur du identifierar dig.',
  doorsLabel: 'Identifieringssätt',
  doorDescription: {
    mpassid: 'Elever, studerande, lärare och skolans personal',
    suomifi: 'Vårdnadshavare: stark elektronisk identifiering',
  },
  doorAction: {
    mpassid: 'Logga in med MPASSid',
    suomifi: 'Identifiera dig i Suomi.fi',
  },
  cancel: 'Avbryt',
  cancelHint: 'Du återvänder till tjänsten utan att logga in.',
  signInTitle: {
    mpassid: 'Logga in med MPASSid',
    suomifi: 'Identifiera dig i Suomi.fi',
  },
  signInIntro: {
    mpassid: 'Använd det användarnamn och lösenord som du har fått av din skola.',
    suomifi:
      'Vårdnadshavare identifierar sig starkt. I det här testet räcker användarnamn och lösenord.',
  },
  username: 'Användarnamn',
  password: 'Lösenord',
  signIn: 'Logga in',
  otherDoor: 'Välj ett annat identifieringssätt',
  errorSummaryTitle: 'Inloggningen misslyckades',
  usernameMissing: 'Skriv ditt användarnamn.',
  passwordMissing: 'Skriv ditt lösenord.',
  invalidCredentials: 'Användarnamnet eller lösenordet är fel. Kontrollera dem och försök igen.',
  wrongDoor: {
    mpassid:
      'Med det här användarnamnet loggar man in med MPASSid. Elever, lärare och skolans personal använder MPASSid.',
    suomifi:
      'Med det här användarnamnet identifierar man sig i Suomi.fi. Vårdnadshavare använder Suomi.fi-identifiering.',
  },
  useDoor: {
    mpassid: 'Gå till inloggning med MPASSid',
    suomifi: 'Gå till Suomi.fi-identifiering',
  },
  testUsersTitle: 'Testanvändare',
  testUsersIntro: (password) => `Alla testanvändare har lösenordet ${password}.`,
  columnUsername: 'Användarnamn',
  columnDoor: 'Identifieringssätt',
  columnName: 'Namn',
  columnRole: 'Roll',
  columnDetails: 'Skolor och barn',
  roleNames: {
    learner: 'Elev',
    teacher: 'Lärare',
    principal: 'Rektor',
    staff: 'Personal',
    substitute: 'Vikarie',
    guardian: 'Vårdnadshavare',
    admin: 'Administratör',
  },
  gradeAndGroup: (grade, group) => `årskurs ${grade}, ${group}`,
  childOf: (name, school, grade) => `${name}: ${school}, årskurs ${grade}`,
  logoutTitle: 'Logga ut',
  logoutQuestion: 'Vill du logga ut från DigiOne?',
  logoutConfirm: 'Logga ut',
  logoutStay: 'Förbli inloggad',
  loggedOutTitle: 'Du har loggat ut',
  loggedOutText: 'Din inloggning har avslutats. Du kan stänga den här sidan.',
  errorTitle: 'Något gick fel',
  errorText: 'Inloggningen kunde inte fortsätta. Gå tillbaka till tjänsten och försök igen.',
  errorSessionTitle: 'Inloggningen har gått ut',
  errorSessionText:
    'Uppgifterna om inloggningen hittades inte eller har gått ut. Gå tillbaka till tjänsten och börja om.',
  errorDetails: 'Tekniska uppgifter',
  errorCode: 'Felkod',
  errorDescription: 'Beskrivning',
  notFoundTitle: 'Sidan hittades inte',
  notFoundText: 'Den här sidan finns inte. Gå tillbaka till tjänsten och logga in där.',
};

const en: Catalogue = {
  productName: 'DigiOne',
  skipToContent: 'Skip to main content',
  languageNav: 'Language',
  devNotice:
    'Local test identity provider for development and tests. This is not a real MPASSid or Suomi.fi identification.',
  titleSuffix: 'DigiOne sign-in (test)',
  chooseDoorTitle: 'Sign in to DigiOne',
  chooseDoorIntro: 'Choose how you identify yourself.',
  doorsLabel: 'Ways to identify',
  doorDescription: {
    mpassid: 'Pupils, students, teachers and school staff',
    suomifi: 'Guardians: strong electronic identification',
  },
  doorAction: {
    mpassid: 'Sign in with MPASSid',
    suomifi: 'Identify with Suomi.fi',
  },
  cancel: 'Cancel',
  cancelHint: 'You return to the service without signing in.',
  signInTitle: {
    mpassid: 'Sign in with MPASSid',
    suomifi: 'Identify with Suomi.fi',
  },
  signInIntro: {
    mpassid: 'Use the username and password your school gave you.',
    suomifi: 'Guardians use strong identification. In this test, a username and password will do.',
  },
  username: 'Username',
  password: 'Password',
  signIn: 'Sign in',
  otherDoor: 'Choose another way to identify',
  errorSummaryTitle: 'Sign-in failed',
  usernameMissing: 'Enter your username.',
  passwordMissing: 'Enter your password.',
  invalidCredentials: 'The username or password is incorrect. Check them and try again.',
  wrongDoor: {
    mpassid: 'This username signs in with MPASSid. Pupils, teachers and school staff use MPASSid.',
    suomifi: 'This username identifies with Suomi.fi. Guardians use Suomi.fi identification.',
  },
  useDoor: {
    mpassid: 'Go to MPASSid sign-in',
    suomifi: 'Go to Suomi.fi identification',
  },
  testUsersTitle: 'Test users',
  testUsersIntro: (password) => `The password of every test user is ${password}.`,
  columnUsername: 'Username',
  columnDoor: 'Identification',
  columnName: 'Name',
  columnRole: 'Role',
  columnDetails: 'Schools and children',
  roleNames: {
    learner: 'Pupil',
    teacher: 'Teacher',
    principal: 'Principal',
    staff: 'Staff',
    substitute: 'Substitute',
    guardian: 'Guardian',
    admin: 'Administrator',
  },
  gradeAndGroup: (grade, group) => `grade ${grade}, ${group}`,
  childOf: (name, school, grade) => `${name}: ${school}, grade ${grade}`,
  logoutTitle: 'Sign out',
  logoutQuestion: 'Do you want to sign out of DigiOne?',
  logoutConfirm: 'Sign out',
  logoutStay: 'Stay signed in',
  loggedOutTitle: 'You have signed out',
  loggedOutText: 'Your sign-in has ended. You can close this page.',
  errorTitle: 'Something went wrong',
  errorText: 'Signing in could not continue. Return to the service and try again.',
  errorSessionTitle: 'The sign-in expired',
  errorSessionText:
    'The details of this sign-in were not found or have expired. Return to the service and start again.',
  errorDetails: 'Technical details',
  errorCode: 'Error code',
  errorDescription: 'Description',
  notFoundTitle: 'Page not found',
  notFoundText: 'This page does not exist. Return to the service and sign in there.',
};

/** The catalogue of every language. */
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { fi, sv, en };
