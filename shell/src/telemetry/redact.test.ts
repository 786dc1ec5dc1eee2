import { expect } from '@open-wc/testing';
import { DigiOneSdkError } from '../../../sdk/src/app/errors.js';
import { appId, appVersion, blockedOf, directiveOf, errorType, originOf } from './redact.js';

describe('what a telemetry record may say', () => {
  describe("an app's error", () => {
    it("is the SDK's code, whether carried as `code` or first in the message", () => {
      expect(errorType(new DigiOneSdkError('D1-SDK-131', 'Aino Mäkelä'), false)).to.equal(
        'D1-SDK-131',
      );
      const rethrown = new Error("application 'x' died in status MOUNTING: [D1-SDK-306] sub=123");
      expect(errorType(rethrown, true)).to.equal('D1-SDK-306');
      expect(errorType({ code: 'D1-SDK-313', message: 'from a frame' }, true)).to.equal(
        'D1-SDK-313',
      );
    });

    it('is "timeout", or the class name, or "unknown": never the message', () => {
      expect(errorType(new Error('took 10 s for eyJhbGciOi'), true)).to.equal('timeout');
      expect(errorType(new TypeError('Failed to fetch /apps/x.js?token=1'), false)).to.equal(
        'TypeError',
      );
      expect(errorType(new Error('Mikko'), false)).to.equal('Error');
      expect(errorType({ name: 'Mikko Korhonen' }, false)).to.equal('unknown');
      expect(errorType({ code: 'Aino', name: 'Aino' }, false)).to.equal('unknown');
      expect(errorType('Sanna Mäkelä', false)).to.equal('unknown');
      expect(errorType(undefined, false)).to.equal('unknown');
    });

    it('is "unknown" for a value that throws when read', () => {
      const hostile = new Proxy(
        {},
        {
          get() {
            throw new Error('no');
          },
        },
      );
      expect(errorType(hostile, false)).to.equal('unknown');
      expect(errorType(hostile, true)).to.equal('timeout');
    });
  });

  it("keeps an app's id and version only in the manifest's shapes", () => {
    expect(appId('timetable')).to.equal('timetable');
    expect(appId('Aino Mäkelä')).to.equal(undefined);
    expect(appVersion('1.0.0-beta.2+7')).to.equal('1.0.0-beta.2+7');
    expect(appVersion('1.0 for Aino')).to.equal(undefined);
    expect(appVersion(2)).to.equal(undefined);
  });

  it('keeps origins of URLs, never their paths, queries or fragments', () => {
    expect(originOf('https://cdn.example.fi/apps/x.js?token=abc#f')).to.equal(
      'https://cdn.example.fi',
    );
    expect(originOf('data:image/png;base64,AAAA')).to.equal(undefined);
    expect(originOf('/relative')).to.equal(undefined);
    expect(originOf('')).to.equal(undefined);
  });

  it("says what a violation blocked: an origin, the browser's keyword or a scheme", () => {
    expect(blockedOf('https://tracker.example.com/p.gif?user=aino')).to.equal(
      'https://tracker.example.com',
    );
    expect(blockedOf('inline')).to.equal('inline');
    expect(blockedOf('trusted-types-sink')).to.equal('trusted-types-sink');
    expect(blockedOf('data:text/html,<b>Aino</b>')).to.equal('data');
    expect(blockedOf('blob:https://portal.example.fi/1234')).to.equal('blob');
    expect(blockedOf('Aino Mäkelä')).to.equal('other');
    expect(directiveOf('script-src-elem')).to.equal('script-src-elem');
    expect(directiveOf("script-src 'self' Aino")).to.equal('other');
  });
});
