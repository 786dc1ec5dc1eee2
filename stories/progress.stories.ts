import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@digione/components/progress/define';
import type { D1Progress } from '@digione/components/progress';
import { sample, type Samples } from './support.js';

type Args = Pick<D1Progress, 'max' | 'hideLabel'> & { value?: number | undefined };

/** A progress bar with the given label, from the story's args. */
const progress = (label: Samples) => (args: Args, context: StoryContext) => html`
  <d1-progress
    value=${ifDefined(args.value)}
    max=${args.max}
    ?hide-label=${args.hideLabel}
    label=${sample(context, label)}
  ></d1-progress>
`;

const meta: Meta<Args> = {
  title: 'Components/Progress',
  component: 'd1-progress',
  args: { value: 40, max: 100, hideLabel: false },
  render: progress({
    fi: 'Liitteen lataus: essee.pdf',
    sv: 'Bilagan laddas upp: essä.pdf',
    en: 'Uploading attachment: essay.pdf',
  }),
};
export default meta;
type Story = StoryObj<Args>;

export const Determinate: Story = {};
export const Complete: Story = { args: { value: 100 } };
export const CustomMax: Story = {
  args: { value: 3, max: 5 },
  render: progress({
    fi: 'Kurssin tehtävät tehty',
    sv: 'Kursens uppgifter gjorda',
    en: 'Course assignments done',
  }),
};
export const Indeterminate: Story = { args: { value: undefined } };
export const HiddenLabel: Story = { args: { hideLabel: true } };
