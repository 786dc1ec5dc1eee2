/**
 * The lunch menus of the test schools of DigiOne's local identity provider: what the kitchens of
 * Lumikorven koulu and Kivimäen yhtenäiskoulu (Vantaa) and Merituulen koulu (Espoo) serve each school
 * week, Monday to Friday, with Swedish and English names and diet markings. Invented, stable: the
 * same dishes every week, dated to whichever week is asked for. Thursday is pea soup and pancake day,
 * as in Finnish schools. Plain data and date-fns, without Node imports, so the app's tests and
 * stories can stand in for the API with the same menus.
 */
import { addDays, format, isValid, parse } from 'date-fns';
import { DIETS, type Diet, type Dish, type MenuDay, type WeekMenu } from '../src/types.js';

/** A school day's lunch without its date. */
export type DayPlan = Omit<MenuDay, 'date'>;

/**
 * A dish: its name in Finnish, Swedish and English, and its diet markings as the menu prints them
 * (`'L G M VE'`).
 */
function dish(fi: string, sv: string, en: string, diets = ''): Dish {
  const marks = diets.split(' ').filter(Boolean);
  const unknown = marks.filter((mark) => !(DIETS as readonly string[]).includes(mark));
  if (unknown.length > 0) {
    throw new TypeError(`The dish "${fi}" has unknown diet markings: ${unknown.join(', ')}.`);
  }
  return { name: { fi, sv, en }, diets: marks as Diet[] };
}

/** One school day's lunch: the main dish, the vegetarian one, then salad, bread and drink. */
function day(main: Dish, vegetarian: Dish, salad: Dish, bread: Dish, drink: Dish): DayPlan {
  return {
    main,
    vegetarian,
    sides: [
      { kind: 'salad', ...salad },
      { kind: 'bread', ...bread },
      { kind: 'drink', ...drink },
    ],
  };
}

const RYE = dish(
  'Ruisleipä ja kasvirasvalevite',
  'Rågbröd med växtmargarin',
  'Rye bread with plant-based spread',
  'L M VE',
);
const MILK = dish(
  'Rasvaton maito tai piimä',
  'Fettfri mjölk eller surmjölk',
  'Skimmed milk or buttermilk',
  'G',
);
const OAT_BREAD = dish(
  'Kauraleipä ja kasvirasvalevite',
  'Havrebröd med växtmargarin',
  'Oat bread with plant-based spread',
  'L M VE',
);
const PEA_SOUP_STRAWBERRY = dish(
  'Hernekeitto ja pannukakku, mansikkahillo',
  'Ärtsoppa och pannkaka med jordgubbssylt',
  'Pea soup and oven pancake with strawberry jam',
  'L',
);
const VEGETABLE_PEA_SOUP_STRAWBERRY = dish(
  'Kasvishernekeitto ja pannukakku, mansikkahillo',
  'Vegetarisk ärtsoppa och pannkaka med jordgubbssylt',
  'Vegetarian pea soup and oven pancake with strawberry jam',
  'L',
);
const CRISPBREAD = dish(
  'Näkkileipä ja kasvirasvalevite',
  'Knäckebröd med växtmargarin',
  'Crispbread with plant-based spread',
  'L M VE',
);
const MILK_OR_OAT = dish(
  'Rasvaton maito, piimä tai kaurajuoma',
  'Fettfri mjölk, surmjölk eller havredryck',
  'Skimmed milk, buttermilk or oat drink',
);

