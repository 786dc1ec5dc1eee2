import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digione/components/text-field/define';
import '@digione/components/button/define';
import type { D1TextField, TextFieldType } from '@digione/components/text-field';
import { sample } from './support.js';

type Args = Pick<D1TextField, 'type' | 'multiline' | 'required' | 'disabled' | 'readonly'> & {
  filled: boolean;
  hint: boolean;
  placeholder: boolean;
  error: boolean;
};

type Text = Record<'fi' | 'sv' | 'en', string>;
interface Sample {
  label: Text;
  value: Text;
  hint: Text;
  placeholder: Text;
  error: Text;
}

const same = (text: string): Text => ({ fi: text, sv: text, en: text });

const samples: Record<TextFieldType | 'multiline', Sample> = {
  text: {
    label: { fi: 'Oppilaan etunimi', sv: 'Elevens förnamn', en: "Pupil's first name" },
    value: same('Aino'),
    hint: {
      fi: 'Kuten se on Wilmassa.',
      sv: 'Så som det står i Wilma.',
      en: 'As it appears in Wilma.',
    },
    placeholder: same('Aino'),
    error: {
      fi: 'Nimessä voi olla vain kirjaimia.',
      sv: 'Namnet får bara innehålla bokstäver.',
      en: 'The name can only contain letters.',
    },
  },
  email: {
    label: {
      fi: 'Huoltajan sähköposti',
      sv: 'Vårdnadshavarens e-post',
      en: "Guardian's email",
    },
    value: same('maija.virtanen@example.fi'),
    hint: {
      fi: 'Lähetämme koulun tiedotteet tähän osoitteeseen.',
      sv: 'Vi skickar skolans meddelanden till den här adressen.',
      en: "We send the school's notices to this address.",
    },
    placeholder: same('nimi@example.fi'),
    error: {
      fi: 'Osoite on jo toisen huoltajan käytössä.',
      sv: 'Adressen används redan av en annan vårdnadshavare.',
      en: 'Another guardian already uses this address.',
    },
  },
  date: {
    label: {
      fi: 'Ensimmäinen poissaolopäivä',
      sv: 'Första frånvarodagen',
      en: 'First day of absence',
    },
    value: same('2026-11-26'),
    hint: {
      fi: 'Ilmoita poissaolo mieluiten edellisenä iltana.',
      sv: 'Anmäl frånvaron helst kvällen innan.',
      en: 'Report the absence the evening before if you can.',
    },
    placeholder: same(''),
    error: {
      fi: 'Päivä ei voi olla menneisyydessä.',
      sv: 'Dagen kan inte ligga i det förflutna.',
      en: 'The day cannot be in the past.',
    },
  },
  tel: {
    label: { fi: 'Puhelinnumero', sv: 'Telefonnummer', en: 'Phone number' },
    value: same('040 123 4567'),
    hint: {
      fi: 'Opettaja soittaa tähän numeroon kiireellisissä asioissa.',
      sv: 'Läraren ringer det här numret i brådskande ärenden.',
      en: 'The teacher calls this number in urgent matters.',
    },
    placeholder: same('040 123 4567'),
    error: {
      fi: 'Numero ei ole käytössä.',
      sv: 'Numret används inte.',
      en: 'This number is not in use.',
    },
  },
  password: {
    label: { fi: 'Uusi salasana', sv: 'Nytt lösenord', en: 'New password' },
    value: same('Kesäloma2025!'),
    hint: {
      fi: 'Vähintään 12 merkkiä.',
      sv: 'Minst 12 tecken.',
      en: 'At least 12 characters.',
    },
    placeholder: same(''),
    error: {
      fi: 'Salasana on liian helppo arvata.',
      sv: 'Lösenordet är för lätt att gissa.',
      en: 'The password is too easy to guess.',
    },
  },
  search: {
    label: { fi: 'Hae viesteistä', sv: 'Sök i meddelanden', en: 'Search messages' },
    value: { fi: 'retki', sv: 'utflykt', en: 'field trip' },
    hint: {
      fi: 'Haku kohdistuu otsikoihin ja lähettäjiin.',
      sv: 'Sökningen gäller rubriker och avsändare.',
      en: 'Searches subjects and senders.',
    },
    placeholder: { fi: 'Esim. retki', sv: 'T.ex. utflykt', en: 'E.g. field trip' },
    error: {
      fi: 'Haku ei onnistunut.',
      sv: 'Sökningen misslyckades.',
      en: 'The search failed.',
    },
  },
  number: {
    label: { fi: 'Oppilaita ryhmässä', sv: 'Elever i gruppen', en: 'Pupils in the group' },
    value: same('24'),
    hint: {
      fi: 'Ilmoita ryhmän koko retken kuljetusta varten.',
      sv: 'Ange gruppens storlek för utflyktens transport.',
      en: 'Give the group size for the field trip transport.',
    },
    placeholder: same('20'),
    error: {
      fi: 'Bussiin mahtuu enintään 50 oppilasta.',
      sv: 'Bussen rymmer högst 50 elever.',
      en: 'The bus takes at most 50 pupils.',
    },
  },
  url: {
    label: { fi: 'Kurssin verkkosivu', sv: 'Kursens webbsida', en: 'Course web page' },
    value: same('https://peda.example.fi/historia-7'),
    hint: {
      fi: 'Linkki näkyy oppilaiden kurssinäkymässä.',
      sv: 'Länken visas i elevernas kursvy.',
      en: "The link appears in the pupils' course view.",
    },
    placeholder: same('https://'),
    error: {
      fi: 'Sivu ei ole oppilaiden saatavilla.',
      sv: 'Sidan är inte tillgänglig för eleverna.',
      en: 'The page is not available to pupils.',
    },
  },
  multiline: {
    label: {
      fi: 'Viesti opettajalle',
      sv: 'Meddelande till läraren',
      en: 'Message to the teacher',
    },
    value: {
      fi: 'Hei! Eetu on tänään kotona flunssan takia. Terveisin Maija Virtanen',
      sv: 'Hej! Eetu är hemma i dag på grund av förkylning. Hälsningar Maija Virtanen',
      en: 'Hello! Eetu is at home today with a cold. Best wishes, Maija Virtanen',
    },
    hint: {
      fi: 'Opettaja vastaa yleensä kahden koulupäivän kuluessa.',
      sv: 'Läraren svarar vanligen inom två skoldagar.',
      en: 'The teacher usually replies within two school days.',
    },
    placeholder: {
      fi: 'Kirjoita viestisi',
      sv: 'Skriv ditt meddelande',
      en: 'Write your message',
    },
    error: {
      fi: 'Viestiä ei voitu lähettää. Yritä uudelleen.',
      sv: 'Meddelandet kunde inte skickas. Försök igen.',
      en: 'The message could not be sent. Try again.',
    },
  },
};

