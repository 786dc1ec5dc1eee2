
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'timetable.class': str`klass ${0}`,
'timetable.empty.heading': `Inga lektioner den här veckan`,
'timetable.empty.text': `Inga lektioner har lagts in för den här veckan. Under lov är schemat tomt.`,
'timetable.empty.this-week': `Visa denna vecka`,
'timetable.error.failed.heading': `Schemat kunde inte laddas`,
'timetable.error.failed.text': `Det gick inte att ansluta till schematjänsten. Kontrollera nätverksanslutningen och försök igen.`,
'timetable.error.forbidden.heading': `Ingen behörighet till det här schemat`,
'timetable.error.forbidden.text': `Du kan bara se ditt eget schema, lektionerna i dina egna skolor eller dina egna barns scheman. Du kan byta skola eller barn från användarmenyn.`,
'timetable.error.unauthorized.heading': `Din session godkänns inte av schematjänsten`,
'timetable.error.unauthorized.text': `Schematjänsten godkände inte din inloggning. Försök igen. Om felet upprepas, logga ut och sedan in igen.`,
'timetable.group': `Grupp`,
'timetable.heading': `Schema`,
'timetable.loading': `Schemat laddas…`,
'timetable.next': `Nästa vecka`,
'timetable.no-lessons': `Inga lektioner`,
'timetable.previous': `Föregående vecka`,
'timetable.room': `Sal`,
'timetable.subject.ai': `Finska och litteratur`,
'timetable.subject.bi': `Biologi`,
'timetable.subject.ena1': `Engelska (A1)`,
'timetable.subject.et': `Livsåskådningskunskap`,
'timetable.subject.fy': `Fysik`,
'timetable.subject.ge': `Geografi`,
'timetable.subject.hi': `Historia`,
'timetable.subject.ke': `Kemi`,
'timetable.subject.ko': `Huslig ekonomi`,
'timetable.subject.ks': `Slöjd`,
'timetable.subject.ku': `Bildkonst`,
'timetable.subject.li': `Gymnastik`,
'timetable.subject.lo': `Klassföreståndartimme`,
'timetable.subject.ma': `Matematik`,
'timetable.subject.mu': `Musik`,
'timetable.subject.op': `Elevhandledning`,
'timetable.subject.rub1': `Svenska (B1)`,
'timetable.subject.te': `Hälsokunskap`,
'timetable.subject.ue': `Religion (ev.-luth.)`,
'timetable.subject.yh': `Samhällslära`,
'timetable.subject.ym': `Omgivningslära`,
'timetable.teacher': `Lärare`,
'timetable.this-week': `Denna vecka`,
'timetable.title': str`Vecka ${0}`,
'timetable.today': `i dag`,
'timetable.week': str`Vecka ${0}`,
'timetable.week-nav': `Välj vecka`,
    };
  