import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@digione/components/error-panel/define';
import type { D1ErrorPanel } from '@digione/components/error-panel';
import { sample } from './support.js';

type Args = Pick<D1ErrorPanel, 'retrying' | 'noRetry' | 'headingLevel'> & {
  details: string;
  heading: boolean;
};

const meta: Meta<Args> = {
  title: 'Components/ErrorPanel',
  component: 'd1-error-panel',
  args: { retrying: false, noRetry: false, headingLevel: 2, details: '', heading: false },
  render: (args, context) => html`
    <d1-error-panel
      heading=${ifDefined(
        args.heading
          ? sample(context, {
              fi: 'Viestit eivät lataudu',
              sv: 'Meddelandena laddas inte',
              en: 'Messages will not load',
            })
          : undefined,
      )}
      heading-level=${args.headingLevel}
      details=${ifDefined(args.details || undefined)}
      ?retrying=${args.retrying}
      ?no-retry=${args.noRetry}
      message=${sample(context, {
        fi: 'Viestejä ei voitu ladata. Tietosi ovat tallessa.',
        sv: 'Meddelandena kunde inte laddas. Dina uppgifter är i tryggt förvar.',
        en: 'Your messages could not be loaded. Your data is safe.',
      })}
    ></d1-error-panel>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithHeading: Story = { args: { heading: true, headingLevel: 3 } };
export const WithDetails: Story = {
  args: {
    details:
      'Error: 503 Service Unavailable\n  at GET /api/messages?folder=inbox\n  request-id: 7f3a9c12-e4b1',
  },
};
export const Retrying: Story = { args: { retrying: true } };
export const NoRetry: Story = {
  args: { noRetry: true },
  render: (args, context) => html`
    <d1-error-panel
      heading-level=${args.headingLevel}
      no-retry
      heading=${sample(context, {
        fi: 'Ei käyttöoikeutta',
        sv: 'Ingen behörighet',
        en: 'No access',
      })}
    >
      <p>
        ${sample(context, {
          fi: 'Sinulla ei ole oikeutta arviointeihin. Ota yhteyttä koulusi kansliaan.',
          sv: 'Du har inte behörighet till bedömningarna. Kontakta skolans kansli.',
          en: 'You do not have access to assessments. Please contact your school office.',
        })}
      </p>
    </d1-error-panel>
  `,
};
