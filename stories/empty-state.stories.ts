import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digione/components/empty-state/define';
import '@digione/components/button/define';
import type { D1EmptyState } from '@digione/components/empty-state';
import { sample } from './support.js';

type Args = Pick<D1EmptyState, 'icon' | 'headingLevel'> & { actions: boolean };

const meta: Meta<Args> = {
  title: 'Components/EmptyState',
  component: 'd1-empty-state',
  args: { icon: 'inbox', headingLevel: 2, actions: true },
  render: (args, context) => html`
    <d1-empty-state
      icon=${args.icon}
      heading-level=${args.headingLevel}
      heading=${sample(context, {
        fi: 'Ei uusia viestejä',
        sv: 'Inga nya meddelanden',
        en: 'No new messages',
      })}
    >
      <p>
        ${sample(context, {
          fi: 'Kun opettaja tai koulu lähettää sinulle viestin, se näkyy tässä.',
          sv: 'När läraren eller skolan skickar dig ett meddelande visas det här.',
          en: 'When a teacher or the school sends you a message, it will appear here.',
        })}
      </p>
      ${
        args.actions
          ? html`<d1-button slot="actions"
              >${sample(context, { fi: 'Kirjoita viesti', sv: 'Skriv ett meddelande', en: 'Write a message' })}</d1-button
            >`
          : null
      }
    </d1-empty-state>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithoutActions: Story = { args: { actions: false } };
export const NoSearchResults: Story = {
  args: { icon: 'search', actions: true },
  render: (args, context) => html`
    <d1-empty-state
      icon=${args.icon}
      heading-level=${args.headingLevel}
      heading=${sample(context, {
        fi: 'Ei hakutuloksia',
        sv: 'Inga sökresultat',
        en: 'No search results',
      })}
    >
      <p>
        ${sample(context, {
          fi: 'Hakusanalla ”kemia” ei löytynyt kursseja. Kokeile toista hakusanaa.',
          sv: 'Inga kurser hittades med sökordet ”kemi”. Prova ett annat sökord.',
          en: 'No courses were found for “chemistry”. Try another search term.',
        })}
      </p>
      <d1-button slot="actions" variant="secondary"
        >${sample(context, { fi: 'Tyhjennä haku', sv: 'Rensa sökningen', en: 'Clear search' })}</d1-button
      >
    </d1-empty-state>
  `,
};
export const EmptyTimetable: Story = {
  args: { icon: 'calendar', actions: false },
  render: (args, context) => html`
    <d1-empty-state
      icon=${args.icon}
      heading-level=${args.headingLevel}
      heading=${sample(context, {
        fi: 'Ei oppitunteja tänään',
        sv: 'Inga lektioner i dag',
        en: 'No lessons today',
      })}
    >
      <p>
        ${sample(context, {
          fi: 'Lukujärjestyksessäsi ei ole tunteja tälle päivälle.',
          sv: 'Ditt schema har inga lektioner för i dag.',
          en: 'Your timetable has no lessons for today.',
        })}
      </p>
    </d1-empty-state>
  `,
};
