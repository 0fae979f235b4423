export interface Bar {
  readonly label: string;
  /** The bar's length; with `parts`, their sum should equal it. */
  readonly value: number;
  /** The value as shown (formatted money, count, share, ...). */
  readonly display: string;
  /** Stacked parts, drawn left to right in the chart's tones (e.g. likely, then at risk). */
  readonly parts?: readonly number[];
}

/**
 * Horizontal bars in HTML: label, bar, value on one grid row. The text is ordinary text at the
 * view's font size, so it stays the sidebar's size at any width (an SVG with a viewBox scales its
 * labels with the width: 34 px in the 900 px dialog). The chart is one image for assistive
 * technologies, described by its title and every bar's label and value; `legend` names the
 * tones of stacked parts.
 */
export function BarChart({
  bars,
  title,
  max,
  legend,
  risky = false,
}: {
  bars: readonly Bar[];
  /** The second tone means "at risk" (orange) rather than a lighter blue. */
  risky?: boolean;
  title: string;
  /** The value of a full-width bar (1 for shares); the largest bar by default. */
  max?: number;
  legend?: readonly string[];
}) {
  const full = max ?? Math.max(1, ...bars.map((bar) => bar.value));
  const description = bars.map((bar) => `${bar.label}: ${bar.display}`).join('; ');
  const legendText = legend ? ` (${legend.join(', ')})` : '';
  return (
    <div
      class={risky ? 'chart risk' : 'chart'}
      role="img"
      aria-label={`${title}${legendText}. ${description}`}
    >
      {bars.map((bar) => (
        <div class="chart-row" key={bar.label}>
          <span class="chart-label">{bar.label}</span>
          <span class="chart-track">
            {(bar.parts ?? [bar.value]).map((part, index) => (
              <span
                key={index}
                class={`chart-bar tone-${index}`}
                style={{ width: `${Math.max(0, Math.min(100, (part / full) * 100))}%` }}
              />
            ))}
          </span>
          <span class="chart-value">{bar.display}</span>
        </div>
      ))}
      {legend && (
        <div class="chart-legend">
          {legend.map((name, index) => (
            <span key={name}>
              <span class={`chart-swatch tone-${index}`} />
              {name}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
