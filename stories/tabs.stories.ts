import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digione/components/tabs/define';
import '@digione/components/icon/define';
import type { D1Tabs } from '@digione/components/tabs';
import { sample, type Samples } from './support.js';

type Args = Pick<D1Tabs, 'active'> & { disableGrades: boolean };

/** The tabs of a pupil's page: the panel's name, its icon, the tab's text and the panel's text. */
const TABS: readonly { panel: string; icon: string; label: Samples; content: Samples }[] = [
  {
    panel: 'schedule',
    icon: 'calendar',
    label: { fi: 'Lukujärjestys', sv: 'Schema', en: 'Timetable' },
    content: {
      fi: 'Maanantaina 8.15 matematiikka, 9.45 äidinkieli ja 11.30 liikunta.',
      sv: 'På måndag kl. 8.15 matematik, 9.45 modersmål och 11.30 gymnastik.',
      en: 'Monday 8.15 mathematics, 9.45 Finnish and 11.30 physical education.',
    },
  },
  {
    panel: 'absences',
    icon: 'clock',
    label: { fi: 'Poissaolot', sv: 'Frånvaro', en: 'Absences' },
    content: {
      fi: 'Ei selvittämättömiä poissaoloja tällä jaksolla.',
      sv: 'Inga outredda frånvaron under denna period.',
      en: 'No unexplained absences this term.',
    },
  },
  {
    panel: 'grades',
    icon: 'assessment',
    label: { fi: 'Arviointi', sv: 'Bedömning', en: 'Assessment' },
    content: {
      fi: 'Jakson arvosanat julkaistaan 20.12.',
      sv: 'Periodens vitsord publiceras 20.12.',
      en: 'The term grades are published on 20 December.',
    },
  },
  {
    panel: 'messages',
    icon: 'message',
    label: { fi: 'Viestit', sv: 'Meddelanden', en: 'Messages' },
    content: {
      fi: 'Opettaja Laine: Muistakaa retkieväät perjantaina!',
      sv: 'Lärare Laine: Kom ihåg matsäck till utflykten på fredag!',
      en: 'Teacher Laine: Remember packed lunches for Friday’s trip!',
    },
  },
];

const meta: Meta<Args> = {
  title: 'Components/Tabs',
  component: 'd1-tabs',
  args: { active: 'schedule', disableGrades: false },
  argTypes: {
    active: { control: 'inline-radio', options: TABS.map((tab) => tab.panel) },
  },
  render: (args, context) => html`
    <d1-tabs
      active=${args.active}
      label=${sample(context, {
        fi: 'Aino Virtasen tiedot',
        sv: 'Aino Virtanens uppgifter',
        en: "Aino Virtanen's details",
      })}
    >
      ${TABS.map(
        (tab) => html`
          <d1-tab
            slot="nav"
            panel=${tab.panel}
            ?disabled=${tab.panel === 'grades' && args.disableGrades}
          >
            <d1-icon name=${tab.icon}></d1-icon>
            ${sample(context, tab.label)}
          </d1-tab>
        `,
      )}
      ${TABS.map(
        (tab) =>
          html`<d1-tab-panel name=${tab.panel}>${sample(context, tab.content)}</d1-tab-panel>`,
      )}
    </d1-tabs>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const SecondTabSelected: Story = { args: { active: 'absences' } };
export const WithDisabledTab: Story = { args: { disableGrades: true } };
