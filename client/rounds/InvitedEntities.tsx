/**
 * The invited entities of a round: the deadline that holds for each (an extension with until, by
 * whom and why), whether it has submitted, and a link to the package when the viewer may open it.
 * The lead extends the deadline of an entity that has not submitted yet.
 */
import { useState } from 'preact/hooks';
import type { InvitedEntity, RoundSummary } from '../../shared/api/contributions.js';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { Link } from '../components/Link.js';
import { useT } from '../i18n.js';
import { contributionPath } from '../router.js';
import { useNow } from '../useNow.js';
import { ExtendDeadlineForm } from './ExtendDeadlineForm.js';
import { ExtensionNote } from './ExtensionNote.js';
import { entityStatusText } from './roundText.js';
import { timeLeftText } from './timeLeft.js';

/** Props of InvitedEntities. */
export interface InvitedEntitiesProps {
  round: RoundSummary;
  viewerEntityId: string | null;
  onChanged: (round: RoundSummary) => void;
}

/** The list. */
export function InvitedEntities({ round, viewerEntityId, onChanged }: InvitedEntitiesProps) {
  const t = useT();
  const now = useNow();
  const [extending, setExtending] = useState<string | null>(null);
  const mayExtend = (entity: InvitedEntity) => round.may.extend && round.status === 'open' && entity.submittedAt === null;

  return (
    <ul class="invited-entities" data-testid="invited-entities">
      {round.entities.map((entity) => (
        <li key={entity.entityId} data-entity-id={entity.entityId} data-submitted={entity.submittedAt !== null}>
          <div class="invited-head">
            <h3>
              {entity.entityName}
              {entity.entityId === viewerEntityId && <span class="own-entity">{t('round.entity.own')}</span>}
            </h3>
            <p class={entity.submittedAt === null ? 'entity-status pending' : 'entity-status submitted'} data-testid="entity-status">
              {entityStatusText(entity, t)}
            </p>
          </div>
          <p class="invited-deadline">
            {t('round.deadline')} {formatBelgianDateTime(entity.deadlineAt)}
            {entity.submittedAt === null && <span class="time-left"> · {timeLeftText(now, entity.deadlineAt, t)}</span>}
          </p>
          {entity.extension !== null && <ExtensionNote extension={entity.extension} />}
          <p class="invited-links">
            {entity.contributionId !== null && (
              <Link href={contributionPath(entity.contributionId)} aria-label={t('round.entity.openPackageOf', { entity: entity.entityName })}>
                {entity.entityId === viewerEntityId ? t('round.ownPackage') : t('round.entity.openPackage')}
              </Link>
            )}
            {mayExtend(entity) && extending !== entity.entityId && (
              <button
                type="button"
                class="button-secondary"
                aria-label={t('round.extend.buttonFor', { entity: entity.entityName })}
                onClick={() => setExtending(entity.entityId)}
              >
                {t('round.extend.button')}
              </button>
            )}
          </p>
          {mayExtend(entity) && extending === entity.entityId && (
            <ExtendDeadlineForm
              roundId={round.id}
              entityId={entity.entityId}
              entityName={entity.entityName}
              deadlineAt={entity.deadlineAt}
              onCancel={() => setExtending(null)}
              onExtended={(updated) => {
                setExtending(null);
                onChanged(updated);
              }}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
