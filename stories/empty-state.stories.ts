import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digione/components/empty-state/define';
import '@digione/components/button/define';
import type { D1EmptyState } from '@digione/components/empty-state';
import { sample, type Samples } from './support.js';

type Args = Pick<D1EmptyState, 'icon' | 'headingLevel'> & { actions: boolean };

/** What an empty state says: its heading, its text and, with `actions`, its button. */
interface Content {
  heading: Samples;
  text: Samples;
  action?: { label: Samples; variant?: 'primary' | 'secondary' };
}

/** An empty state saying `content`, from the story's args. */
const emptyState = (content: Content) => (args: Args, context: StoryContext) => html`
  <d1-empty-state
    icon=${args.icon}
    heading-level=${args.headingLevel}
    heading=${sample(context, content.heading)}
  >
    <p>${sample(context, content.text)}</p>
    ${
      args.actions && content.action
        ? html`<d1-button slot="actions" variant=${content.action.variant ?? 'primary'}
            >${sample(context, content.action.label)}</d1-button
          >`
        : null
    }
  </d1-empty-state>
`;

const meta: Meta<Args> = {
  title: 'Components/EmptyState',
  component: 'd1-empty-state',
  args: { icon: 'inbox', headingLevel: 2, actions: true },
  render: emptyState({
    heading: { fi: 'Ei uusia viestejä', sv: 'Inga nya meddelanden', en: 'No new messages' },
    text: {
      fi: 'Kun opettaja tai koulu lähettää sinulle viestin, se näkyy tässä.',
      sv: 'När läraren eller skolan skickar dig ett meddelande visas det här.',
      en: 'When a teacher or the school sends you a message, it will appear here.',
    },
    action: { label: { fi: 'Kirjoita viesti', sv: 'Skriv ett meddelande', en: 'Write a message' } },
  }),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithoutActions: Story = { args: { actions: false } };
export const NoSearchResults: Story = {
  args: { icon: 'search', actions: true },
  render: emptyState({
    heading: { fi: 'Ei hakutuloksia', sv: 'Inga sökresultat', en: 'No search results' },
    text: {
      fi: 'Hakusanalla ”kemia” ei löytynyt kursseja. Kokeile toista hakusanaa.',
      sv: 'Inga kurser hittades med sökordet ”kemi”. Prova ett annat sökord.',
      en: 'No courses were found for “chemistry”. Try another search term.',
    },
    action: {
      label: { fi: 'Tyhjennä haku', sv: 'Rensa sökningen', en: 'Clear search' },
      variant: 'secondary',
    },
  }),
};
export const EmptyTimetable: Story = {
  args: { icon: 'calendar', actions: false },
  render: emptyState({
    heading: { fi: 'Ei oppitunteja tänään', sv: 'Inga lektioner i dag', en: 'No lessons today' },
    text: {
      fi: 'Lukujärjestyksessäsi ei ole tunteja tälle päivälle.',
      sv: 'Ditt schema har inga lektioner för i dag.',
      en: 'Your timetable has no lessons for today.',
    },
  }),
};
