export interface Bar {
  readonly label: string;
  readonly value: number;
  /** The value as shown (formatted money, count, ...). */
  readonly display: string;
}

const ROW = 22;
// Room for the longest labels ("Mise en demeure", "Before due date") and values ("5 400,00 $US")
// at 11 px, so neither is cut at the chart's edges.
const LABEL_WIDTH = 106;
const VALUE_WIDTH = 84;
const WIDTH = 270;

/**
 * Horizontal bars in SVG, sized for a 300 px sidebar. The chart is an image with a text
 * description; the same numbers are available in the table view.
 */
export function BarChart({ bars, title }: { bars: readonly Bar[]; title: string }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const description = bars.map((bar) => `${bar.label}: ${bar.display}`).join('; ');
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`}
      width="100%"
      role="img"
      aria-label={`${title}. ${description}`}
    >
      {bars.map((bar, index) => {
        const y = index * ROW;
        const width = bar.value > 0 ? Math.max(2, (bar.value / max) * room) : 0;
        return (
          <g key={bar.label}>
            <text x={LABEL_WIDTH - 6} y={y + 15} text-anchor="end" class="chart-label">
              {bar.label}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y + 4}
              width={width}
              height={ROW - 8}
              rx={2}
              class="chart-bar"
            />
            <text x={LABEL_WIDTH + width + 4} y={y + 15} class="chart-value">
              {bar.display}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
