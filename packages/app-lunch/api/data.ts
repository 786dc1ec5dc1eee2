/**
 * The lunch menus of the test schools of DigiOne's local identity provider: what the kitchens of
 * Lumikorven koulu and Kivimäen yhtenäiskoulu (Vantaa) and Merituulen koulu (Espoo) serve each school
 * week, Monday to Friday, with Swedish and English names and diet markings. Invented, stable: the
 * same dishes every week, dated to whichever week is asked for. Thursday is pea soup and pancake day,
 * as in Finnish schools. Plain data without Node imports, so the app's tests and stories can stub
 * the API with the same menus.
 */
import type { Diet, Dish, MenuDay, Side, WeekMenu } from '../src/menu-types.js';
import { formatIsoWeek, schoolDays, type IsoWeek } from '../src/week.js';

/** A school day's lunch without its date. */
export type DayPlan = Omit<MenuDay, 'date'>;

function dish(fi: string, sv: string, en: string, diets: readonly Diet[]): Dish {
  return { name: { fi, sv, en }, diets };
}

function side(
  kind: Side['kind'],
  fi: string,
  sv: string,
  en: string,
  diets: readonly Diet[],
): Side {
  return { kind, name: { fi, sv, en }, diets };
}

const RYE = side(
  'bread',
  'Ruisleipä ja kasvirasvalevite',
  'Rågbröd med växtmargarin',
  'Rye bread with plant-based spread',
  ['L', 'M', 'VE'],
);
const CRISPBREAD = side(
  'bread',
  'Näkkileipä ja kasvirasvalevite',
  'Knäckebröd med växtmargarin',
  'Crispbread with plant-based spread',
  ['L', 'M', 'VE'],
);
const OAT_BREAD = side(
  'bread',
  'Kauraleipä ja kasvirasvalevite',
  'Havrebröd med växtmargarin',
  'Oat bread with plant-based spread',
  ['L', 'M', 'VE'],
);
const MILK = side(
  'drink',
  'Rasvaton maito tai piimä',
  'Fettfri mjölk eller surmjölk',
  'Skimmed milk or buttermilk',
  ['G'],
);
const MILK_OR_OAT = side(
  'drink',
  'Rasvaton maito, piimä tai kaurajuoma',
  'Fettfri mjölk, surmjölk eller havredryck',
  'Skimmed milk, buttermilk or oat drink',
  [],
);

const PEA_SOUP_STRAWBERRY = dish(
  'Hernekeitto ja pannukakku, mansikkahillo',
  'Ärtsoppa och pannkaka med jordgubbssylt',
  'Pea soup and oven pancake with strawberry jam',
  ['L'],
);
const VEGETABLE_PEA_SOUP_STRAWBERRY = dish(
  'Kasvishernekeitto ja pannukakku, mansikkahillo',
  'Vegetarisk ärtsoppa och pannkaka med jordgubbssylt',
  'Vegetarian pea soup and oven pancake with strawberry jam',
  ['L'],
);

