import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { el } from './dom.js';

// Only the parts the workbench draws: bar charts with a legend and tooltips (bundled, no CDN).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** One series of a bar chart: its label in the reader's language, its values and its colour. */
export interface BarSeries {
  label: string;
  values: number[];
  colour: string;
}

/**
 * A bar chart on a canvas of its own (stacked when there are several series); the canvas carries
 * `data-bars` (the number of categories) so a test can tell it was drawn.
 * @example barChart('denials-by-rule', ['cn.hours'], [{ label: '禁止', values: [3], colour: '#c92a2a' }])
 */
export function barChart(
  id: string,
  labels: readonly string[],
  series: readonly BarSeries[],
  options: { horizontal?: boolean } = {},
): HTMLElement {
  const canvas = el('canvas', { id, 'data-bars': labels.length, role: 'img' });
  const box = el('div', { class: 'chart' }, canvas);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: [...labels],
      datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.colour })),
    },
    options: {
      indexAxis: options.horizontal ? 'y' : 'x',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { stacked: true, ticks: { precision: 0 } },
        y: { stacked: true, ticks: { precision: 0 } },
      },
      plugins: { legend: { display: series.length > 1 } },
    },
  });
  return box;
}
