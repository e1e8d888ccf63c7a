import { describe, expect, it } from 'vitest';
import { postStratify, rake } from '../../server/indicators/engine/weighting.js';

/** Respondent weights (design.md §4), on small cases computed by hand. */
describe('post-stratification', () => {
  const cells = [
    { unitId: 'u1', category: 'insured', population: 100 },
    { unitId: 'u1', category: 'employer', population: 30 },
    { unitId: 'u2', category: 'insured', population: 50 },
    { unitId: 'u2', category: 'employer', population: 20 }, // no response: uncovered
  ];

  it('gives ω = N(u,c) / n(u,c), weight 0 out of frame, and lists uncovered cells', () => {
    const report = postStratify(
      [
        { unitId: 'u1', category: 'insured' }, // 100 / 2 = 50
        { unitId: 'u1', category: 'insured' }, // 50
        { unitId: 'u1', category: 'employer' }, // 30 / 1 = 30
        { unitId: 'u2', category: 'insured' }, // 50 / 1 = 50
        { unitId: 'u2', category: null }, // no population for (u2, none): 0, out of frame
      ],
      cells,
    );
    expect(report.weights).toEqual([50, 50, 30, 50, 0]);
    expect(report.outOfFrame).toBe(1);
    expect(report.uncovered).toEqual(['u2 × employer']);
    expect(report).toMatchObject({ iterations: 1, converged: true });
  });

  it('counts a group of alike responses as that many: ω = N / n per response', () => {
    // (u1, insured): a group of 4 and one more response → n = 5, ω = 100 / 5 = 20 for each.
    // (u9, insured): a group of 3 with no population → 3 responses out of frame.
    const report = postStratify(
      [
        { unitId: 'u1', category: 'insured', count: 4 },
        { unitId: 'u1', category: 'insured' },
        { unitId: 'u9', category: 'insured', count: 3 },
      ],
      cells,
    );
    expect(report.weights).toEqual([20, 20, 0]);
    expect(report.outOfFrame).toBe(3);
    expect(report.uncovered).toEqual(['u1 × employer', 'u2 × insured', 'u2 × employer']);
  });
});

describe('raking', () => {
  const margins = [
    {
      variable: 'sex',
      targets: [
        { value: 'm', population: 60 },
        { value: 'f', population: 40 },
      ],
    },
    {
      variable: 'age',
      targets: [
        { value: 'young', population: 50 },
        { value: 'old', population: 50 },
      ],
    },
  ];
  // Rows A = (m, young) × 2, B = (m, old), C = (f, young); no (f, old) response.
  const rows = () => [
    { sex: 'm', age: 'young', count: 2 },
    { sex: 'm', age: 'old' },
    { sex: 'f', age: 'young' },
  ];

  it('one iteration: each margin in turn scaled to its population', () => {
    // sex: m sum 2·1 + 1 = 3 → ×20: A = B = 20; f sum 1 → ×40: C = 40.
    // age: young sum 2·20 + 40 = 80 → ×50/80: A = 12.5, C = 25; old sum 20 → ×2.5: B = 50.
    // Then sex m = 2·12.5 + 50 = 75 ≠ 60: not converged.
    const report = rake(rows(), margins, { tolerance: 0.001, maxIterations: 1 });
    expect(report.weights).toEqual([12.5, 50, 25]);
    expect(report).toMatchObject({ iterations: 1, converged: false, outOfFrame: 0, uncovered: [] });
  });

  it('iterates until every margin is within the tolerance', () => {
    // The fixed point: m = 2A + B = 60, f = C = 40, young = 2A + C = 50 → A = 5, B = 50, C = 40 (old = B = 50).
    const report = rake(rows(), margins, { tolerance: 1e-9, maxIterations: 1000 });
    expect(report.converged).toBe(true);
    expect(report.iterations).toBeGreaterThan(1);
    expect(report.weights[0]).toBeCloseTo(5, 6);
    expect(report.weights[1]).toBeCloseTo(50, 6);
    expect(report.weights[2]).toBeCloseTo(40, 6);
  });

  it('gives weight 0 to responses outside a margin, and lists margin values no response covers', () => {
    const middle = { value: 'middle', population: 10 };
    const withMiddle = [margins[0], { variable: 'age', targets: [...margins[1].targets, middle] }];
    const report = rake([...rows(), { sex: 'x', age: 'old' }], withMiddle, { tolerance: 0.001, maxIterations: 5 });
    expect(report.weights[3]).toBe(0);
    expect(report.outOfFrame).toBe(1);
    expect(report.uncovered).toEqual(['age = middle']);
    expect(report.converged).toBe(false); // "middle" can never reach its 10
  });

  it('trims weights to [trimMin, trimMax] × the mean weight', () => {
    // One margin: m → 90, f → 10; the mean weight is (90 + 10) / 2 = 50.
    // trimMax 1.5 caps m at 75; trimMin 0.5 raises f to 25.
    const sex = {
      variable: 'sex',
      targets: [
        { value: 'm', population: 90 },
        { value: 'f', population: 10 },
      ],
    };
    const options = { tolerance: 0.001, maxIterations: 1, trimMin: 0.5, trimMax: 1.5 };
    const report = rake([{ sex: 'm' }, { sex: 'f' }], [sex], options);
    expect(report.weights).toEqual([75, 25]);
  });
});
