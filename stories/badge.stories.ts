import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@digione/components/badge/define';
import type { D1Badge } from '@digione/components/badge';
import { sample } from './support.js';

type Args = Pick<D1Badge, 'variant' | 'max'> & { count?: number; label?: string };

const meta: Meta<Args> = {
  title: 'Components/Badge',
  component: 'd1-badge',
  args: { variant: 'neutral', max: 99 },
  argTypes: {
    variant: { control: 'select', options: ['neutral', 'accent', 'success', 'warning', 'danger'] },
  },
  render: (args, context) => html`
    <d1-badge variant=${args.variant}
      >${sample(context, { fi: 'Luonnos', sv: 'Utkast', en: 'Draft' })}</d1-badge
    >
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Neutral: Story = {};
export const Accent: Story = {
  args: { variant: 'accent' },
  render: (args, context) => html`
    <d1-badge variant=${args.variant}
      >${sample(context, { fi: 'Uusi', sv: 'Ny', en: 'New' })}</d1-badge
    >
  `,
};
export const Success: Story = {
  args: { variant: 'success' },
  render: (args, context) => html`
    <d1-badge variant=${args.variant}
      >${sample(context, { fi: 'Palautettu', sv: 'Inlämnad', en: 'Submitted' })}</d1-badge
    >
  `,
};
export const Warning: Story = {
  args: { variant: 'warning' },
  render: (args, context) => html`
    <d1-badge variant=${args.variant}
      >${sample(context, { fi: 'Palautus huomenna', sv: 'Inlämning i morgon', en: 'Due tomorrow' })}</d1-badge
    >
  `,
};
export const Danger: Story = {
  args: { variant: 'danger' },
  render: (args, context) => html`
    <d1-badge variant=${args.variant}
      >${sample(context, { fi: 'Myöhässä', sv: 'Försenad', en: 'Late' })}</d1-badge
    >
  `,
};

const countRender = (args: Args, context: StoryContext) => html`
  <span style="display: inline-flex; align-items: center; gap: 0.5rem">
    ${sample(context, { fi: 'Viestit', sv: 'Meddelanden', en: 'Messages' })}
    <d1-badge
      variant=${args.variant}
      count=${ifDefined(args.count)}
      max=${args.max}
      label=${ifDefined(args.label)}
    ></d1-badge>
  </span>
`;

export const Count: Story = {
  args: { variant: 'accent', count: 3 },
  render: (args, context) =>
    countRender(
      {
        ...args,
        label: sample(context, {
          fi: '3 lukematonta viestiä',
          sv: '3 olästa meddelanden',
          en: '3 unread messages',
        }),
      },
      context,
    ),
};
export const CountOverMax: Story = {
  args: { variant: 'danger', count: 120 },
  render: (args, context) =>
    countRender(
      {
        ...args,
        label: sample(context, {
          fi: 'Yli 99 lukematonta viestiä',
          sv: 'Över 99 olästa meddelanden',
          en: 'More than 99 unread messages',
        }),
      },
      context,
    ),
};
