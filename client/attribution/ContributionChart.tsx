/**
 * Characters added and removed per entity as bars: plain SVG rectangles, whose widths are
 * attributes (the CSP forbids style attributes) and whose colours come from the entity classes.
 * The numbers are written beside each bar, so the chart reads without seeing the bars.
 */
import { useT } from '../i18n.js';
import { useFormatCount } from './numberFormat.js';
import type { ChartBar } from './statisticsRows.js';

/** Props of ContributionChart. */
export interface ContributionChartProps {
  bars: readonly ChartBar[];
}

/** The chart; nothing when no entity added or removed anything yet. */
export function ContributionChart({ bars }: ContributionChartProps) {
  const t = useT();
  const format = useFormatCount();
  if (bars.length === 0) return null;
  return (
    <figure class="contribution-chart" data-testid="contribution-chart">
      <figcaption>{t('statistics.chart')}</figcaption>
      <ul>
        {bars.map((bar) => (
          <li key={bar.key} class={bar.colorClass} data-bar={bar.key}>
            <span class="contribution-chart-name">{bar.name}</span>
            {/* Width 100 units, stretched to the column: only rectangles, nothing that would distort. */}
            <svg class="contribution-chart-bars" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect class="bar-added" x="0" y="0" height="4.5" width={Math.max(bar.added > 0 ? 0.5 : 0, bar.addedShare * 100)} />
              <rect class="bar-removed" x="0" y="5.5" height="4.5" width={Math.max(bar.removed > 0 ? 0.5 : 0, bar.removedShare * 100)} />
            </svg>
            <span class="contribution-chart-numbers">
              {t('statistics.chartAdded', { count: format(bar.added) })} · {t('statistics.chartRemoved', { count: format(bar.removed) })}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