/** Lumikorven koulu, Vantaa. */
const LUMIKORPI: readonly DayPlan[] = [
  {
    main: dish(
      'Jauhelihakastike ja perunat',
      'Köttfärssås och potatis',
      'Minced meat sauce with potatoes',
      ['L', 'G', 'M'],
    ),
    vegetarian: dish(
      'Kasvispyörykät ja tomaattikastike',
      'Grönsaksbullar med tomatsås',
      'Vegetable balls with tomato sauce',
      ['L', 'M', 'VE'],
    ),
    sides: [
      side(
        'salad',
        'Porkkanaraaste ja ananas',
        'Riven morot med ananas',
        'Grated carrot with pineapple',
        ['L', 'G', 'M', 'VE'],
      ),
      RYE,
      MILK,
    ],
  },
  {
    main: dish('Lohikeitto', 'Laxsoppa', 'Salmon soup', ['L', 'G']),
    vegetarian: dish(
      'Kukkakaali-perunakeitto',
      'Blomkåls- och potatissoppa',
      'Cauliflower and potato soup',
      ['L', 'G'],
    ),
    sides: [
      side(
        'salad',
        'Jäävuorisalaatti, kurkku ja tomaatti',
        'Isbergssallad, gurka och tomat',
        'Iceberg lettuce, cucumber and tomato',
        ['L', 'G', 'M', 'VE'],
      ),
      RYE,
      MILK,
    ],
  },
  {
    main: dish('Broileririisivuoka', 'Kyckling- och risgratäng', 'Chicken and rice bake', [
      'L',
      'G',
    ]),
    vegetarian: dish(
      'Kasvisriisivuoka soijarouheella',
      'Ris- och grönsaksgratäng med sojafärs',
      'Rice and vegetable bake with soy mince',
      ['L', 'G', 'M', 'VE'],
    ),
    sides: [
      side('salad', 'Kaali-omenasalaatti', 'Kål- och äppelsallad', 'Cabbage and apple salad', [
        'L',
        'G',
        'M',
        'VE',
      ]),
      OAT_BREAD,
      MILK,
    ],
  },
  {
    main: PEA_SOUP_STRAWBERRY,
    vegetarian: VEGETABLE_PEA_SOUP_STRAWBERRY,
    sides: [
      side(
        'salad',
        'Kurkku-paprikasalaatti',
        'Gurk- och paprikasallad',
        'Cucumber and pepper salad',
        ['L', 'G', 'M', 'VE'],
      ),
      RYE,
      MILK,
    ],
  },
  {
    main: dish(
      'Pinaattiohukaiset ja puolukkahillo',
      'Spenatplättar med lingonsylt',
      'Spinach pancakes with lingonberry jam',
      ['L'],
    ),
    vegetarian: dish(
      'Härkäpapupihvit ja puolukkahillo',
      'Bondbönsbiffar med lingonsylt',
      'Broad bean patties with lingonberry jam',
      ['L', 'G', 'M', 'VE'],
    ),
    sides: [
      side('salad', 'Vihersalaatti ja herneet', 'Grönsallad med ärter', 'Green salad with peas', [
        'L',
        'G',
        'M',
        'VE',
      ]),
      CRISPBREAD,
      MILK,
    ],
  },
];

/** Kivimäen yhtenäiskoulu, Vantaa. */
const KIVIMAKI: readonly DayPlan[] = [
  {
    main: dish(
      'Makaronilaatikko ja ketsuppi',
      'Makaronilåda med ketchup',
      'Macaroni casserole with ketchup',
      ['L'],
    ),
    vegetarian: dish(
      'Kasvismakaronilaatikko ja ketsuppi',
      'Vegetarisk makaronilåda med ketchup',
      'Vegetarian macaroni casserole with ketchup',
      ['L'],
    ),
    sides: [
      side(
        'salad',
        'Kiinankaali-kurkkusalaatti',
        'Kinakål- och gurksallad',
        'Chinese cabbage and cucumber salad',
        ['L', 'G', 'M', 'VE'],
      ),
      RYE,
      MILK,
    ],
  },
  {
    main: dish(
      'Broilerikastike ja täysjyväriisi',
      'Kycklingsås med fullkornsris',
      'Chicken sauce with wholegrain rice',
      ['L', 'G', 'M'],
    ),
    vegetarian: dish(
      'Tofu-kasviskastike ja täysjyväriisi',
      'Tofu- och grönsakssås med fullkornsris',
      'Tofu and vegetable sauce with wholegrain rice',
      ['L', 'G', 'M', 'VE'],
    ),
    sides: [
      side('salad', 'Porkkanaraaste', 'Riven morot', 'Grated carrot', ['L', 'G', 'M', 'VE']),
      CRISPBREAD,
      MILK,
    ],
  },
  {
    main: dish('Lihakeitto', 'Köttsoppa', 'Meat soup', ['L', 'G', 'M']),
    vegetarian: dish('Linssikeitto', 'Linssoppa', 'Lentil soup', ['L', 'G', 'M', 'VE']),
    sides: [
      side(
        'salad',
        'Punajuuri-omenasalaatti',
        'Rödbets- och äppelsallad',
        'Beetroot and apple salad',
        ['L', 'G', 'M', 'VE'],
      ),
      RYE,
      MILK,
    ],
  },
  {
    main: PEA_SOUP_STRAWBERRY,
    vegetarian: VEGETABLE_PEA_SOUP_STRAWBERRY,
    sides: [
      side(
        'salad',
        'Tomaatti-kurkkusalaatti',
        'Tomat- och gurksallad',
        'Tomato and cucumber salad',
        ['L', 'G', 'M', 'VE'],
      ),
      OAT_BREAD,
      MILK,
    ],
  },
  {
    main: dish(
      'Uunimakkara ja perunamuusi',
      'Ugnskorv med potatismos',
      'Oven-baked sausage with mashed potatoes',
      ['L', 'G'],
    ),
    vegetarian: dish(
      'Kasvispyörykät ja perunamuusi',
      'Grönsaksbullar med potatismos',
      'Vegetable balls with mashed potatoes',
      ['L'],
    ),
    sides: [
      side('salad', 'Kaali-porkkanasalaatti', 'Kål- och morotssallad', 'Cabbage and carrot salad', [
        'L',
        'G',
        'M',
        'VE',
      ]),
      RYE,
      MILK,
    ],
  },
];

