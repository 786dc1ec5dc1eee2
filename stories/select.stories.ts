import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digione/components/select/define';
import type { D1Select, D1SelectOption } from '@digione/components/select';
import { sample } from './support.js';

type Args = Pick<D1Select, 'required' | 'disabled'> & {
  chosen: boolean;
  hint: boolean;
  placeholder: boolean;
  error: boolean;
};

type Text = Record<'fi' | 'sv' | 'en', string>;

const groups: { value: string; label: Text; disabled?: boolean }[] = [
  { value: '7a', label: { fi: 'Luokka 7A', sv: 'Klass 7A', en: 'Class 7A' } },
  { value: '7b', label: { fi: 'Luokka 7B', sv: 'Klass 7B', en: 'Class 7B' } },
  {
    value: 'valinnainen-kuvis',
    label: {
      fi: 'Valinnainen kuvataide (täynnä)',
      sv: 'Valfri bildkonst (full)',
      en: 'Elective visual arts (full)',
    },
    disabled: true,
  },
  { value: '8a', label: { fi: 'Luokka 8A', sv: 'Klass 8A', en: 'Class 8A' } },
];

const meta: Meta<Args> = {
  title: 'Components/Select',
  component: 'd1-select',
  args: {
    required: false,
    disabled: false,
    chosen: false,
    hint: false,
    placeholder: true,
    error: false,
  },
  render: (args, context) => {
    const options: D1SelectOption[] = groups.map((g) => ({
      value: g.value,
      label: sample(context, g.label),
      ...(g.disabled ? { disabled: true } : {}),
    }));
    return html`
      <d1-select
        name="group"
        label=${sample(context, { fi: 'Opetusryhmä', sv: 'Undervisningsgrupp', en: 'Teaching group' })}
        .options=${options}
        value=${args.chosen ? '7b' : ''}
        ?required=${args.required}
        ?disabled=${args.disabled}
        placeholder=${
          args.placeholder
            ? sample(context, { fi: 'Valitse ryhmä', sv: 'Välj grupp', en: 'Choose a group' })
            : ''
        }
        hint=${
          args.hint
            ? sample(context, {
                fi: 'Viesti lähtee ryhmän kaikkien oppilaiden huoltajille.',
                sv: 'Meddelandet går till vårdnadshavarna för alla elever i gruppen.',
                en: 'The message goes to the guardians of every pupil in the group.',
              })
            : ''
        }
        error=${
          args.error
            ? sample(context, {
                fi: 'Sinulla ei ole oikeutta lähettää viestiä tälle ryhmälle.',
                sv: 'Du har inte rätt att skicka meddelanden till den här gruppen.',
                en: 'You are not allowed to send messages to this group.',
              })
            : ''
        }
      ></d1-select>
    `;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const WithPlaceholder: Story = {};
export const Chosen: Story = { args: { chosen: true } };
export const WithoutPlaceholder: Story = { args: { placeholder: false } };
export const WithHint: Story = { args: { hint: true } };
export const Required: Story = { args: { required: true, hint: true } };
export const Invalid: Story = { args: { chosen: true, hint: true, error: true } };
export const Disabled: Story = { args: { chosen: true, disabled: true } };

/** The choices can also be `<option>` children, as in a native select. */
export const OptionChildren: Story = {
  render: (_args, context) => html`
    <d1-select
      name="term"
      label=${sample(context, { fi: 'Lukukausi', sv: 'Termin', en: 'Term' })}
      required
    >
      <option value="2025-syksy">
        ${sample(context, { fi: 'Syyslukukausi 2025', sv: 'Hösttermin 2025', en: 'Autumn term 2025' })}
      </option>
      <option value="2026-kevat" selected>
        ${sample(context, { fi: 'Kevätlukukausi 2026', sv: 'Vårtermin 2026', en: 'Spring term 2026' })}
      </option>
    </d1-select>
  `,
};
