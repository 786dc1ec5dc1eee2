import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@digione/components/avatar/define';
import type { D1Avatar } from '@digione/components/avatar';
import { sample } from './support.js';

type Args = Pick<D1Avatar, 'name' | 'size' | 'decorative'> & { src?: string };

/** A drawn portrait as a data URL, so the story needs no network. */
const PORTRAIT =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 80"><rect width="80" height="80" fill="#d5e4f7"/><circle cx="40" cy="32" r="14" fill="#8a5a44"/><path d="M14 80a26 26 0 0 1 52 0z" fill="#1d4fa3"/></svg>',
  );

const meta: Meta<Args> = {
  title: 'Components/Avatar',
  component: 'd1-avatar',
  args: { name: 'Aino Virtanen', size: 'm', decorative: false },
  argTypes: { size: { control: 'inline-radio', options: ['s', 'm', 'l'] } },
  render: (args) => html`
    <d1-avatar
      name=${args.name}
      size=${args.size}
      src=${ifDefined(args.src)}
      ?decorative=${args.decorative}
    ></d1-avatar>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Initials: Story = {};
export const Small: Story = { args: { size: 's' } };
export const Large: Story = { args: { size: 'l' } };
export const WithImage: Story = { args: { src: PORTRAIT } };
/** The image cannot be decoded: the avatar falls back to the initials. */
export const ImageFails: Story = { args: { src: 'data:image/png;base64,AAAA' } };
export const NoName: Story = { args: { name: '' } };
export const DecorativeBesideName: Story = {
  args: { decorative: true },
  render: (args, context) => html`
    <span style="display: inline-flex; align-items: center; gap: 0.75rem">
      <d1-avatar name=${args.name} size=${args.size} decorative></d1-avatar>
      <span>
        <strong>${args.name}</strong><br />
        ${sample(context, { fi: 'Luokanvalvoja, 7A', sv: 'Klassföreståndare, 7A', en: 'Class teacher, 7A' })}
      </span>
    </span>
  `,
};
