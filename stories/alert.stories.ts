import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digione/components/alert/define';
import type { D1Alert } from '@digione/components/alert';
import { sample } from './support.js';

type Args = Pick<D1Alert, 'variant' | 'dismissible' | 'live'> & { heading: boolean };

const heading = {
  info: { fi: 'Lukujärjestys muuttuu', sv: 'Schemat ändras', en: 'Timetable change' },
  success: { fi: 'Poissaolo ilmoitettu', sv: 'Frånvaron är anmäld', en: 'Absence reported' },
  warning: { fi: 'Palautus erääntyy', sv: 'Inlämningen förfaller', en: 'Assignment due' },
  danger: {
    fi: 'Viesti jäi lähettämättä',
    sv: 'Meddelandet skickades inte',
    en: 'Message not sent',
  },
};
const message = {
  info: {
    fi: 'Maanantaina 9A:n matematiikka on luokassa 214 klo 8.15 alkaen.',
    sv: 'På måndag har 9A matematik i sal 214 från kl. 8.15.',
    en: 'On Monday, class 9A has mathematics in room 214 from 8:15.',
  },
  success: {
    fi: 'Opettaja Virtanen näkee ilmoituksesi Wilmassa.',
    sv: 'Läraren Virtanen ser din anmälan i Wilma.',
    en: 'Teacher Virtanen can see your notice in Wilma.',
  },
  warning: {
    fi: 'Historian essee on palautettava perjantaihin mennessä.',
    sv: 'Historieuppsatsen ska lämnas in senast på fredag.',
    en: 'The history essay must be handed in by Friday.',
  },
  danger: {
    fi: 'Yhteys katkesi. Tarkista verkkoyhteys ja yritä uudelleen.',
    sv: 'Anslutningen bröts. Kontrollera nätverket och försök igen.',
    en: 'The connection was lost. Check your network and try again.',
  },
};

const meta: Meta<Args> = {
  title: 'Components/Alert',
  component: 'd1-alert',
  args: { variant: 'info', heading: true, dismissible: false, live: false },
  argTypes: { variant: { control: 'select', options: ['info', 'success', 'warning', 'danger'] } },
  render: (args, context) => html`
    <d1-alert
      variant=${args.variant}
      heading=${args.heading ? sample(context, heading[args.variant]) : ''}
      ?dismissible=${args.dismissible}
      ?live=${args.live}
      >${sample(context, message[args.variant])}</d1-alert
    >
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Info: Story = {};
export const Success: Story = { args: { variant: 'success' } };
export const Warning: Story = { args: { variant: 'warning' } };
export const Danger: Story = { args: { variant: 'danger' } };
export const WithoutHeading: Story = { args: { heading: false } };
export const Dismissible: Story = { args: { variant: 'success', dismissible: true } };
export const Live: Story = { args: { variant: 'danger', live: true, dismissible: true } };
