/**
 * Amendments as parliaments publish them: per amendment its number, title, entity and status, a
 * table "Huidige tekst | Voorgestelde tekst" with one row per changed block (removed text struck
 * through on the left, added text underlined on the right), and its justification.
 */
import type { AmendmentSummary } from '../../shared/api/amendments.js';
import type { SectionSummary } from '../../shared/api/schemas.js';
import { Link } from '../components/Link.js';
import { entityClass } from '../editor/cursors.js';
import { useT } from '../i18n.js';
import { amendmentPath } from '../router.js';
import { amendmentLabel, formatMoment, sectionLabel, STATUS_KEYS } from './amendmentText.js';
import { currentSide, proposedSide } from './diffView.js';
import { DiffText } from './DiffText.js';

/** Props of AmendmentColumns. */
export interface AmendmentColumnsProps {
  amendment: AmendmentSummary;
  sections: readonly SectionSummary[];
}

/** One amendment in two columns. */
export function AmendmentColumns({ amendment, sections }: AmendmentColumnsProps) {
  const t = useT();
  const headingId = `amendment-columns-${amendment.id}`;
  return (
    <article class={`amendment-columns ${entityClass(amendment.entityId)}`} aria-labelledby={headingId} data-amendment-id={amendment.id}>
      <header>
        <h2 id={headingId}>
          <span class="amendment-label">{amendmentLabel(amendment, t)}</span>{' '}
          <Link href={amendmentPath(amendment.id)}>{amendment.title}</Link>
        </h2>
        <p class="amendment-heading-meta">
          <span class={`status-badge status-${amendment.status}`}>{t(STATUS_KEYS[amendment.status])}</span>
          <span class="amendment-entity">
            <span class={`swatch ${entityClass(amendment.entityId)}`} aria-hidden="true" />
            {amendment.entityName}
          </span>
          <span>{sectionLabel(amendment.sectionId, sections, t)}</span>
          {amendment.submittedAt !== null && <span>{t('amendment.submittedOn', { date: formatMoment(amendment.submittedAt) })}</span>}
        </p>
      </header>
      {amendment.changes.length === 0 ? (
        <p class="panel-empty">{t('amendments.noChangesYet')}</p>
      ) : (
        <table class="columns-table">
          <thead>
            <tr>
              <th scope="col">{t('columns.current')}</th>
              <th scope="col">{t('columns.proposed')}</th>
            </tr>
          </thead>
          <tbody>
            {amendment.changes.map((block, index) => (
              <tr key={index}>
                <td>
                  <DiffText segments={currentSide(block)} entityId={amendment.entityId} />
                </td>
                <td>
                  <DiffText segments={proposedSide(block)} entityId={amendment.entityId} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section class="columns-justification">
        <h3>{t('amendment.justification')}</h3>
        {amendment.justification === '' ? (
          <p class="panel-empty">{t('amendment.noJustification')}</p>
        ) : (
          amendment.justification.split(/\n{2,}/).map((paragraph, index) => <p key={index}>{paragraph}</p>)
        )}
      </section>
      {amendment.decidedAt !== null && (
        <p class="columns-decision">
          {t('amendment.decisionLine', {
            status: t(STATUS_KEYS[amendment.status]),
            name: amendment.decidedByName ?? t('amendment.someone'),
            date: formatMoment(amendment.decidedAt),
          })}
          {amendment.decisionReason ? ` ${t('amendment.reasonQuoted', { reason: amendment.decisionReason })}` : ''}
        </p>
      )}
    </article>
  );
}