/** Lumikorven koulu, Vantaa. */
const LUMIKORPI: readonly DayPlan[] = [
  day(
    dish(
      'Jauhelihakastike ja perunat',
      'Köttfärssås och potatis',
      'Minced meat sauce with potatoes',
      'L G M',
    ),
    dish(
      'Kasvispyörykät ja tomaattikastike',
      'Grönsaksbullar med tomatsås',
      'Vegetable balls with tomato sauce',
      'L M VE',
    ),
    dish(
      'Porkkanaraaste ja ananas',
      'Riven morot med ananas',
      'Grated carrot with pineapple',
      'L G M VE',
    ),
    RYE,
    MILK,
  ),
  day(
    dish('Lohikeitto', 'Laxsoppa', 'Salmon soup', 'L G'),
    dish(
      'Kukkakaali-perunakeitto',
      'Blomkåls- och potatissoppa',
      'Cauliflower and potato soup',
      'L G',
    ),
    dish(
      'Jäävuorisalaatti, kurkku ja tomaatti',
      'Isbergssallad, gurka och tomat',
      'Iceberg lettuce, cucumber and tomato',
      'L G M VE',
    ),
    RYE,
    MILK,
  ),
  day(
    dish('Broileririisivuoka', 'Kyckling- och risgratäng', 'Chicken and rice bake', 'L G'),
    dish(
      'Kasvisriisivuoka soijarouheella',
      'Ris- och grönsaksgratäng med sojafärs',
      'Rice and vegetable bake with soy mince',
      'L G M VE',
    ),
    dish('Kaali-omenasalaatti', 'Kål- och äppelsallad', 'Cabbage and apple salad', 'L G M VE'),
    OAT_BREAD,
    MILK,
  ),
  day(
    PEA_SOUP_STRAWBERRY,
    VEGETABLE_PEA_SOUP_STRAWBERRY,
    dish(
      'Kurkku-paprikasalaatti',
      'Gurk- och paprikasallad',
      'Cucumber and pepper salad',
      'L G M VE',
    ),
    RYE,
    MILK,
  ),
  day(
    dish(
      'Pinaattiohukaiset ja puolukkahillo',
      'Spenatplättar med lingonsylt',
      'Spinach pancakes with lingonberry jam',
      'L',
    ),
    dish(
      'Härkäpapupihvit ja puolukkahillo',
      'Bondbönsbiffar med lingonsylt',
      'Broad bean patties with lingonberry jam',
      'L G M VE',
    ),
    dish('Vihersalaatti ja herneet', 'Grönsallad med ärter', 'Green salad with peas', 'L G M VE'),
    CRISPBREAD,
    MILK,
  ),
];

/** Kivimäen yhtenäiskoulu, Vantaa. */
const KIVIMAKI: readonly DayPlan[] = [
  day(
    dish(
      'Makaronilaatikko ja ketsuppi',
      'Makaronilåda med ketchup',
      'Macaroni casserole with ketchup',
      'L',
    ),
    dish(
      'Kasvismakaronilaatikko ja ketsuppi',
      'Vegetarisk makaronilåda med ketchup',
      'Vegetarian macaroni casserole with ketchup',
      'L',
    ),
    dish(
      'Kiinankaali-kurkkusalaatti',
      'Kinakål- och gurksallad',
      'Chinese cabbage and cucumber salad',
      'L G M VE',
    ),
    RYE,
    MILK,
  ),
  day(
    dish(
      'Broilerikastike ja täysjyväriisi',
      'Kycklingsås med fullkornsris',
      'Chicken sauce with wholegrain rice',
      'L G M',
    ),
    dish(
      'Tofu-kasviskastike ja täysjyväriisi',
      'Tofu- och grönsakssås med fullkornsris',
      'Tofu and vegetable sauce with wholegrain rice',
      'L G M VE',
    ),
    dish('Porkkanaraaste', 'Riven morot', 'Grated carrot', 'L G M VE'),
    CRISPBREAD,
    MILK,
  ),
  day(
    dish('Lihakeitto', 'Köttsoppa', 'Meat soup', 'L G M'),
    dish('Linssikeitto', 'Linssoppa', 'Lentil soup', 'L G M VE'),
    dish(
      'Punajuuri-omenasalaatti',
      'Rödbets- och äppelsallad',
      'Beetroot and apple salad',
      'L G M VE',
    ),
    RYE,
    MILK,
  ),
  day(
    PEA_SOUP_STRAWBERRY,
    VEGETABLE_PEA_SOUP_STRAWBERRY,
    dish(
      'Tomaatti-kurkkusalaatti',
      'Tomat- och gurksallad',
      'Tomato and cucumber salad',
      'L G M VE',
    ),
    OAT_BREAD,
    MILK,
  ),
  day(
    dish(
      'Uunimakkara ja perunamuusi',
      'Ugnskorv med potatismos',
      'Oven-baked sausage with mashed potatoes',
      'L G',
    ),
    dish(
      'Kasvispyörykät ja perunamuusi',
      'Grönsaksbullar med potatismos',
      'Vegetable balls with mashed potatoes',
      'L',
    ),
    dish('Kaali-porkkanasalaatti', 'Kål- och morotssallad', 'Cabbage and carrot salad', 'L G M VE'),
    RYE,
    MILK,
  ),
];

