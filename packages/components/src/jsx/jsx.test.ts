// DigiOne's elements rendered by React 19 with the props their JSX typings (jsx.d.ts) declare:
// each kind of prop does what the typings promise — properties, attributes by their own names,
// `class`, and `on<event>` listeners of DigiOne events.
import { expect } from '@open-wc/testing';
import { createElement, type JSX } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import '@digione/components/jsx';
import '@digione/components/button/define';
import '@digione/components/error-panel/define';
import { D1RetryEvent, type D1Button, type D1ErrorPanel } from '@digione/components';

describe('the JSX typings of DigiOne elements, in React 19', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });

  function render(
    panel: JSX.IntrinsicElements['d1-error-panel'],
    button: JSX.IntrinsicElements['d1-button'],
  ) {
    flushSync(() => {
      root.render(
        createElement(
          'section',
          null,
          createElement('d1-error-panel', panel),
          createElement('d1-button', button, 'Tallenna'),
        ),
      );
    });
    return {
      panel: container.querySelector<D1ErrorPanel>('d1-error-panel')!,
      button: container.querySelector<D1Button>('d1-button')!,
    };
  }

  it('sets properties by name, attributes by theirs, and class', async () => {
    const { panel, button } = render(
      { heading: 'Ruokalistaa ei voitu ladata', 'heading-level': 3, noRetry: true },
      { variant: 'secondary', 'full-width': true, class: 'acme-save' },
    );
    await panel.updateComplete;
    await button.updateComplete;
    expect(panel.heading).to.equal('Ruokalistaa ei voitu ladata');
    expect(panel.headingLevel).to.equal(3);
    expect(panel.getAttribute('heading-level')).to.equal('3');
    expect(panel.noRetry).to.equal(true);
    expect(panel.shadowRoot?.querySelector('[part="heading"]')?.tagName).to.equal('H3');
    expect(panel.shadowRoot?.querySelector('[part="retry"]')).to.equal(null);
    expect(button.variant).to.equal('secondary');
    expect(button.fullWidth).to.equal(true);
    expect(button.classList.contains('acme-save')).to.equal(true);
    await expect(container).to.be.accessible();
  });

  it('clears a boolean attribute set to false', async () => {
    render({}, { 'full-width': true });
    const { button } = render({}, { 'full-width': false });
    await button.updateComplete;
    expect(button.hasAttribute('full-width')).to.equal(false);
    expect(button.fullWidth).to.equal(false);
  });

  it('calls an on<event> listener with the DigiOne event, and stops when the prop goes', async () => {
    const heard: Event[] = [];
    const { panel } = render({ 'ond1-retry': (event) => heard.push(event) }, {});
    await panel.updateComplete;
    const retry = panel.shadowRoot?.querySelector<HTMLElement>('[part="retry"]');
    expect(retry, 'the retry button').to.not.equal(null);
    retry?.click();
    expect(heard).to.have.length(1);
    expect(heard[0]).to.be.instanceOf(D1RetryEvent);
    render({}, {});
    retry?.click();
    expect(heard).to.have.length(1);
  });
});
