
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'lunch.days': `This week's menu day by day`,
'lunch.diet.g': `gluten-free`,
'lunch.diet.l': `lactose-free`,
'lunch.diet.m': `milk-free`,
'lunch.diet.ve': `vegan`,
'lunch.empty.heading': `No school lunch this week`,
'lunch.empty.text': `The school is on holiday, or this week's menu has not been published yet.`,
'lunch.error.forbidden.heading': `You cannot see this school's menu`,
'lunch.error.forbidden.text': `The menu is shown only to the school's pupils and staff and to the pupils' guardians.`,
'lunch.error.not-configured.heading': `The lunch menu service is not set up`,
'lunch.error.not-configured.text': `The portal's administrators have not given the app the address of the lunch menu service. Please tell your school's contact person.`,
'lunch.error.session.heading': `Your session is not valid for the lunch menu service`,
'lunch.error.session.text': `Sign out and back in, then try again.`,
'lunch.error.unavailable.heading': `The lunch menu could not be loaded`,
'lunch.error.unavailable.text': `The lunch menu service could not be reached. Try again in a moment.`,
'lunch.heading': `Lunch menu`,
'lunch.legend.heading': `Diet markings`,
'lunch.legend.note': `Special diets are arranged with the school nurse.`,
'lunch.loading': `Loading the lunch menu…`,
'lunch.main': `Main dish`,
'lunch.no-school.heading': `Choose a school or child`,
'lunch.no-school.text': `In the portal's top bar, choose the school or child whose menu you want to see.`,
'lunch.sides': `On the side`,
'lunch.today': `Today`,
'lunch.vegetarian': `Vegetarian option`,
'lunch.week': str`Week ${0}, ${1}`,
    };
  