/** Merituulen koulu, Espoo: another city, another kitchen. */
const MERITUULI: readonly DayPlan[] = [
  day(
    dish(
      'Kalapuikot ja perunamuusi',
      'Fiskpinnar med potatismos',
      'Fish fingers with mashed potatoes',
      'L',
    ),
    dish(
      'Kasvispihvit ja perunamuusi',
      'Grönsaksbiffar med potatismos',
      'Vegetable patties with mashed potatoes',
      'L',
    ),
    dish(
      'Jäävuorisalaatti ja maissi',
      'Isbergssallad med majs',
      'Iceberg lettuce with sweetcorn',
      'L G M VE',
    ),
    RYE,
    MILK_OR_OAT,
  ),
  day(
    dish(
      'Kaalilaatikko ja puolukkahillo',
      'Kålgratäng med lingonsylt',
      'Cabbage casserole with lingonberry jam',
      'L G M',
    ),
    dish(
      'Kasviskaalilaatikko ja puolukkahillo',
      'Vegetarisk kålgratäng med lingonsylt',
      'Vegetarian cabbage casserole with lingonberry jam',
      'L G M VE',
    ),
    dish('Porkkanaraaste', 'Riven morot', 'Grated carrot', 'L G M VE'),
    CRISPBREAD,
    MILK_OR_OAT,
  ),
  day(
    dish('Kasvislasagne', 'Grönsakslasagne', 'Vegetable lasagne', 'L'),
    dish(
      'Kikhernepata ja bulgur',
      'Kikärtsgryta med bulgur',
      'Chickpea stew with bulgur',
      'L M VE',
    ),
    dish(
      'Vihersalaatti ja kurkku',
      'Grönsallad med gurka',
      'Green salad with cucumber',
      'L G M VE',
    ),
    OAT_BREAD,
    MILK_OR_OAT,
  ),
  day(
    dish(
      'Hernekeitto ja pannukakku, vadelmahillo',
      'Ärtsoppa och pannkaka med hallonsylt',
      'Pea soup and oven pancake with raspberry jam',
      'L',
    ),
    dish(
      'Kasvishernekeitto ja pannukakku, vadelmahillo',
      'Vegetarisk ärtsoppa och pannkaka med hallonsylt',
      'Vegetarian pea soup and oven pancake with raspberry jam',
      'L',
    ),
    dish(
      'Kaali-ananassalaatti',
      'Kål- och ananassallad',
      'Cabbage and pineapple salad',
      'L G M VE',
    ),
    RYE,
    MILK_OR_OAT,
  ),
  day(
    dish(
      'Kalkkunakastike ja perunat',
      'Kalkonsås med potatis',
      'Turkey sauce with potatoes',
      'L G',
    ),
    dish(
      'Soijarouhekastike ja perunat',
      'Sojafärssås med potatis',
      'Soy mince sauce with potatoes',
      'L G M VE',
    ),
    dish(
      'Tomaatti-kurkkusalaatti',
      'Tomat- och gurksallad',
      'Tomato and cucumber salad',
      'L G M VE',
    ),
    CRISPBREAD,
    MILK_OR_OAT,
  ),
];

/**
 * Each school's week of lunches, Monday to Friday, by school code (the codes of the identity
 * provider's TEST_SCHOOLS: lumikorpi, kivimaki, merituuli).
 */
export const MENUS: Readonly<Partial<Record<string, readonly DayPlan[]>>> = {
  '09231': LUMIKORPI,
  '09247': KIVIMAKI,
  '04915': MERITUULI,
};

/** An ISO week as the API names it, `2025-W03` (date-fns' ISO week-numbering year and week). */
const ISO_WEEK = "RRRR-'W'II";

/** The ISO week `date` falls in, `2025-W03`. */
export function isoWeekOf(date: Date): string {
  return format(date, ISO_WEEK);
}

/** The Monday of the ISO week `week` (`2025-W03`); undefined when it is malformed or no such week. */
export function mondayOf(week: string): Date | undefined {
  const monday = parse(week, ISO_WEEK, new Date());
  // A week the year does not have (2025-W53) parses into the next year's: not the week asked.
  return isValid(monday) && format(monday, ISO_WEEK) === week ? monday : undefined;
}

/**
 * The menu of the school `code` (named `name`) in the ISO week `week` (`2025-W03`), or undefined
 * when the school publishes none or there is no such week.
 */
export function weekMenu(code: string, name: string, week: string): WeekMenu | undefined {
  const plans = MENUS[code];
  const monday = mondayOf(week);
  if (!plans || !monday) return undefined;
  return {
    school: { code, name },
    week,
    days: plans.map((plan, index) => ({
      date: format(addDays(monday, index), 'yyyy-MM-dd'),
      ...plan,
    })),
  };
}
