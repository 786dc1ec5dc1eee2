import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '@digione/components/toast-stack/define';
import '@digione/components/button/define';
import type { D1ToastStack, ToastOptions } from '@digione/components/toast-stack';
import { sample } from './support.js';

type Args = Pick<D1ToastStack, 'placement' | 'max'> & { toasts: 'all' | 'action' };

/** Stacks that already show the story's toasts (Storybook may render a story more than once). */
const filled = new WeakSet<Element>();
const isStack = (el: Element | undefined): el is D1ToastStack => el?.localName === 'd1-toast-stack';

function examples(context: StoryContext, which: Args['toasts']): ToastOptions[] {
  const undo: ToastOptions = {
    message: sample(context, {
      fi: 'Viesti siirrettiin roskakoriin.',
      sv: 'Meddelandet flyttades till papperskorgen.',
      en: 'The message was moved to the bin.',
    }),
    action: {
      label: sample(context, { fi: 'Kumoa', sv: 'Ångra', en: 'Undo' }),
      onAction: () => undefined,
    },
  };
  if (which === 'action') return [undo];
  return [
    {
      variant: 'success',
      duration: 0,
      message: sample(context, {
        fi: 'Poissaoloilmoitus lähetetty.',
        sv: 'Frånvaroanmälan skickades.',
        en: 'Absence notice sent.',
      }),
    },
    {
      variant: 'warning',
      duration: 0,
      heading: sample(context, {
        fi: 'Istunto päättymässä',
        sv: 'Sessionen tar slut',
        en: 'Session ending',
      }),
      message: sample(context, {
        fi: 'Sinut kirjataan ulos 5 minuutin kuluttua.',
        sv: 'Du loggas ut om 5 minuter.',
        en: 'You will be signed out in 5 minutes.',
      }),
    },
    {
      variant: 'danger',
      duration: 0,
      message: sample(context, {
        fi: 'Liitteen lataus epäonnistui.',
        sv: 'Bilagan kunde inte laddas upp.',
        en: 'The attachment could not be uploaded.',
      }),
    },
  ];
}

const meta: Meta<Args> = {
  title: 'Components/ToastStack',
  component: 'd1-toast-stack',
  args: { placement: 'bottom-end', max: 3, toasts: 'all' },
  argTypes: {
    placement: { control: 'select', options: ['bottom-end', 'top-end', 'bottom-center'] },
    toasts: { control: 'select', options: ['all', 'action'] },
  },
  // Each story in its own frame: the stack is fixed to a corner of the page.
  parameters: { docs: { story: { inline: false, height: '24rem' } } },
  render: (args, context) => {
    const fill = (el?: Element) => {
      if (!isStack(el) || filled.has(el)) return;
      filled.add(el);
      for (const toast of examples(context, args.toasts)) el.show(toast);
    };
    const more = (event: Event) => {
      const stack = (event.currentTarget as HTMLElement).nextElementSibling as D1ToastStack;
      stack.show({
        variant: 'info',
        message: sample(context, {
          fi: 'Uusi viesti opettajalta Laine.',
          sv: 'Nytt meddelande från läraren Laine.',
          en: 'New message from teacher Laine.',
        }),
      });
    };
    return html`
      <d1-button variant="secondary" @click=${more}
        >${sample(context, { fi: 'Näytä ilmoitus', sv: 'Visa avisering', en: 'Show a notification' })}</d1-button
      >
      <d1-toast-stack placement=${args.placement} max=${args.max} ${ref(fill)}></d1-toast-stack>
    `;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const BottomEnd: Story = {};
export const TopEnd: Story = { args: { placement: 'top-end' } };
export const BottomCenter: Story = { args: { placement: 'bottom-center' } };
export const WithAction: Story = { args: { toasts: 'action' } };
export const MaxOne: Story = { args: { max: 1 } };
