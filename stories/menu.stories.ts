import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digione/components/menu/define';
import type { D1Menu } from '@digione/components/menu';
import { sample } from './support.js';

type Args = Pick<D1Menu, 'open' | 'disabled' | 'hideLabel' | 'placement'>;

const meta: Meta<Args> = {
  title: 'Components/Menu',
  component: 'd1-menu',
  args: { open: true, disabled: false, hideLabel: false, placement: 'bottom-start' },
  argTypes: {
    placement: { control: 'inline-radio', options: ['bottom-start', 'bottom-end'] },
  },
  // Each story in its own frame, tall enough for the open popup.
  parameters: { docs: { story: { inline: false, height: '22rem' } } },
  render: (args, context) => html`
    <d1-menu
      ?open=${args.open}
      ?disabled=${args.disabled}
      ?hide-label=${args.hideLabel}
      placement=${args.placement}
      icon=${args.hideLabel ? 'menu' : ''}
      label=${sample(context, {
        fi: 'Viestin toiminnot',
        sv: 'Åtgärder för meddelandet',
        en: 'Message actions',
      })}
    >
      <d1-menu-item value="reply" icon="send"
        >${sample(context, { fi: 'Vastaa', sv: 'Svara', en: 'Reply' })}</d1-menu-item
      >
      <d1-menu-item value="forward" icon="mail"
        >${sample(context, { fi: 'Välitä huoltajalle', sv: 'Vidarebefordra till vårdnadshavare', en: 'Forward to guardian' })}</d1-menu-item
      >
      <d1-menu-item value="print" icon="document"
        >${sample(context, { fi: 'Tulosta', sv: 'Skriv ut', en: 'Print' })}</d1-menu-item
      >
      <d1-menu-item value="archive" icon="inbox" disabled
        >${sample(context, { fi: 'Arkistoi', sv: 'Arkivera', en: 'Archive' })}</d1-menu-item
      >
      <d1-menu-item value="delete" icon="delete"
        >${sample(context, { fi: 'Poista', sv: 'Radera', en: 'Delete' })}</d1-menu-item
      >
    </d1-menu>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Open: Story = {};
export const Closed: Story = { args: { open: false } };
export const IconOnly: Story = { args: { hideLabel: true } };
export const AlignedToEnd: Story = {
  args: { placement: 'bottom-end' },
  decorators: [
    (story) => html`<div style="display: flex; justify-content: flex-end">${story()}</div>`,
  ],
};
export const Disabled: Story = { args: { open: false, disabled: true } };
export const CheckableInGroups: Story = {
  render: (args, context) => html`
    <d1-menu
      ?open=${args.open}
      icon="inbox"
      label=${sample(context, { fi: 'Näytä viestit', sv: 'Visa meddelanden', en: 'Show messages' })}
    >
      <d1-menu-group label=${sample(context, { fi: 'Järjestys', sv: 'Ordning', en: 'Order' })}>
        <d1-menu-item type="radio" value="newest" checked
          >${sample(context, { fi: 'Uusimmat ensin', sv: 'Nyaste först', en: 'Newest first' })}</d1-menu-item
        >
        <d1-menu-item type="radio" value="oldest"
          >${sample(context, { fi: 'Vanhimmat ensin', sv: 'Äldsta först', en: 'Oldest first' })}</d1-menu-item
        >
      </d1-menu-group>
      <d1-menu-group label=${sample(context, { fi: 'Suodata', sv: 'Filtrera', en: 'Filter' })}>
        <d1-menu-item type="checkbox" value="unread" checked
          >${sample(context, { fi: 'Vain lukemattomat', sv: 'Endast olästa', en: 'Unread only' })}</d1-menu-item
        >
        <d1-menu-item type="checkbox" value="teachers"
          >${sample(context, { fi: 'Opettajilta', sv: 'Från lärare', en: 'From teachers' })}
          <span slot="description"
            >${sample(context, {
              fi: 'Esimerkiksi luokanvalvoja ja aineenopettajat',
              sv: 'Till exempel klassföreståndare och ämneslärare',
              en: 'Such as the class teacher and subject teachers',
            })}</span
          ></d1-menu-item
        >
      </d1-menu-group>
    </d1-menu>
  `,
};
