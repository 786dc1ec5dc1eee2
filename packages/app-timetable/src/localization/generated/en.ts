
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'timetable.class': str`class ${0}`,
'timetable.empty.heading': `No lessons this week`,
'timetable.empty.text': `No lessons have been entered for this week. During school holidays the timetable is empty.`,
'timetable.empty.this-week': `Show this week`,
'timetable.error.failed.heading': `The timetable could not be loaded`,
'timetable.error.failed.text': `The timetable service could not be reached. Check your network connection and try again.`,
'timetable.error.forbidden.heading': `No access to this timetable`,
'timetable.error.forbidden.text': `You can only see your own timetable, the lessons in your own schools or your own children's timetables. You can switch the school or child from the user menu.`,
'timetable.error.unauthorized.heading': `Your session is not accepted by the timetable service`,
'timetable.error.unauthorized.text': `The timetable service did not accept your sign-in. Try again. If the error persists, sign out and then sign in again.`,
'timetable.group': `Group`,
'timetable.heading': `Timetable`,
'timetable.loading': `Loading the timetable…`,
'timetable.next': `Next week`,
'timetable.no-lessons': `No lessons`,
'timetable.previous': `Previous week`,
'timetable.room': `Room`,
'timetable.subject.ai': `Finnish language and literature`,
'timetable.subject.bi': `Biology`,
'timetable.subject.ena1': `English (A1)`,
'timetable.subject.et': `Secular ethics`,
'timetable.subject.fy': `Physics`,
'timetable.subject.ge': `Geography`,
'timetable.subject.hi': `History`,
'timetable.subject.ke': `Chemistry`,
'timetable.subject.ko': `Home economics`,
'timetable.subject.ks': `Crafts`,
'timetable.subject.ku': `Visual arts`,
'timetable.subject.li': `Physical education`,
'timetable.subject.lo': `Class tutor period`,
'timetable.subject.ma': `Mathematics`,
'timetable.subject.mu': `Music`,
'timetable.subject.op': `Student counselling`,
'timetable.subject.rub1': `Swedish (B1)`,
'timetable.subject.te': `Health education`,
'timetable.subject.ue': `Religion (Lutheran)`,
'timetable.subject.yh': `Social studies`,
'timetable.subject.ym': `Environmental studies`,
'timetable.teacher': `Teacher`,
'timetable.this-week': `This week`,
'timetable.title': str`Week ${0}`,
'timetable.today': `today`,
'timetable.week': str`Week ${0}`,
'timetable.week-nav': `Choose a week`,
    };
  