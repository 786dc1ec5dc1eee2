// The type test of src/jsx/jsx.d.ts, checked by `npm run typecheck`: what a React app may write of
// DigiOne's elements type-checks, and each line under `@ts-expect-error` must fail to.
import { useRef } from 'react';
import '@digione/components/jsx';
import type { D1Button, D1CloseEvent, D1RetryEvent } from '@digione/components';

export function Usage({ retry }: { readonly retry: (event: D1RetryEvent) => void }) {
  const button = useRef<D1Button>(null);
  return (
    <section className="acme">
      <d1-button ref={button} variant="secondary" size="s" full-width onClick={() => undefined}>
        Tallenna
      </d1-button>
      <d1-error-panel heading="Virhe" heading-level={3} noRetry={false} ond1-retry={retry} />
      <d1-card headingLevel={3}>
        <span slot="heading">Maanantai</span>
        <d1-badge variant="accent" class="acme-badge" count={3} label="kolme uutta" />
      </d1-card>
      <d1-select
        label="Kieli"
        options={[{ value: 'fi', label: 'suomi' }]}
        onChange={(event) => event.currentTarget.value}
      />
      <d1-dialog label="Poista" ond1-close={(event) => event.action} />
      {/* @ts-expect-error "primry" is no variant of d1-button. */}
      <d1-button variant="primry">Tallenna</d1-button>
      {/* @ts-expect-error a d1-button has no "varient". */}
      <d1-button varient="primary">Tallenna</d1-button>
      {/* @ts-expect-error "heading-level" is a number. */}
      <d1-card heading-level="kolme" />
      {/* @ts-expect-error d1-retry is not d1-close: its listener gets a D1RetryEvent. */}
      <d1-error-panel ond1-retry={(event: D1CloseEvent) => event.action} />
      {/* @ts-expect-error options are objects of value and label. */}
      <d1-select label="Kieli" options={['fi', 'sv']} />
      {/* @ts-expect-error no such element. */}
      <d1-buton />
    </section>
  );
}
