import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digione/components/dialog/define';
import '@digione/components/button/define';
import type { D1Dialog } from '@digione/components/dialog';
import { sample } from './support.js';

type Args = Pick<D1Dialog, 'open' | 'lightDismiss'>;

const open = (event: Event) => {
  const dialog = (event.currentTarget as HTMLElement).nextElementSibling as D1Dialog;
  dialog.show();
};

const meta: Meta<Args> = {
  title: 'Components/Dialog',
  component: 'd1-dialog',
  args: { open: true, lightDismiss: false },
  // Each story in its own frame: an open modal dialog makes the rest of its page inert.
  parameters: { docs: { story: { inline: false, height: '32rem' } } },
  render: (args, context) => html`
    <d1-button variant="secondary" @click=${open}
      >${sample(context, { fi: 'Ilmoita poissaolo', sv: 'Anmäl frånvaro', en: 'Report an absence' })}</d1-button
    >
    <d1-dialog
      ?open=${args.open}
      ?light-dismiss=${args.lightDismiss}
      label=${sample(context, {
        fi: 'Ilmoita poissaolo',
        sv: 'Anmäl frånvaro',
        en: 'Report an absence',
      })}
    >
      <p>
        ${sample(context, {
          fi: 'Ilmoitus menee Aino Virtasen luokanvalvojalle ja päivän opettajille.',
          sv: 'Anmälan går till Aino Virtanens klassföreståndare och dagens lärare.',
          en: "The notice goes to Aino Virtanen's class teacher and the day's teachers.",
        })}
      </p>
      <label>
        ${sample(context, { fi: 'Syy', sv: 'Orsak', en: 'Reason' })}
        <input value=${sample(context, { fi: 'Sairaus', sv: 'Sjukdom', en: 'Illness' })} />
      </label>
      <d1-button slot="footer" variant="secondary" data-d1-close
        >${sample(context, { fi: 'Peruuta', sv: 'Avbryt', en: 'Cancel' })}</d1-button
      >
      <d1-button slot="footer" data-d1-close="send"
        >${sample(context, { fi: 'Lähetä', sv: 'Skicka', en: 'Send' })}</d1-button
      >
    </d1-dialog>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Open: Story = {};
export const Closed: Story = { args: { open: false } };
export const LightDismiss: Story = { args: { lightDismiss: true } };
export const Confirm: Story = {
  render: (args, context) => html`
    <d1-button variant="danger" @click=${open}
      >${sample(context, { fi: 'Poista viesti', sv: 'Radera meddelandet', en: 'Delete message' })}</d1-button
    >
    <d1-dialog
      ?open=${args.open}
      label=${sample(context, {
        fi: 'Poistetaanko viesti?',
        sv: 'Radera meddelandet?',
        en: 'Delete the message?',
      })}
    >
      <p>
        ${sample(context, {
          fi: 'Viesti ”Retki Nuuksioon 12.9.” poistetaan pysyvästi.',
          sv: 'Meddelandet ”Utflykt till Noux 12.9.” raderas för gott.',
          en: 'The message “Trip to Nuuksio 12 Sept” will be deleted permanently.',
        })}
      </p>
      <d1-button slot="footer" variant="secondary" data-d1-close
        >${sample(context, { fi: 'Peruuta', sv: 'Avbryt', en: 'Cancel' })}</d1-button
      >
      <d1-button slot="footer" variant="danger" data-d1-close="delete"
        >${sample(context, { fi: 'Poista', sv: 'Radera', en: 'Delete' })}</d1-button
      >
    </d1-dialog>
  `,
};
