import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digione/components/skeleton/define';
import '@digione/components/spinner/define';
import type { D1Skeleton } from '@digione/components/skeleton';
import { sample } from './support.js';

type Args = Pick<D1Skeleton, 'shape' | 'lines'>;

const meta: Meta<Args> = {
  title: 'Components/Skeleton',
  component: 'd1-skeleton',
  args: { shape: 'text', lines: 1 },
  argTypes: { shape: { control: 'inline-radio', options: ['text', 'circle', 'rect'] } },
  render: (args) => html`<d1-skeleton shape=${args.shape} lines=${args.lines}></d1-skeleton>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Text: Story = {};
export const Paragraph: Story = { args: { lines: 4 } };
export const Circle: Story = { args: { shape: 'circle' } };
export const Rect: Story = { args: { shape: 'rect' } };
export const CustomSize: Story = {
  render: () => html`
    <d1-skeleton
      shape="rect"
      style="--d1-skeleton-width: 16rem; --d1-skeleton-height: 9rem"
    ></d1-skeleton>
  `,
};
/** A message list while it loads: skeletons for the layout, a spinner to tell screen readers. */
export const MessageListLoading: Story = {
  render: (_args, context) => html`
    <div aria-busy="true" style="display: grid; gap: 1rem; max-width: 28rem">
      <d1-spinner
        label=${sample(context, {
          fi: 'Ladataan viestejä',
          sv: 'Meddelanden laddas',
          en: 'Loading messages',
        })}
      ></d1-spinner>
      ${[1, 2, 3].map(
        () => html`
          <div style="display: flex; gap: 0.75rem; align-items: flex-start">
            <d1-skeleton shape="circle"></d1-skeleton>
            <d1-skeleton lines="2" style="flex: 1"></d1-skeleton>
          </div>
        `,
      )}
    </div>
  `,
};
