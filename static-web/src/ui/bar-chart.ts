// A small grouped bar chart drawn as SVG by the app itself (no library): two series over a few
// categories, for example a year's charges and receipts by month. The drawing is hidden from screen
// readers; the figure carries a table of the same numbers, which everyone can open for exact values.

import { h, svg } from './dom';

export interface BarSeries {
  name: string;
  /** A CSS class that gives the bars their colour (styles.css). */
  className: string;
  values: readonly number[];
}

export interface BarChartOptions {
  id: string;
  caption: string;
  /** The table's toggle, e.g. "The figures as a table". */
  tableLabel: string;
  categoryHeader: string;
  categories: readonly string[];
  series: readonly [BarSeries, BarSeries];
  format: (value: number) => string;
}

const slot = 40;
const bar = 13;
const plotHeight = 120;
const labelHeight = 18;

/** The drawing: each category a slot with the two series' bars side by side, scaled to the largest value. */
export function drawBars(categories: readonly string[], series: readonly [BarSeries, BarSeries]): SVGElement {
  const largest = Math.max(1, ...series.flatMap((s) => s.values.map((v) => Math.abs(v))));
  const bars = categories.flatMap((_, i) =>
    series.map((s, j) => {
      const value = Math.max(0, s.values[i] ?? 0);
      const barHeight = Math.round((value / largest) * plotHeight);
      return svg('rect', { class: s.className, x: i * slot + 6 + j * (bar + 2), y: plotHeight - barHeight, width: bar, height: barHeight });
    }),
  );
  const labels = categories.map((category, i) => svg('text', { x: i * slot + slot / 2, y: plotHeight + labelHeight - 4, 'text-anchor': 'middle' }, category));
  return svg(
    'svg',
    { viewBox: `0 0 ${categories.length * slot} ${plotHeight + labelHeight}`, class: 'bar-chart', 'aria-hidden': 'true', focusable: 'false' },
    svg('line', { x1: 0, x2: categories.length * slot, y1: plotHeight + 0.5, y2: plotHeight + 0.5, class: 'bar-chart-axis' }),
    ...bars,
    ...labels,
  );
}

/** The chart in a figure: its caption, the drawing, a legend, and the numbers as a table behind a toggle. */
export function barChart(options: BarChartOptions): HTMLElement {
  const { categories, series, format } = options;
  const legend = h(
    'ul',
    { class: 'bar-chart-legend' },
    ...series.map((s) => h('li', {}, h('span', { class: `swatch ${s.className}`, 'aria-hidden': 'true' }), s.name)),
  );
  const table = h(
    'table',
    { class: 'data-table' },
    h('caption', { class: 'visually-hidden' }, options.caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, options.categoryHeader), ...series.map((s) => h('th', { scope: 'col', class: 'amount' }, s.name)))),
    h(
      'tbody',
      {},
      ...categories.map((category, i) =>
        h('tr', {}, h('th', { scope: 'row' }, category), ...series.map((s) => h('td', { class: 'amount' }, format(s.values[i] ?? 0)))),
      ),
    ),
  );
  return h(
    'figure',
    { id: options.id, class: 'chart' },
    h('figcaption', {}, options.caption),
    drawBars(categories, series),
    legend,
    h('details', {}, h('summary', {}, options.tableLabel), table),
  );
}
