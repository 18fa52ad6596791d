/**
 * One table of contribution counts: characters added and removed, amendments submitted, accepted,
 * rejected and withdrawn, one row per entity or section, and a total row. The count headers stand
 * upright so six columns fit beside the text.
 */
import type { ComponentChildren } from 'preact';
import type { ContributionCounts } from '../../shared/api/attribution.js';
import type { MessageKey } from '../../shared/i18n/strings.js';
import { useT } from '../i18n.js';
import { useFormatCount } from './numberFormat.js';
import { COUNT_COLUMNS, type CountColumn } from './statisticsRows.js';

/** The header of each count column. */
const COLUMN_KEYS: Record<CountColumn, MessageKey> = {
  added: 'statistics.added',
  removed: 'statistics.removed',
  submitted: 'statistics.submitted',
  accepted: 'statistics.accepted',
  rejected: 'statistics.rejected',
  withdrawn: 'statistics.withdrawn',
};

/** One row of the table. */
export interface TableRow {
  key: string;
  label: ComponentChildren;
  counts: ContributionCounts;
  /** Put on the row as `data-row`, for tests and styling. */
  id: string;
}

/** Props of StatisticsTable. */
export interface StatisticsTableProps {
  caption: string;
  /** Header of the first column ("Entiteit", "Hoofdstuk"). */
  rowHeader: string;
  rows: readonly TableRow[];
  total: ContributionCounts;
  testId: string;
}

/** The table. */
export function StatisticsTable({ caption, rowHeader, rows, total, testId }: StatisticsTableProps) {
  const t = useT();
  const format = useFormatCount();
  const cells = (counts: ContributionCounts) =>
    COUNT_COLUMNS.map((column) => (
      <td key={column} data-column={column} class={counts[column] === 0 ? 'statistics-zero' : undefined}>
        {format(counts[column])}
      </td>
    ));
  return (
    <div class="statistics-scroll">
      <table class="statistics-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" class="statistics-row-header">
              {rowHeader}
            </th>
            {COUNT_COLUMNS.map((column) => (
              <th key={column} scope="col" class="statistics-count-header">
                <span>{t(COLUMN_KEYS[column])}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.id}>
              <th scope="row">{row.label}</th>
              {cells(row.counts)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-row="total">
            <th scope="row">{t('statistics.total')}</th>
            {cells(total)}
          </tr>
        </tfoot>
      </table>
      {total.acceptedModified > 0 && (
        <p class="statistics-note">{t('statistics.acceptedModified', { count: format(total.acceptedModified) })}</p>
      )}
    </div>
  );
}
