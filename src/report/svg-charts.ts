// Hand-written SVG charts (no dependencies): stacked shares and diverging means. Every bar has a
// text label and a <title>, so the charts read without colour and to a screen reader.
import { escapeHtml as esc } from './html/escape.js';
import { MIN_CLAUSES } from '../aggregate/moments.js';

// Speaker sides and outlets never share a colour, so a colour means one thing across the charts.
const PALETTE = ['#3b6fd8', '#d8843b', '#3ba35a', '#b0413e', '#7e57c2', '#8d6e63', '#00838f', '#9e9d24', '#616161'];
const OUTLET_PALETTE = ['#1b2a49', '#5c5c5c', '#8c6d1f', '#2f5d50', '#6b2f5d', '#3d3d7a', '#7a3d3d', '#4d6b2f'];
// Fewer clauses than MIN_CLAUSES and a mean says nothing: the bar is not drawn.
export { MIN_CLAUSES };
const FONT = 'font-family="system-ui, sans-serif" font-size="12"';

export interface StackedRow {
  label: string;
  parts: { key: string; value: number }[];
}

/** One bar per row, split into its parts' shares of the row total (labelled with counts). */
export function stackedShareChart(title: string, rows: StackedRow[]): string {
  const keys = [...new Set(rows.flatMap((r) => r.parts.map((p) => p.key)))];
  const colour = (k: string) => PALETTE[keys.indexOf(k) % PALETTE.length];
  const labelW = 20 + textWidth(rows.reduce((w, r) => Math.max(w, `${r.label} (n=000)`.length), 0));
  const barW = 440;
  const rowH = 28;
  const top = 30;
  const legendTop = top + rows.length * rowH + 10;
  const height = legendTop + Math.ceil(keys.length / 3) * 18 + 10;
  const bars = rows.map((r, i) => {
    const total = r.parts.reduce((a, p) => a + p.value, 0);
    const y = top + i * rowH;
    let x = labelW;
    const rects = r.parts
      .filter((p) => p.value > 0)
      .map((p) => {
        const w = (barW * p.value) / total;
        const pct = Math.round((100 * p.value) / total);
        const text = w > 34 ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + 15}" text-anchor="middle" fill="#fff">${pct}%</text>` : '';
        const out = `<g><title>${esc(`${r.label}: ${p.key}, ${p.value} of ${total} (${pct}%)`)}</title><rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="20" fill="${colour(p.key)}"/>${text}</g>`;
        x += w;
        return out;
      });
    return `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${esc(r.label)} (n=${total})</text>${rects.join('')}${total === 0 ? `<text x="${labelW}" y="${y + 15}">no quotes</text>` : ''}`;
  });
  const legend = keys.map((k, i) => {
    const x = 10 + (i % 3) * 200;
    const y = legendTop + Math.floor(i / 3) * 18;
    return `<rect x="${x}" y="${y}" width="12" height="12" fill="${colour(k)}"/><text x="${x + 16}" y="${y + 10}">${esc(k)}</text>`;
  });
  return svg(title, Math.max(labelW + barW + 20, 620), height, [...bars, ...legend]);
}

export interface DivergingGroup {
  label: string;
  bars: { key: string; value: number; n: number }[];
}

/** Mean scores around zero, one bar per key within each group, with n beside each bar. */
export function divergingChart(title: string, groups: DivergingGroup[], domain = 1): string {
  const keys = [...new Set(groups.flatMap((g) => g.bars.map((b) => b.key)))];
  const colour = (k: string) => OUTLET_PALETTE[keys.indexOf(k) % OUTLET_PALETTE.length];
  const labelW = 20 + textWidth(groups.reduce((w, g) => g.bars.reduce((v, b) => Math.max(v, b.key.length), w), 10));
  const half = 190;
  const zero = labelW + half;
  const barH = 14;
  const parts: string[] = [];
  let y = 30;
  for (const g of groups) {
    parts.push(`<text x="10" y="${y + 11}" font-weight="bold">${esc(g.label)}</text>`);
    y += 16;
    for (const b of g.bars) {
      if (b.n < MIN_CLAUSES) {
        parts.push(`<g><title>${esc(`${g.label}, ${b.key}: too few clauses to compare (n=${b.n})`)}</title><text x="${labelW - 6}" y="${y + 11}" text-anchor="end">${esc(b.key)}</text><text x="${zero + 4}" y="${y + 11}" fill="#555" font-style="italic">too few to compare (n=${b.n})</text></g>`);
        y += barH + 4;
        continue;
      }
      const w = (half * Math.min(Math.abs(b.value), domain)) / domain;
      const x = b.value < 0 ? zero - w : zero;
      const rounded = Number(b.value.toFixed(2)) || 0; // no "-0.00"
      const shown = `${rounded >= 0 ? '+' : ''}${rounded.toFixed(2)} (n=${b.n})`;
      parts.push(
        `<g><title>${esc(`${g.label}, ${b.key}: mean ${shown}`)}</title><text x="${labelW - 6}" y="${y + 11}" text-anchor="end">${esc(b.key)}</text><rect x="${x.toFixed(1)}" y="${y}" width="${Math.max(w, 1).toFixed(1)}" height="${barH}" fill="${colour(b.key)}"/><text x="${b.value < 0 ? zero + 4 : zero + w + 4}" y="${y + 11}">${shown}</text></g>`,
      );
      y += barH + 4;
    }
    y += 8;
  }
  parts.push(`<line x1="${zero}" y1="24" x2="${zero}" y2="${y}" stroke="#333"/>`);
  parts.push(`<text x="${zero - half}" y="${y + 14}">negative</text><text x="${zero + half}" y="${y + 14}" text-anchor="end">positive</text>`);
  // The key: one colour per outlet, the same in every group.
  const legendTop = y + 26;
  keys.forEach((k, i) => {
    const x = 10 + (i % 3) * 200;
    const ly = legendTop + Math.floor(i / 3) * 18;
    parts.push(`<rect x="${x}" y="${ly}" width="12" height="12" fill="${colour(k)}"/><text x="${x + 16}" y="${ly + 10}">${esc(k)}</text>`);
  });
  return svg(title, zero + half + 110, legendTop + Math.ceil(keys.length / 3) * 18 + 8, parts);
}

/** Rough width in pixels of `chars` characters of 12px sans-serif. */
function textWidth(chars: number): number {
  return Math.ceil(chars * 7);
}

function svg(title: string, minWidth: number, height: number, body: string[]): string {
  const width = Math.max(minWidth, textWidth(title.length) + 30);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${Math.ceil(height)}" width="${width}" height="${Math.ceil(height)}" role="img" aria-label="${esc(title)}" ${FONT}>
<title>${esc(title)}</title>
<rect width="100%" height="100%" fill="#fff"/>
<text x="10" y="18" font-size="14" font-weight="bold">${esc(title)}</text>
${body.join('\n')}
</svg>
`;
}