/** Merituulen koulu, Espoo: another city, another kitchen. */
const MERITUULI: readonly DayPlan[] = [
  {
    main: dish(
      'Kalapuikot ja perunamuusi',
      'Fiskpinnar med potatismos',
      'Fish fingers with mashed potatoes',
      ['L'],
    ),
    vegetarian: dish(
      'Kasvispihvit ja perunamuusi',
      'Grönsaksbiffar med potatismos',
      'Vegetable patties with mashed potatoes',
      ['L'],
    ),
    sides: [
      side(
        'salad',
        'Jäävuorisalaatti ja maissi',
        'Isbergssallad med majs',
        'Iceberg lettuce with sweetcorn',
        ['L', 'G', 'M', 'VE'],
      ),
      RYE,
      MILK_OR_OAT,
    ],
  },
  {
    main: dish(
      'Kaalilaatikko ja puolukkahillo',
      'Kålgratäng med lingonsylt',
      'Cabbage casserole with lingonberry jam',
      ['L', 'G', 'M'],
    ),
    vegetarian: dish(
      'Kasviskaalilaatikko ja puolukkahillo',
      'Vegetarisk kålgratäng med lingonsylt',
      'Vegetarian cabbage casserole with lingonberry jam',
      ['L', 'G', 'M', 'VE'],
    ),
    sides: [
      side('salad', 'Porkkanaraaste', 'Riven morot', 'Grated carrot', ['L', 'G', 'M', 'VE']),
      CRISPBREAD,
      MILK_OR_OAT,
    ],
  },
  {
    main: dish('Kasvislasagne', 'Grönsakslasagne', 'Vegetable lasagne', ['L']),
    vegetarian: dish(
      'Kikhernepata ja bulgur',
      'Kikärtsgryta med bulgur',
      'Chickpea stew with bulgur',
      ['L', 'M', 'VE'],
    ),
    sides: [
      side(
        'salad',
        'Vihersalaatti ja kurkku',
        'Grönsallad med gurka',
        'Green salad with cucumber',
        ['L', 'G', 'M', 'VE'],
      ),
      OAT_BREAD,
      MILK_OR_OAT,
    ],
  },
  {
    main: dish(
      'Hernekeitto ja pannukakku, vadelmahillo',
      'Ärtsoppa och pannkaka med hallonsylt',
      'Pea soup and oven pancake with raspberry jam',
      ['L'],
    ),
    vegetarian: dish(
      'Kasvishernekeitto ja pannukakku, vadelmahillo',
      'Vegetarisk ärtsoppa och pannkaka med hallonsylt',
      'Vegetarian pea soup and oven pancake with raspberry jam',
      ['L'],
    ),
    sides: [
      side(
        'salad',
        'Kaali-ananassalaatti',
        'Kål- och ananassallad',
        'Cabbage and pineapple salad',
        ['L', 'G', 'M', 'VE'],
      ),
      RYE,
      MILK_OR_OAT,
    ],
  },
  {
    main: dish(
      'Kalkkunakastike ja perunat',
      'Kalkonsås med potatis',
      'Turkey sauce with potatoes',
      ['L', 'G'],
    ),
    vegetarian: dish(
      'Soijarouhekastike ja perunat',
      'Sojafärssås med potatis',
      'Soy mince sauce with potatoes',
      ['L', 'G', 'M', 'VE'],
    ),
    sides: [
      side(
        'salad',
        'Tomaatti-kurkkusalaatti',
        'Tomat- och gurksallad',
        'Tomato and cucumber salad',
        ['L', 'G', 'M', 'VE'],
      ),
      CRISPBREAD,
      MILK_OR_OAT,
    ],
  },
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

/** The menu of the school `code` (named `name`) in `week`, or undefined when it publishes none. */
export function weekMenu(code: string, name: string, week: IsoWeek): WeekMenu | undefined {
  const plans = MENUS[code];
  if (!plans) return undefined;
  const dates = schoolDays(week);
  return {
    school: { code, name },
    week: formatIsoWeek(week),
    days: plans.map((plan, index) => ({ date: dates[index] ?? '', ...plan })),
  };
}
