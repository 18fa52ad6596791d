/**
 * The contribution statistics of a main text: a chart of characters added and removed per entity,
 * the table per entity, and the table per section for all entities or one. Asked again when the
 * text has changed and settled (`revision`), and every few seconds for decisions on amendments,
 * which change the counts without touching the text.
 */
import { useEffect, useState } from 'preact/hooks';
import type { StatisticsSection } from '../../shared/api/attribution.js';
import { useT, type Translate } from '../i18n.js';
import { useLiveQuery } from '../useLiveQuery.js';
import { fetchStatistics } from './attributionApi.js';
import { ContributionChart } from './ContributionChart.js';
import { chartBars, entityKey, entityRows, sectionRows, type EntityRow } from './statisticsRows.js';
import { StatisticsTable } from './StatisticsTable.js';

/** Props of StatisticsView. */
export interface StatisticsViewProps {
  documentId: string;
  /** Goes up when the text changed and settled (AuthorshipMode.textRevision). */
  revision: number;
}

function entityLabel(row: EntityRow, t: Translate) {
  return (
    <>
      <span class={`swatch ${row.colorClass ?? 'swatch-plain'}`} aria-hidden="true" />
      {row.original ? t('authorship.original') : row.name}
    </>
  );
}

function sectionLabel(section: Pick<StatisticsSection, 'sectionId' | 'number' | 'title'>, t: Translate): string {
  if (section.sectionId === null) return t('statistics.outsideSections');
  return section.number !== null && section.number > 0 ? `${section.number}. ${section.title}` : section.title;
}

/** The statistics. */
export function StatisticsView({ documentId, revision }: StatisticsViewProps) {
  const t = useT();
  const [filter, setFilter] = useState<string | null>(null);
  const query = useLiveQuery(`statistics:${documentId}`, () => fetchStatistics(documentId));
  const { refresh } = query;
  useEffect(() => {
    if (revision > 0) void refresh();
  }, [revision, refresh]);

  const statistics = query.data;
  if (statistics === null) {
    return (
      <p class="panel-empty" role="status">
        {query.error === null ? t('app.loading') : t('statistics.failed', { message: query.error.message })}
      </p>
    );
  }
  const byEntity = entityRows(statistics);
  const bySection = sectionRows(statistics, filter);
  return (
    <div class="statistics" data-testid="statistics">
      {query.error !== null && (
        <p class="panel-hint" role="status">
          {t('statistics.failed', { message: query.error.message })}
        </p>
      )}
      <ContributionChart bars={chartBars(statistics)} />
      {byEntity.rows.length === 0 ? (
        <p class="panel-empty">{t('statistics.empty')}</p>
      ) : (
        <StatisticsTable
          caption={t('statistics.byEntity')}
          rowHeader={t('statistics.entity')}
          testId="statistics-entities"
          rows={byEntity.rows.map((row) => ({ key: row.key, id: row.key, label: entityLabel(row, t), counts: row.counts }))}
          total={byEntity.total}
        />
      )}
      <label class="statistics-filter">
        {t('statistics.sectionsOf')}
        <select value={filter ?? ''} onChange={(event) => setFilter(event.currentTarget.value || null)}>
          <option value="">{t('statistics.allEntities')}</option>
          {statistics.entities.map((entity) => (
            <option key={entityKey(entity.entityId)} value={entityKey(entity.entityId)}>
              {entity.original ? t('authorship.original') : entity.name}
            </option>
          ))}
        </select>
      </label>
      <StatisticsTable
        caption={t('statistics.bySection')}
        rowHeader={t('statistics.section')}
        testId="statistics-sections"
        rows={bySection.rows.map((row) => ({
          key: row.sectionId ?? 'outside',
          id: row.sectionId ?? 'outside',
          label: sectionLabel(row, t),
          counts: row.counts,
        }))}
        total={bySection.total}
      />
    </div>
  );
}
