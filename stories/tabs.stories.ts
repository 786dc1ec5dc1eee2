import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digione/components/tabs/define';
import '@digione/components/icon/define';
import type { D1Tabs } from '@digione/components/tabs';
import { sample } from './support.js';

type Args = Pick<D1Tabs, 'active'> & { disableGrades: boolean };

const meta: Meta<Args> = {
  title: 'Components/Tabs',
  component: 'd1-tabs',
  args: { active: 'schedule', disableGrades: false },
  argTypes: {
    active: { control: 'inline-radio', options: ['schedule', 'absences', 'grades', 'messages'] },
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
      <d1-tab slot="nav" panel="schedule">
        <d1-icon name="calendar"></d1-icon>
        ${sample(context, { fi: 'Lukujärjestys', sv: 'Schema', en: 'Timetable' })}
      </d1-tab>
      <d1-tab slot="nav" panel="absences">
        <d1-icon name="clock"></d1-icon>
        ${sample(context, { fi: 'Poissaolot', sv: 'Frånvaro', en: 'Absences' })}
      </d1-tab>
      <d1-tab slot="nav" panel="grades" ?disabled=${args.disableGrades}>
        <d1-icon name="assessment"></d1-icon>
        ${sample(context, { fi: 'Arviointi', sv: 'Bedömning', en: 'Assessment' })}
      </d1-tab>
      <d1-tab slot="nav" panel="messages">
        <d1-icon name="message"></d1-icon>
        ${sample(context, { fi: 'Viestit', sv: 'Meddelanden', en: 'Messages' })}
      </d1-tab>
      <d1-tab-panel name="schedule">
        ${sample(context, {
          fi: 'Maanantaina 8.15 matematiikka, 9.45 äidinkieli ja 11.30 liikunta.',
          sv: 'På måndag kl. 8.15 matematik, 9.45 modersmål och 11.30 gymnastik.',
          en: 'Monday 8.15 mathematics, 9.45 Finnish and 11.30 physical education.',
        })}
      </d1-tab-panel>
      <d1-tab-panel name="absences">
        ${sample(context, {
          fi: 'Ei selvittämättömiä poissaoloja tällä jaksolla.',
          sv: 'Inga outredda frånvaron under denna period.',
          en: 'No unexplained absences this term.',
        })}
      </d1-tab-panel>
      <d1-tab-panel name="grades">
        ${sample(context, {
          fi: 'Jakson arvosanat julkaistaan 20.12.',
          sv: 'Periodens vitsord publiceras 20.12.',
          en: 'The term grades are published on 20 December.',
        })}
      </d1-tab-panel>
      <d1-tab-panel name="messages">
        ${sample(context, {
          fi: 'Opettaja Laine: Muistakaa retkieväät perjantaina!',
          sv: 'Lärare Laine: Kom ihåg matsäck till utflykten på fredag!',
          en: 'Teacher Laine: Remember packed lunches for Friday’s trip!',
        })}
      </d1-tab-panel>
    </d1-tabs>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const SecondTabSelected: Story = { args: { active: 'absences' } };
export const WithDisabledTab: Story = { args: { disableGrades: true } };
