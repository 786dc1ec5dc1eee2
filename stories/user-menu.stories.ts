import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { useGlobals } from 'storybook/preview-api';
import '@digione/components/user-menu/define';
import type { D1UserMenu, UserContext } from '@digione/components/user-menu';
import type { D1ThemeChangeEvent } from '@digione/components/events';
import { THEME_PREFERENCES } from '@digione/components/tenants';
import { sample } from './support.js';

type Args = Pick<D1UserMenu, 'open' | 'name' | 'activeContext' | 'themePreference'> & {
  role: 'teacher' | 'guardian';
  withContexts: boolean;
};

const schools = (context: StoryContext): UserContext[] => [
  {
    id: 'kivisto',
    label: sample(context, { fi: 'Kivistön koulu', sv: 'Kivistö skola', en: 'Kivistö School' }),
    description: 'Vantaa',
  },
  {
    id: 'tikkurila',
    label: sample(context, {
      fi: 'Tikkurilan lukio',
      sv: 'Dickursby gymnasium',
      en: 'Tikkurila Upper Secondary School',
    }),
    description: 'Vantaa',
  },
];

const children = (context: StoryContext): UserContext[] => [
  {
    id: 'aino',
    label: 'Aino Korhonen',
    description: sample(context, { fi: 'Luokka 3B', sv: 'Klass 3B', en: 'Class 3B' }),
  },
  {
    id: 'eetu',
    label: 'Eetu Korhonen',
    description: sample(context, { fi: 'Luokka 7A', sv: 'Klass 7A', en: 'Class 7A' }),
  },
];

const meta: Meta<Args> = {
  title: 'Components/UserMenu',
  component: 'd1-user-menu',
  args: {
    open: true,
    name: 'Maija Virtanen',
    activeContext: 'kivisto',
    themePreference: 'system',
    role: 'teacher',
    withContexts: true,
  },
  argTypes: {
    role: { control: 'inline-radio', options: ['teacher', 'guardian'] },
    themePreference: { control: 'inline-radio', options: THEME_PREFERENCES },
  },
  parameters: { docs: { story: { inline: false, height: '40rem' } } },
  render: (args, context) => {
    // As in the portal, a theme chosen in the menu applies at once: here it sets the toolbar's
    // theme. "Laitteen mukaan" leaves the toolbar as it is, which stands for the device here.
    const [, updateGlobals] = useGlobals();
    const onThemeChange = (event: D1ThemeChangeEvent) => {
      if (event.preference !== 'system') updateGlobals({ theme: event.preference });
    };
    const teacher = args.role === 'teacher';
    const contexts = teacher ? schools(context) : children(context);
    return html`
      <div style="display: flex; justify-content: flex-end">
        <d1-user-menu
          name=${args.name}
          role-label=${
            teacher
              ? sample(context, { fi: 'Opettaja', sv: 'Lärare', en: 'Teacher' })
              : sample(context, { fi: 'Huoltaja', sv: 'Vårdnadshavare', en: 'Guardian' })
          }
          .contexts=${args.withContexts ? contexts : []}
          active-context=${args.activeContext}
          theme-preference=${args.themePreference}
          ?open=${args.open}
          @d1-theme-change=${onThemeChange}
        ></d1-user-menu>
      </div>
    `;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Open: Story = {};
export const Closed: Story = { args: { open: false } };
export const Guardian: Story = {
  args: { role: 'guardian', name: 'Pekka Korhonen', activeContext: 'eetu' },
};
export const WithoutContexts: Story = { args: { withContexts: false } };
export const DarkThemeChosen: Story = { args: { themePreference: 'dark' } };
