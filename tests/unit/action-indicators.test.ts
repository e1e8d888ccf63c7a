import { describe, expect, it } from 'vitest';
import { indicatorFor, indicatorsOf } from '../../web/src/actions/indicators.js';

// A model: index → wait (speed, queue), a GAP of expectation/perception on staff, and a METRIC.
const definition = {
  root: {
    key: 'index',
    kind: 'INDEX',
    label: 'Index',
    children: [
      {
        key: 'service',
        kind: 'DIMENSION',
        label: 'Service',
        children: [
          { key: 'wait', kind: 'SURVEY', label: 'Waiting', items: [{ question: 'speed' }, { question: 'queue' }] },
          {
            key: 'gap',
            kind: 'GAP',
            label: 'Staff gap',
            pairs: [{ expectation: { question: 'staffE' }, perception: { question: 'staffP' } }],
          },
        ],
      },
      { key: 'claims', kind: 'METRIC', label: 'Claims on time', metricKey: 'claims' },
    ],
  },
};

describe('the indicator picker of the case and visit dialogs', () => {
  it('lists every indicator below the root in tree order with its questions', () => {
    expect(indicatorsOf(definition)).toEqual([
      { key: 'service', label: 'Service', depth: 1, metric: false, questions: [] },
      { key: 'wait', label: 'Waiting', depth: 2, metric: false, questions: ['speed', 'queue'] },
      { key: 'gap', label: 'Staff gap', depth: 2, metric: false, questions: ['staffE', 'staffP'] },
      { key: 'claims', label: 'Claims on time', depth: 1, metric: true, questions: [] },
    ]);
    expect(indicatorsOf(null)).toEqual([]);
  });

  it("pre-selects the first model's indicator that scores a finding's question, none otherwise", () => {
    const models = [
      { id: 'm1', indicators: indicatorsOf({ root: { key: 'i', kind: 'INDEX', children: [] } }) },
      { id: 'm2', indicators: indicatorsOf(definition) },
    ];
    expect(indicatorFor(models, 'queue')).toEqual({ modelId: 'm2', indicatorKey: 'wait' });
    expect(indicatorFor(models, 'staffP')).toEqual({ modelId: 'm2', indicatorKey: 'gap' });
    expect(indicatorFor(models, 'parking')).toBeNull();
    expect(indicatorFor(models, null)).toBeNull();
  });
});
