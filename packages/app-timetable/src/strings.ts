/**
 * Lukujärjestys' texts made from the API's data, in the person's language.
 */
import { msg } from '@lit/localize';
import type { TimetableSubject } from './types.js';

/**
 * A subject's name in the person's language, by its curriculum code. The API names subjects in
 * Finnish; a code this app does not know yet is shown with the API's own name.
 */
export function subjectName(subject: TimetableSubject): string {
  switch (subject.code) {
    case 'AI':
      return msg('Äidinkieli ja kirjallisuus', { id: 'timetable.subject.ai' });
    case 'MA':
      return msg('Matematiikka', { id: 'timetable.subject.ma' });
    case 'RUB1':
      return msg('Ruotsi (B1)', { id: 'timetable.subject.rub1' });
    case 'ENA1':
      return msg('Englanti (A1)', { id: 'timetable.subject.ena1' });
    case 'HI':
      return msg('Historia', { id: 'timetable.subject.hi' });
    case 'YH':
      return msg('Yhteiskuntaoppi', { id: 'timetable.subject.yh' });
    case 'BI':
      return msg('Biologia', { id: 'timetable.subject.bi' });
    case 'GE':
      return msg('Maantieto', { id: 'timetable.subject.ge' });
    case 'FY':
      return msg('Fysiikka', { id: 'timetable.subject.fy' });
    case 'KE':
      return msg('Kemia', { id: 'timetable.subject.ke' });
    case 'TE':
      return msg('Terveystieto', { id: 'timetable.subject.te' });
    case 'YM':
      return msg('Ympäristöoppi', { id: 'timetable.subject.ym' });
    case 'LI':
      return msg('Liikunta', { id: 'timetable.subject.li' });
    case 'KU':
      return msg('Kuvataide', { id: 'timetable.subject.ku' });
    case 'KS':
      return msg('Käsityö', { id: 'timetable.subject.ks' });
    case 'MU':
      return msg('Musiikki', { id: 'timetable.subject.mu' });
    case 'KO':
      return msg('Kotitalous', { id: 'timetable.subject.ko' });
    case 'UE':
      return msg('Uskonto (ev.lut.)', { id: 'timetable.subject.ue' });
    case 'ET':
      return msg('Elämänkatsomustieto', { id: 'timetable.subject.et' });
    case 'OP':
      return msg('Oppilaanohjaus', { id: 'timetable.subject.op' });
    case 'LO':
      return msg('Luokanohjaus', { id: 'timetable.subject.lo' });
    default:
      return subject.name;
  }
}
