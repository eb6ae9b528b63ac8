// Charts of the printable report as inline SVG (no script, no canvas: a print to PDF keeps them as vectors). Every
// text is escaped; the geometry is computed from the figures only.
import { escapeHtml } from '../settlement/print-html.ts';

const e = (v: string | number) => escapeHtml(String(v));
const COLORS = ['#1677ff', '#fa8c16', '#52c41a', '#eb2f96', '#722ed1'];

export interface LineSeries {
  name: string;
  values: (number | null)[];
}

/** A line chart: one x label per point, each series on its own 0 … max scale noted in the legend. */
export function lineChartSvg(
  labels: string[],
  series: LineSeries[],
  title: string,
  width = 680,
  height = 220,
): string {
  const pad = { l: 36, r: 12, t: 28, b: 32 };
  const w = width - pad.l - pad.r;
  const h = height - pad.t - pad.b;
  const x = (i: number) => pad.l + (labels.length <= 1 ? w / 2 : (i * w) / (labels.length - 1));
  const parts: string[] = [];
  parts.push(`<text x="${pad.l}" y="16" font-size="12" font-weight="bold">${e(title)}</text>`);
  parts.push(
    `<line x1="${pad.l}" y1="${pad.t + h}" x2="${pad.l + w}" y2="${pad.t + h}" stroke="#999" stroke-width="1"/>`,
  );
  const step = Math.max(1, Math.ceil(labels.length / 10));
  labels.forEach((l, i) => {
    if (i % step === 0 || i === labels.length - 1)
      parts.push(
        `<text x="${x(i).toFixed(1)}" y="${pad.t + h + 14}" font-size="9" text-anchor="middle">${e(l)}</text>`,
      );
  });
  series.forEach((s, si) => {
    const max = Math.max(1, ...s.values.filter((v): v is number => v !== null));
    const color = COLORS[si % COLORS.length]!;
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      const y = pad.t + h - (v / max) * h;
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y.toFixed(1)} `;
      pen = true;
    });
    parts.push(`<path d="${d.trim()}" fill="none" stroke="${color}" stroke-width="1.8"/>`);
    parts.push(
      `<rect x="${pad.l + 200 + si * 170}" y="8" width="10" height="10" fill="${color}"/><text x="${pad.l + 214 + si * 170}" y="17" font-size="10">${e(`${s.name}（最高 ${max}）`)}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${e(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

/** A horizontal bar chart, largest on top, the value printed at each bar's end. */
export function barChartSvg(bars: { label: string; value: number }[], title: string, width = 680): string {
  const rowH = 20;
  const labelW = 220;
  const height = 28 + Math.max(1, bars.length) * rowH + 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const barW = width - labelW - 60;
  const parts = [`<text x="0" y="16" font-size="12" font-weight="bold">${e(title)}</text>`];
  bars.forEach((b, i) => {
    const y = 28 + i * rowH;
    const len = (b.value / max) * barW;
    parts.push(
      `<text x="${labelW - 6}" y="${y + 13}" font-size="10" text-anchor="end">${e(b.label)}</text>`,
      `<rect x="${labelW}" y="${y + 3}" width="${len.toFixed(1)}" height="${rowH - 6}" fill="${COLORS[0]}"/>`,
      `<text x="${(labelW + len + 4).toFixed(1)}" y="${y + 13}" font-size="10">${e(b.value)}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${e(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}
