
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'lunch.days': `Veckans matsedel dag för dag`,
'lunch.diet.g': `glutenfri`,
'lunch.diet.l': `laktosfri`,
'lunch.diet.m': `mjölkfri`,
'lunch.diet.ve': `vegansk`,
'lunch.empty.heading': `Ingen skollunch den här veckan`,
'lunch.empty.text': `Skolan har lov eller veckans matsedel har inte publicerats ännu.`,
'lunch.error.forbidden.heading': `Du kan inte se den här skolans matsedel`,
'lunch.error.forbidden.text': `Matsedeln visas bara för skolans elever och personal samt elevernas vårdnadshavare.`,
'lunch.error.not-configured.heading': `Matsedelstjänsten är inte inställd`,
'lunch.error.not-configured.text': `Portalens administratörer har inte gett appen matsedelstjänstens adress. Meddela skolans kontaktperson.`,
'lunch.error.session.heading': `Din session godkänns inte av matsedelstjänsten`,
'lunch.error.session.text': `Logga ut och in igen och försök sedan på nytt.`,
'lunch.error.unavailable.heading': `Matsedeln kunde inte laddas`,
'lunch.error.unavailable.text': `Det gick inte att nå matsedelstjänsten. Försök igen om en stund.`,
'lunch.heading': `Matsedel`,
'lunch.legend.heading': `Kostmärkningar`,
'lunch.legend.note': `Specialkost ordnas tillsammans med skolhälsovårdaren.`,
'lunch.loading': `Matsedeln laddas…`,
'lunch.main': `Huvudrätt`,
'lunch.no-school.heading': `Välj skola eller barn`,
'lunch.no-school.text': `Välj i portalens övre fält den skola eller det barn vars matsedel du vill se.`,
'lunch.sides': `Tillbehör`,
'lunch.today': `I dag`,
'lunch.vegetarian': `Vegetariskt alternativ`,
'lunch.week': str`Vecka ${0}, ${1}`,
    };
  