const meta: Meta<Args> = {
  title: 'Components/TextField',
  component: 'd1-text-field',
  args: {
    type: 'text',
    multiline: false,
    required: false,
    disabled: false,
    readonly: false,
    filled: false,
    hint: false,
    placeholder: false,
    error: false,
  },
  argTypes: {
    type: {
      control: 'select',
      options: ['text', 'email', 'tel', 'password', 'search', 'number', 'url', 'date'],
    },
  },
  render: (args, context) => {
    const text = samples[args.multiline ? 'multiline' : args.type];
    return html`
      <d1-text-field
        label=${sample(context, text.label)}
        type=${args.type}
        ?multiline=${args.multiline}
        ?required=${args.required}
        ?disabled=${args.disabled}
        ?readonly=${args.readonly}
        value=${args.filled ? sample(context, text.value) : ''}
        hint=${args.hint ? sample(context, text.hint) : ''}
        placeholder=${args.placeholder ? sample(context, text.placeholder) : ''}
        error=${args.error ? sample(context, text.error) : ''}
      ></d1-text-field>
    `;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { filled: true } };
export const WithHint: Story = { args: { hint: true } };
export const WithPlaceholder: Story = { args: { type: 'search', placeholder: true } };
export const Required: Story = { args: { type: 'email', required: true, hint: true } };
export const Email: Story = { args: { type: 'email', filled: true } };
export const Phone: Story = { args: { type: 'tel', filled: true } };
export const Password: Story = { args: { type: 'password', filled: true, hint: true } };
export const Search: Story = { args: { type: 'search', filled: true } };
export const NumberField: Story = { args: { type: 'number', filled: true, hint: true } };
export const Url: Story = { args: { type: 'url', filled: true } };
export const DateField: Story = { args: { type: 'date', filled: true } };
export const Multiline: Story = { args: { multiline: true, required: true, hint: true } };
export const MultilineFilled: Story = { args: { multiline: true, filled: true } };
export const Invalid: Story = {
  args: { type: 'email', required: true, filled: true, hint: true, error: true },
};
export const Disabled: Story = { args: { filled: true, disabled: true } };
export const ReadOnly: Story = { args: { filled: true, readonly: true, hint: true } };

/** Press "Send" with the fields empty: the form does not submit and both fields show why. */
export const InAForm: Story = {
  render: (_args, context) => html`
    <form
      style="display: grid; gap: var(--d1-space-4); max-width: 32rem"
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
      }}
    >
      <d1-text-field
        name="email"
        type="email"
        required
        autocomplete="email"
        label=${sample(context, samples.email.label)}
        hint=${sample(context, samples.email.hint)}
      ></d1-text-field>
      <d1-text-field
        name="message"
        multiline
        required
        minlength="10"
        label=${sample(context, samples.multiline.label)}
      ></d1-text-field>
      <div>
        <d1-button type="submit"
          >${sample(context, { fi: 'Lähetä', sv: 'Skicka', en: 'Send' })}</d1-button
        >
      </div>
    </form>
  `,
};
