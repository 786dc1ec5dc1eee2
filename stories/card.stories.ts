import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@digione/components/card/define';
import '@digione/components/badge/define';
import '@digione/components/button/define';
import type { D1Card } from '@digione/components/card';
import { sample } from './support.js';

type Args = Pick<D1Card, 'headingLevel'> & { href?: string; media: boolean; footer: boolean };

/** A drawn classroom picture as a data URL, so the story needs no network. */
const PICTURE =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 140"><rect width="320" height="140" fill="#e6eefb"/><rect x="40" y="24" width="240" height="72" rx="4" fill="#17602f"/><path d="M64 60h80M64 74h120" stroke="#fff" stroke-width="4"/><rect x="0" y="112" width="320" height="28" fill="#b0b8c4"/></svg>',
  );

const meta: Meta<Args> = {
  title: 'Components/Card',
  component: 'd1-card',
  args: { headingLevel: 3, media: false, footer: false },
  render: (args, context) => html`
    <d1-card
      style="max-width: 22rem"
      href=${ifDefined(args.href)}
      heading-level=${args.headingLevel}
    >
      ${
        args.media
          ? html`<img
              slot="media"
              src=${PICTURE}
              alt=${sample(context, {
                fi: 'Liitutaulu luokkahuoneessa',
                sv: 'Svarta tavlan i klassrummet',
                en: 'Blackboard in the classroom',
              })}
            />`
          : null
      }
      <span slot="heading"
        >${sample(context, {
          fi: 'Matematiikka 7A',
          sv: 'Matematik 7A',
          en: 'Mathematics 7A',
        })}</span
      >
      <p style="margin: 0">
        ${sample(context, {
          fi: 'Koe maanantaina 14.10. Kertaa luvut 1–3 ja tee harjoitustehtävät.',
          sv: 'Prov måndag 14.10. Repetera kapitel 1–3 och gör övningsuppgifterna.',
          en: 'Exam on Monday 14 October. Revise chapters 1–3 and do the exercises.',
        })}
      </p>
      ${
        args.footer
          ? html`<d1-badge slot="footer" variant="warning"
                >${sample(context, { fi: 'Koe tulossa', sv: 'Prov snart', en: 'Exam soon' })}</d1-badge
              >
              <d1-button slot="footer" size="s" variant="secondary"
                >${sample(context, {
                  fi: 'Merkitse luetuksi',
                  sv: 'Markera som läst',
                  en: 'Mark as read',
                })}</d1-button
              >`
          : null
      }
    </d1-card>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithMedia: Story = { args: { media: true } };
export const WithFooter: Story = { args: { footer: true } };
export const AsLink: Story = { args: { href: '#kurssi-7a' } };
export const AsLinkWithMediaAndFooter: Story = {
  args: { href: '#kurssi-7a', media: true, footer: true },
};
export const HeadingLevel2: Story = { args: { headingLevel: 2 } };
