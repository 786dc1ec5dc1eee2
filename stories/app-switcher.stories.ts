import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digione/components/app-switcher/define';
import type { AppSwitcherApp, D1AppSwitcher } from '@digione/components/app-switcher';
import { sample, type Samples } from './support.js';

type Args = Pick<D1AppSwitcher, 'open' | 'inline' | 'current'> & { empty: boolean };

/** The apps on offer: id, name, icon, address and, for one, a description. */
const APPS: readonly (Omit<AppSwitcherApp, 'name' | 'description'> & {
  name: Samples;
  description?: Samples;
})[] = [
  {
    id: 'messages',
    name: { fi: 'Viestit', sv: 'Meddelanden', en: 'Messages' },
    icon: 'message',
    href: '#viestit',
  },
  {
    id: 'schedule',
    name: { fi: 'Lukujärjestys', sv: 'Schema', en: 'Timetable' },
    icon: 'calendar',
    href: '#lukujarjestys',
  },
  {
    id: 'absences',
    name: { fi: 'Poissaolot', sv: 'Frånvaro', en: 'Absences' },
    icon: 'clock',
    href: '#poissaolot',
  },
  {
    id: 'assessment',
    name: { fi: 'Arviointi', sv: 'Bedömning', en: 'Assessment' },
    icon: 'assessment',
    href: '#arviointi',
  },
  {
    id: 'materials',
    name: { fi: 'Oppimateriaalit', sv: 'Läromedel', en: 'Learning materials' },
    icon: 'book',
    href: '#oppimateriaalit',
  },
  {
    id: 'well-being',
    name: { fi: 'Hyvinvointi', sv: 'Välmående', en: 'Well-being' },
    icon: 'well-being',
    href: '#hyvinvointi',
    description: {
      fi: 'Kuraattori ja terveydenhoitaja',
      sv: 'Kurator och hälsovårdare',
      en: 'School social worker and nurse',
    },
  },
  {
    id: 'calendar',
    name: { fi: 'Tapahtumat', sv: 'Evenemang', en: 'Events' },
    icon: 'graduation-cap',
    href: '#tapahtumat',
  },
];

/** The apps in the language chosen in the toolbar. */
const apps = (context: StoryContext): AppSwitcherApp[] =>
  APPS.map(({ name, description, ...app }) => ({
    ...app,
    name: sample(context, name),
    ...(description ? { description: sample(context, description) } : {}),
  }));

const meta: Meta<Args> = {
  title: 'Components/AppSwitcher',
  component: 'd1-app-switcher',
  args: { open: true, inline: false, current: 'schedule', empty: false },
  parameters: { docs: { story: { inline: false, height: '28rem' } } },
  render: (args, context) => html`
    <div style="display: flex; justify-content: flex-end">
      <d1-app-switcher
        .apps=${args.empty ? [] : apps(context)}
        current=${args.current}
        ?open=${args.open}
        ?inline=${args.inline}
      ></d1-app-switcher>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Open: Story = {};
export const Closed: Story = { args: { open: false } };
export const Inline: Story = {
  args: { inline: true, current: '' },
  render: (args, context) => html`
    <d1-app-switcher .apps=${apps(context)} current=${args.current} inline></d1-app-switcher>
  `,
};
export const Empty: Story = { args: { empty: true } };
export const EmptyInline: Story = { args: { empty: true, inline: true } };
