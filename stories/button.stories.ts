import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@digione/components/button/define';
import '@digione/components/icon/define';
import type { D1Button } from '@digione/components/button';
import { sample } from './support.js';

type Args = Pick<D1Button, 'variant' | 'size' | 'disabled' | 'loading'> & { href?: string };

const meta: Meta<Args> = {
  title: 'Components/Button',
  component: 'd1-button',
  args: { variant: 'primary', size: 'm', disabled: false, loading: false },
  render: (args, context) => html`
    <d1-button
      variant=${args.variant}
      size=${args.size}
      ?disabled=${args.disabled}
      ?loading=${args.loading}
      href=${ifDefined(args.href)}
      >${sample(context, { fi: 'Tallenna', sv: 'Spara', en: 'Save' })}</d1-button
    >
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Primary: Story = {};
export const Secondary: Story = { args: { variant: 'secondary' } };
export const Ghost: Story = { args: { variant: 'ghost' } };
export const Danger: Story = { args: { variant: 'danger' } };
export const Small: Story = { args: { size: 's' } };
export const Large: Story = { args: { size: 'l' } };
export const Disabled: Story = { args: { disabled: true } };
export const Loading: Story = { args: { loading: true } };
export const AsLink: Story = { args: { href: '#lukujarjestys' } };
export const WithIcon: Story = {
  render: (_args, context) => html`
    <d1-button variant="secondary">
      <d1-icon slot="prefix" name="send"></d1-icon>
      ${sample(context, { fi: 'Lähetä', sv: 'Skicka', en: 'Send' })}
    </d1-button>
  `,
};
