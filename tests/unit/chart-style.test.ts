import { describe, expect, it } from 'vitest';
import { BAND_COLOURS, bandColour, barChartOption, monthLabel } from '../../web/src/results/chart-style.js';
import { contrastRatio } from '../../web/src/admin/contrast.js';

// The standard five bands, given out of order: the colour follows the band's rank by its lower bound.
const bands = [
  { key: 'good', min: 60 },
  { key: 'poor', min: 20 },
  { key: 'veryPoor', min: 0 },
  { key: 'excellent', min: 80 },
  { key: 'fair', min: 40 },
];
const node = (key: string, score: number | null, band: string | null, target: number | null) => ({
  key,
  parentKey: 'index',
  kind: 'DIMENSION',
  label: key,
  score,
  band: band ? { key: band, label: band } : null,
  n: 10,
  ci95: null,
  partial: false,
  lostPoints: null,
  belowMinimum: false,
  withheldReason: null,
  target,
  distanceToTarget: score === null || target === null ? null : score - target,
});

describe('dashboard charts', () => {
  it('colours each band by its rank, red to green, every colour readable with white', () => {
    expect(['veryPoor', 'poor', 'fair', 'good', 'excellent'].map((k) => bandColour(k, bands))).toEqual(BAND_COLOURS);
    // Three bands take the lowest, middle and highest colours.
    const three = [
      { key: 'low', min: 0 },
      { key: 'mid', min: 50 },
      { key: 'high', min: 75 },
    ];
    expect(three.map((b) => bandColour(b.key, three))).toEqual([BAND_COLOURS[0], BAND_COLOURS[2], BAND_COLOURS[4]]);
    for (const c of BAND_COLOURS) expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('draws each bar in its band colour with its value, a tick at each target and "below target" on bars short of it', () => {
    const nodes = [
      { ...node('index', 70, 'good', null), parentKey: null },
      node('courtesy', 62.5, 'good', 70), // 62.5 − 70 = −7.5: below target
      node('speed', 35, 'poor', 30), // 35 − 30 = +5: above
      node('access', 84, 'excellent', null), // no target: no tick
      node('empty', null, null, 50), // no score: no bar
    ];
    const option = barChartOption(nodes as never, bands, { target: 'Target', belowTarget: 'below target' }, 'en');
    expect(option.yAxis.data).toEqual(['courtesy', 'speed', 'access']);
    const [bars, ticks] = option.series as any[];
    expect(bars.data.map((d: any) => d.value)).toEqual([62.5, 35, 84]);
    expect(bars.data.map((d: any) => d.itemStyle.color)).toEqual([BAND_COLOURS[3], BAND_COLOURS[1], BAND_COLOURS[4]]);
    expect(bars.data.map((d: any) => d.label.formatter())).toEqual(['62.5 ▼ below target', '35.0', '84.0']);
    expect(ticks.data).toEqual([
      [70, 'courtesy'],
      [30, 'speed'],
    ]);
  });

  it('writes months in the person’s language', () => {
    expect(monthLabel('2026-03', 'en')).toBe('Mar 2026');
    expect(monthLabel('2026-03', 'zh-CN')).toBe('2026年3月');
    expect(monthLabel('2026-03', 'uk')).toMatch(/^бер\.? 2026/);
    expect(monthLabel('2026-W09', 'uk')).toBe('2026-W09');
  });
});
