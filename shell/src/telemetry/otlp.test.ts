import { expect } from '@open-wc/testing';
import { anyValue, encodeLogs, encodeMetrics, keyValues, unixNano, type Origin } from './otlp.js';

const ORIGIN: Origin = {
  resource: { 'service.name': 'digione-portal', 'digione.telemetry.sample_rate': 0.25 },
  scope: { name: 'digione-portal/shell', version: '1.0.0' },
};

describe('the OTLP/HTTP JSON encoding', () => {
  describe('of values', () => {
    it('writes times as decimal strings of nanoseconds since the epoch', () => {
      expect(unixNano(0)).to.equal('0');
      expect(unixNano(1_765_000_000_123.456)).to.equal('1765000000123456000');
      expect(unixNano(1_765_000_000_123.25)).to.equal('1765000000123250000');
    });

    it('writes attributes as KeyValue with AnyValue: 64-bit integers as strings', () => {
      expect(anyValue('fi')).to.deep.equal({ stringValue: 'fi' });
      expect(anyValue(true)).to.deep.equal({ boolValue: true });
      expect(anyValue(3)).to.deep.equal({ intValue: '3' });
      expect(anyValue(0.25)).to.deep.equal({ doubleValue: 0.25 });
      expect(anyValue(2 ** 60)).to.deep.equal({ doubleValue: 2 ** 60 });
      expect(anyValue({ double: 1 })).to.deep.equal({ doubleValue: 1 });
      expect(keyValues({ b: 'x', a: 1, c: undefined })).to.deep.equal([
        { key: 'a', value: { intValue: '1' } },
        { key: 'b', value: { stringValue: 'x' } },
      ]);
    });
  });

  describe('of metrics', () => {
    it('writes histograms and counters as delta data points of one resource and scope', () => {
      const body = encodeMetrics(ORIGIN, 1000, 2000.5, [
        {
          kind: 'histogram',
          name: 'digione.app.lifecycle.duration',
          description: 'How long.',
          unit: 'ms',
          bounds: [100, 1000],
          points: [
            {
              attributes: { 'digione.app.id': 'timetable', 'digione.app.phase': 'load' },
              count: 3,
              sum: 1250.5,
              min: 50,
              max: 1000,
              bucketCounts: [1, 2, 0],
            },
          ],
        },
        {
          kind: 'counter',
          name: 'digione.app.failures',
          description: 'Failed.',
          unit: '{failure}',
          points: [{ attributes: { 'error.type': 'D1-SDK-131' }, value: 2 }],
        },
      ]);
      expect(JSON.parse(JSON.stringify(body))).to.deep.equal({
        resourceMetrics: [
          {
            resource: {
              attributes: [
                { key: 'digione.telemetry.sample_rate', value: { doubleValue: 0.25 } },
                { key: 'service.name', value: { stringValue: 'digione-portal' } },
              ],
            },
            scopeMetrics: [
              {
                scope: { name: 'digione-portal/shell', version: '1.0.0' },
                metrics: [
                  {
                    name: 'digione.app.lifecycle.duration',
                    description: 'How long.',
                    unit: 'ms',
                    histogram: {
                      aggregationTemporality: 1,
                      dataPoints: [
                        {
                          attributes: [
                            { key: 'digione.app.id', value: { stringValue: 'timetable' } },
                            { key: 'digione.app.phase', value: { stringValue: 'load' } },
                          ],
                          startTimeUnixNano: '1000000000',
                          timeUnixNano: '2000500000',
                          count: '3',
                          sum: 1250.5,
                          bucketCounts: ['1', '2', '0'],
                          explicitBounds: [100, 1000],
                          min: 50,
                          max: 1000,
                        },
                      ],
                    },
                  },
                  {
                    name: 'digione.app.failures',
                    description: 'Failed.',
                    unit: '{failure}',
                    sum: {
                      aggregationTemporality: 1,
                      isMonotonic: true,
                      dataPoints: [
                        {
                          attributes: [{ key: 'error.type', value: { stringValue: 'D1-SDK-131' } }],
                          startTimeUnixNano: '1000000000',
                          timeUnixNano: '2000500000',
                          asInt: '2',
                        },
                      ],
                    },
                  },
                ],
              },
            ],
          },
        ],
      });
    });
  });

  describe('of logs', () => {
    it('writes log records with severity numbers, a string body and attributes', () => {
      const body = encodeLogs(ORIGIN, 5000, [
        {
          time: 4000,
          severity: 'WARN',
          body: 'Content-Security-Policy violation',
          attributes: { 'csp.directive': 'img-src', 'code.lineno': 12 },
        },
        { time: 4500, severity: 'ERROR', body: 'An app failed', attributes: {} },
      ]);
      const json = JSON.parse(JSON.stringify(body)) as {
        resourceLogs: { scopeLogs: { scope: unknown; logRecords: unknown[] }[] }[];
      };
      expect(json.resourceLogs).to.have.length(1);
      const [scopeLogs] = json.resourceLogs[0].scopeLogs;
      expect(scopeLogs.scope).to.deep.equal(ORIGIN.scope);
      expect(scopeLogs.logRecords).to.deep.equal([
        {
          timeUnixNano: '4000000000',
          observedTimeUnixNano: '5000000000',
          severityNumber: 13,
          severityText: 'WARN',
          body: { stringValue: 'Content-Security-Policy violation' },
          attributes: [
            { key: 'code.lineno', value: { intValue: '12' } },
            { key: 'csp.directive', value: { stringValue: 'img-src' } },
          ],
        },
        {
          timeUnixNano: '4500000000',
          observedTimeUnixNano: '5000000000',
          severityNumber: 17,
          severityText: 'ERROR',
          body: { stringValue: 'An app failed' },
          attributes: [],
        },
      ]);
    });
  });
});
