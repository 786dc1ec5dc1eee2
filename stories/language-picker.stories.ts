import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digione/components/language-picker/define';
import type { D1LanguagePicker } from '@digione/components/language-picker';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@digione/components/localization';

type Args = Pick<D1LanguagePicker, 'open'> & { locale?: Locale };

const meta: Meta<Args> = {
  title: 'Components/LanguagePicker',
  component: 'd1-language-picker',
  args: { open: false },
  argTypes: { locale: { control: 'inline-radio', options: ['fi', 'sv', 'en'] } },
  parameters: { docs: { story: { inline: false, height: '14rem' } } },
  // Without a `locale` arg the picker shows the toolbar's language, as the shell keeps it in step.
  render: (args, context) => {
    const toolbar: unknown = context.globals.locale;
    const locale = args.locale ?? (isLocale(toolbar) ? toolbar : DEFAULT_LOCALE);
    return html`
      <div style="display: flex; justify-content: flex-end">
        <d1-language-picker locale=${locale} ?open=${args.open}></d1-language-picker>
      </div>
    `;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Open: Story = { args: { open: true } };
export const Finnish: Story = { args: { locale: 'fi' } };
export const Swedish: Story = { args: { locale: 'sv' } };
export const English: Story = { args: { locale: 'en' } };
