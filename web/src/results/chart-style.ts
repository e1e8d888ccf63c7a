/**
 * How the dashboard's charts read (docs/results-polish.md): bars coloured by their score band with
 * their values, each node's target drawn as a tick with "below target" on the bars short of it, and
 * month labels in the person's language (Intl). ScoreCharts.vue builds its bar chart from here.
 */
import type { DashboardQuery } from '../gql/graphql.js';

type Node = DashboardQuery['scores']['nodes'][number];
type BandRow = DashboardQuery['scores']['bandDistribution'][number]['band'];

/**
 * Band colours from the lowest band to the highest (red → green, each ≥ 4.5:1 with white; the order,
 * the value label and the band's name say it without colour too). The model has no colour per band;
 * a model with n bands takes n of these, spread over the scale.
 */
export const BAND_COLOURS = ['#b91c1c', '#c2410c', '#a16207', '#4d7c0f', '#15803d'];
const NO_BAND = '#1f5fa8';
const TARGET = '#111827';

/** The colour of a band by its rank among the model's bands (lowest first). */
export function bandColour(key: string | null | undefined, bands: readonly Pick<BandRow, 'key' | 'min'>[]): string {
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  const i = sorted.findIndex((b) => b.key === key);
  if (i < 0) return NO_BAND;
  if (sorted.length === 1) return BAND_COLOURS[BAND_COLOURS.length - 1];
  return BAND_COLOURS[Math.round((i * (BAND_COLOURS.length - 1)) / (sorted.length - 1))];
}

const round = (x: number) => Math.round(x * 10) / 10;

/** "2026-03" → "Mar 2026" / "2026年3月" / "бер. 2026 р."; other labels (weeks, days) stay as they are. */
export function monthLabel(label: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(label);
  if (!m) return label;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
}

/** The dimension and indicator bars: coloured by band, valued, with target ticks and "below target". */
export function barChartOption(
  nodes: readonly Node[],
  bands: readonly Pick<BandRow, 'key' | 'min'>[],
  text: { target: string; belowTarget: string },
  locale: string,
) {
  const rows = nodes.filter((n) => n.parentKey !== null && n.score !== null);
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const below = (n: Node) => n.distanceToTarget !== null && n.distanceToTarget < 0;
  return {
    animation: false,
    grid: { left: 160, right: 48, top: 8, bottom: 24 },
    tooltip: {},
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: rows.map((n) => n.label), inverse: true },
    series: [
      {
        type: 'bar',
        data: rows.map((n) => ({
          value: round(n.score!),
          itemStyle: { color: bandColour(n.band?.key, bands) },
          label: {
            show: true,
            position: 'right',
            color: '#111827',
            formatter: () => `${number.format(n.score!)}${below(n) ? ` ▼ ${text.belowTarget}` : ''}`,
          },
        })),
      },
      {
        type: 'scatter',
        name: text.target,
        symbol: 'rect',
        symbolSize: [3, 22],
        itemStyle: { color: TARGET },
        tooltip: { formatter: (p: { value: [number, string] }) => `${text.target}: ${number.format(p.value[0])}` },
        data: rows.flatMap((n) => (n.target === null ? [] : [[n.target, n.label]])),
      },
    ],
  };
}
