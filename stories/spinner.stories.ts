import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@digione/components/spinner/define';
import type { D1Spinner } from '@digione/components/spinner';
import { sample } from './support.js';

type Args = Pick<D1Spinner, 'label'> & { size?: string };

const spinner = (args: Args) => html`
  <d1-spinner
    label=${ifDefined(args.label)}
    style=${ifDefined(args.size ? `--d1-spinner-size: ${args.size}` : undefined)}
  ></d1-spinner>
`;

const meta: Meta<Args> = {
  title: 'Components/Spinner',
  component: 'd1-spinner',
  args: {},
  render: spinner,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithLabel: Story = {
  render: (args, context) =>
    spinner({
      ...args,
      label: sample(context, {
        fi: 'Ladataan lukujärjestystä',
        sv: 'Schemat laddas',
        en: 'Loading the timetable',
      }),
    }),
};
export const Large: Story = { args: { size: '3rem' } };
