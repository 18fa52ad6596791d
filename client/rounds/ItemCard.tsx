/**
 * One item of a package: its kind, the unit it comes from, its author, and its text (a remark) or
 * its amendment (number, title, status, linking to the amendment's page). Inside the entity: edit,
 * remove (after confirming; an amendment stays the entity's draft), and the coordinator's drop / keep
 * (a dropped item shows struck through, "niet opgenomen"). Once submitted: how the lead processed
 * it, and for the lead the processing form.
 */
import { useState } from 'preact/hooks';
import type { Contribution, ContributionItem } from '../../shared/api/contributions.js';
import type { SectionSummary } from '../../shared/api/schemas.js';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { amendmentLabel, STATUS_KEYS } from '../amendments/amendmentText.js';
import { Link } from '../components/Link.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { useAsyncAction } from '../useAsyncAction.js';
import { amendmentPath } from '../router.js';
import { itemControls } from './controls.js';
import { ItemEditForm } from './ItemEditForm.js';
import type { Unit } from './ItemFields.js';
import type { PackageChange } from './packageFocus.js';
import { ProcessingForm } from './ProcessingForm.js';
import { removeItem, updateItem } from './roundApi.js';
import { roundErrorMessage } from './roundErrors.js';
import { ITEM_KIND_KEYS, PROCESSING_KEYS } from './roundText.js';

/** Props of ItemCard. */
export interface ItemCardProps {
  item: ContributionItem;
  contribution: Pick<Contribution, 'id' | 'status'>;
  sections: readonly SectionSummary[];
  units: readonly Unit[];
  /** The package after a change; with the change when the page should point the user to it. */
  onChanged: (contribution: Contribution, change?: PackageChange) => void;
}

/** The card. */
export function ItemCard({ item, contribution, sections, units, onChanged }: ItemCardProps) {
  const t = useT();
  const controls = itemControls(item, contribution);
  const [editing, setEditing] = useState(false);
  // A processed remark shows its processing; the form to change it opens on request.
  const [reprocessing, setReprocessing] = useState(false);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const { busy, error, run } = useAsyncAction();

  const setDropped = (dropped: boolean) =>
    run(async () => onChanged(await updateItem(item.id, { dropped }), { kind: dropped ? 'dropped' : 'kept', itemId: item.id }));
  const remove = () => run(async () => onChanged(await removeItem(item.id)));
  const questionId = `remove-${item.id}-question`;

  return (
    <li class={item.dropped ? 'item-card item-dropped' : 'item-card'} tabIndex={-1} data-item-id={item.id} data-kind={item.kind} data-dropped={item.dropped}>
      <p class="item-meta">
        <span class="item-kind">{t(ITEM_KIND_KEYS[item.kind])}</span>
        {/* An entity without sub-units names none. */}
        {item.unitName !== null && (
          <span class="item-unit" data-testid="item-unit">
            {item.unitName}
          </span>
        )}
        <span class="item-author">{t('contribution.item.by', { name: item.authorName, at: formatBelgianDateTime(item.createdAt) })}</span>
        {item.dropped && <span class="status-badge status-dropped">{t('contribution.item.dropped')}</span>}
      </p>
      {item.amendment === null ? (
        <p class="item-body" data-testid="item-body">
          {item.body}
        </p>
      ) : (
        <p class="item-amendment">
          {/* A draft has no number yet; its status badge says "Ontwerp". */}
          {item.amendment.number !== null && <span class="amendment-label">{amendmentLabel(item.amendment, t)} </span>}
          <Link href={amendmentPath(item.amendment.id)}>{item.amendment.title}</Link>{' '}
          <span class={`status-badge status-${item.amendment.status}`}>{t(STATUS_KEYS[item.amendment.status])}</span>
        </p>
      )}
      {controls.showProcessing && <ProcessingView item={item} />}
      {editing ? (
        <ItemEditForm
          contributionId={contribution.id}
          item={item}
          sections={sections}
          units={units}
          onCancel={() => setEditing(false)}
          onSaved={(updated) => {
            setEditing(false);
            onChanged(updated);
          }}
        />
      ) : confirmingRemove ? (
        <div class="item-actions confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId}>{item.kind === 'amendment' ? t('contribution.item.removeAmendmentQuestion') : t('contribution.item.removeQuestion')}</p>
          <button type="button" class="button-danger" disabled={busy} onClick={() => void remove()}>
            {t('contribution.item.removeConfirm')}
          </button>
          <button type="button" class="button-secondary" disabled={busy} onClick={() => setConfirmingRemove(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        (controls.edit || controls.dropOrKeep || controls.remove) && (
          <p class="item-actions">
            {controls.edit && !item.dropped && (
              <button type="button" class="button-secondary" onClick={() => setEditing(true)}>
                {t('contribution.item.edit')}
              </button>
            )}
            {controls.dropOrKeep && (
              <button type="button" class="button-secondary" disabled={busy} onClick={() => void setDropped(!item.dropped)}>
                {item.dropped ? t('contribution.item.keep') : t('contribution.item.drop')}
              </button>
            )}
            {controls.remove && (
              <button type="button" class="button-secondary" disabled={busy} onClick={() => setConfirmingRemove(true)}>
                {t('contribution.item.remove')}
              </button>
            )}
          </p>
        )
      )}
      <FormError error={error} describe={roundErrorMessage} />
      {controls.process &&
        (item.processing === null || reprocessing ? (
          <ProcessingForm
            item={item}
            onProcessed={(updated) => {
              setReprocessing(false);
              onChanged(updated);
            }}
            onCancel={reprocessing ? () => setReprocessing(false) : undefined}
          />
        ) : (
          <p class="item-actions">
            <button type="button" class="button-secondary" onClick={() => setReprocessing(true)}>
              {t('contribution.process.change')}
            </button>
          </p>
        ))}
    </li>
  );
}

/** How the lead processed a submitted item, or that it is still waiting; an amendment shows its decision. */
function ProcessingView({ item }: { item: ContributionItem }) {
  const t = useT();
  const reason = item.processing?.reason ?? item.amendment?.decisionReason ?? null;
  return (
    <div class="item-processing" data-testid="item-processing" data-processing={item.processing?.processing ?? 'pending'}>
      <p>
        <span class="processing-label">{t('contribution.item.processing')}</span>{' '}
        {item.processing === null ? (
          <span class="processing-pending">{t('contribution.item.notProcessedYet')}</span>
        ) : (
          <strong class={`processing-${item.processing.processing}`}>{t(PROCESSING_KEYS[item.processing.processing])}</strong>
        )}
        {item.processing !== null && item.processing.byName !== null && item.processing.at !== null && (
          <span class="processing-by"> {t('contribution.item.processedBy', { name: item.processing.byName, at: formatBelgianDateTime(item.processing.at) })}</span>
        )}
      </p>
      {reason !== null && reason !== '' && <p class="processing-reason">{reason}</p>}
    </div>
  );
}
