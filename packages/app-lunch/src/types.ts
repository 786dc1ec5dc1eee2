/**
 * What the Kouluruoka API answers (`GET /menu?school=<code>&week=<ISO week>`): one school's lunch
 * menu for one week, Monday to Friday. Shared by the app and the API, so both speak one shape.
 */

/** The diet markings of Finnish school menus. */
export const DIETS = ['L', 'G', 'M', 'VE'] as const;
/** L laktoositon, G gluteeniton, M maidoton, VE vegaaninen. */
export type Diet = (typeof DIETS)[number];

/** A name in DigiOne's languages; Finnish is always there, Swedish and English where the kitchen gives them. */
export interface LocalizedName {
  readonly fi: string;
  readonly sv?: string;
  readonly en?: string;
}

/** A dish with its diet markings. */
export interface Dish {
  readonly name: LocalizedName;
  readonly diets: readonly Diet[];
}

/** What comes with the meal every day. */
export type SideKind = 'salad' | 'bread' | 'drink';

export interface Side extends Dish {
  readonly kind: SideKind;
}

/** One school day's lunch. */
export interface MenuDay {
  /** The calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The main dish (pääruoka). */
  readonly main: Dish;
  /** The vegetarian alternative (kasvisvaihtoehto). */
  readonly vegetarian: Dish;
  /** Salad, bread and drink. */
  readonly sides: readonly Side[];
}

/** The answer of `GET /menu`. */
export interface WeekMenu {
  readonly school: { readonly code: string; readonly name: string };
  /** The ISO week, e.g. `2025-W03`. */
  readonly week: string;
  /** The school days with lunch; empty in a week without school lunch (a holiday week). */
  readonly days: readonly MenuDay[];
}
