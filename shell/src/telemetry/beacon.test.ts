import { expect } from '@open-wc/testing';
import { beaconTransport, onPageHide, signalUrl } from './beacon.js';
import { hideThePage } from './test-support.js';

interface Beacon {
  readonly url: string;
  readonly type: string;
  readonly body: string;
}

/** A window whose beacons and fetches are recorded; the beacons go out for real. */
function recordingWindow(beacon: (url: string, data: Blob) => boolean) {
  const beacons: Promise<Beacon>[] = [];
  const fetches: { url: string; init: RequestInit }[] = [];
  const win = {
    navigator: {
      sendBeacon(url: string, data: Blob): boolean {
        beacons.push(data.text().then((body) => ({ url, type: data.type, body })));
        return beacon(url, data);
      },
    },
    fetch(url: string, init: RequestInit): Promise<Response> {
      fetches.push({ url, init });
      return Promise.resolve(new Response(null, { status: 200 }));
    },
  } as unknown as Window;
  return { win, beacons, fetches };
}

describe('sending telemetry', () => {
  it("puts each signal's path under the endpoint, a path on the portal or a URL", () => {
    expect(signalUrl('/otlp', '/v1/metrics', 'https://portal.example.fi/koti?x=1')).to.equal(
      'https://portal.example.fi/otlp/v1/metrics',
    );
    expect(signalUrl('https://otel.example.fi/in/', '/v1/logs', 'https://p.example.fi/')).to.equal(
      'https://otel.example.fi/in/v1/logs',
    );
  });

  it('sends a beacon of JSON (OTLP/HTTP wants application/json)', async () => {
    const { win, beacons, fetches } = recordingWindow((url, data) =>
      navigator.sendBeacon(url, data),
    );
    const url = `${location.origin}/__telemetry-beacon-probe/v1/metrics`;
    beaconTransport(win)(url, '{"resourceMetrics":[]}');
    expect(await Promise.all(beacons)).to.deep.equal([
      { url, type: 'application/json', body: '{"resourceMetrics":[]}' },
    ]);
    expect(fetches).to.deep.equal([]);
  });

  for (const [why, beacon] of [
    ['the browser will not queue the beacon', () => false],
    [
      'the browser refuses beacons outright',
      () => {
        throw new TypeError('not allowed');
      },
    ],
  ] as const) {
    it(`sends a keepalive fetch without credentials when ${why}`, () => {
      const { win, fetches } = recordingWindow(beacon);
      beaconTransport(win)('https://otel.example.fi/v1/logs', '{"resourceLogs":[]}');
      expect(fetches).to.have.length(1);
      const [{ url, init }] = fetches as [{ url: string; init: RequestInit }];
      expect(url).to.equal('https://otel.example.fi/v1/logs');
      expect(init).to.deep.include({
        method: 'POST',
        body: '{"resourceLogs":[]}',
        keepalive: true,
        credentials: 'omit',
      });
      expect(init.headers).to.deep.equal({ 'content-type': 'application/json' });
    });
  }

  describe('when the page is hidden or left', () => {
    it('sends on visibilitychange to hidden and on pagehide, not on becoming visible', () => {
      let sends = 0;
      const stop = onPageHide(window, () => sends++);
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
      expect(sends, 'visible again').to.equal(0);
      hideThePage();
      expect(sends, 'hidden').to.equal(1);
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      expect(sends, 'left').to.equal(2);
      stop();
      hideThePage();
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(sends, 'after stopping').to.equal(2);
    });

    it("sends after the document's own listeners have run", () => {
      const order: string[] = [];
      const stop = onPageHide(window, () => order.push('send'));
      const own = (): void => {
        order.push('document');
      };
      document.addEventListener('visibilitychange', own);
      window.addEventListener('visibilitychange', own, true);
      try {
        hideThePage();
      } finally {
        document.removeEventListener('visibilitychange', own);
        window.removeEventListener('visibilitychange', own, true);
        stop();
      }
      expect(order).to.deep.equal(['document', 'document', 'send']);
    });
  });
});
