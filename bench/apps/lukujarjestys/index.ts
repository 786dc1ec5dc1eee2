/**
 * Benchmark app "Lukujärjestys": today's lessons as a table, in plain DOM (the framework-neutral
 * form of `defineMicroApp`). It follows the shell's language and marks every render.
 */
import { defineMicroApp, type Locale, type ShellContext } from '@digione/sdk';
import { markRender } from '../render-mark.js';

interface Lesson {
  readonly time: string;
  readonly subject: Readonly<Record<Locale, string>>;
  readonly group: string;
  readonly room: string;
}

const LESSONS: readonly Lesson[] = [
  {
    time: '8.15–9.00',
    subject: { fi: 'Matematiikka', sv: 'Matematik', en: 'Mathematics' },
    group: '7B',
    room: 'A204',
  },
  {
    time: '9.10–10.40',
    subject: { fi: 'Fysiikka', sv: 'Fysik', en: 'Physics' },
    group: '8A',
    room: 'B112',
  },
  {
    time: '11.25–12.10',
    subject: { fi: 'Matematiikka', sv: 'Matematik', en: 'Mathematics' },
    group: '9C',
    room: 'A204',
  },
  {
    time: '12.20–13.50',
    subject: { fi: 'Kemia', sv: 'Kemi', en: 'Chemistry' },
    group: '9A',
    room: 'B110',
  },
];

const TEXT: Readonly<
  Record<Locale, Readonly<Record<'title' | 'time' | 'subject' | 'group' | 'room', string>>>
> = {
  fi: {
    title: 'Tämän päivän tunnit',
    time: 'Aika',
    subject: 'Oppiaine',
    group: 'Ryhmä',
    room: 'Luokka',
  },
  sv: { title: 'Dagens lektioner', time: 'Tid', subject: 'Ämne', group: 'Grupp', room: 'Klassrum' },
  en: { title: 'Today’s lessons', time: 'Time', subject: 'Subject', group: 'Group', room: 'Room' },
};

function cell(tag: 'th' | 'td', text: string): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (tag === 'th') element.scope = 'col';
  return element;
}

/** Draws the app in `root` for the context's current language. */
function draw(root: HTMLElement, context: ShellContext): void {
  const locale = context.locale.value;
  const t = TEXT[locale];
  const heading = document.createElement('h2');
  heading.textContent = t.title;
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  head.append(cell('th', t.time), cell('th', t.subject), cell('th', t.group), cell('th', t.room));
  const body = table.createTBody();
  for (const lesson of LESSONS) {
    body
      .insertRow()
      .append(
        cell('td', lesson.time),
        cell('td', lesson.subject[locale]),
        cell('td', lesson.group),
        cell('td', lesson.room),
      );
  }
  root.replaceChildren(heading, table);
  markRender(root, context.appId, locale);
}

let stop: (() => void) | undefined;

export default defineMicroApp({
  mount(container, context) {
    const root = document.createElement('div');
    container.append(root);
    const subscription = context.locale.subscribe(() => {
      draw(root, context);
    });
    stop = () => {
      subscription.unsubscribe();
      root.remove();
    };
  },
  unmount() {
    stop?.();
    stop = undefined;
  },
});
