import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digione/components/user-menu/define';
import type { D1UserMenu, UserContext } from '@digione/components/user-menu';
import { sample } from './support.js';

type Args = Pick<D1UserMenu, 'open' | 'name' | 'activeContext'> & {
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
    role: 'teacher',
    withContexts: true,
  },
  argTypes: { role: { control: 'inline-radio', options: ['teacher', 'guardian'] } },
  parameters: { docs: { story: { inline: false, height: '26rem' } } },
  render: (args, context) => {
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
          ?open=${args.open}
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
