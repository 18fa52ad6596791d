/**
 * `/rounds`: the contribution rounds (insteekrondes) the user runs or is invited to, with deadline and
 * time left, and for a lead the form that opens a new one (`/rounds?new` opens it at once).
 */
import { useState } from 'preact/hooks';
import type { Me } from '../../shared/api/schemas.js';
import { FormError } from '../components/FormError.js';
import { Link } from '../components/Link.js';
import { useDocumentTitle } from '../documentTitle.js';
import { useT } from '../i18n.js';
import { navigate, roundPath } from '../router.js';
import { NewRoundForm } from '../rounds/NewRoundForm.js';
import { fetchRounds } from '../rounds/roundApi.js';
import { roundErrorMessage } from '../rounds/roundErrors.js';
import { RoundTable } from '../rounds/RoundTable.js';
import { useDossier } from '../useDossier.js';
import { useLiveQuery } from '../useLiveQuery.js';

/** Props of RoundsPage. */
export interface RoundsPageProps {
  user: Me;
  query: URLSearchParams;
}

/** The rounds page. */
export function RoundsPage({ user, query }: RoundsPageProps) {
  const t = useT();
  const rounds = useLiveQuery('rounds', fetchRounds);
  const { dossier } = useDossier();
  const [formOpen, setFormOpen] = useState(query.has('new'));
  useDocumentTitle(t('round.list.heading'));

  const mayOpen = user.role === 'lead' && user.entityId !== null;
  // A lead opens rounds on one or both documents (at least one its entity leads) and invites other organisations (not sub-units).
  const invitable = dossier?.entities.filter((entity) => entity.parentId === null && entity.id !== user.entityId) ?? [];

  return (
    <main class="page rounds-page">
      <p class="breadcrumb">
        <Link href="/">{t('app.backToDossier')}</Link>
      </p>
      <h1>{t('round.list.heading')}</h1>
      <p class="page-intro">{t('round.list.intro')}</p>
      {mayOpen &&
        (formOpen ? (
          dossier === null ? (
            <p class="loading">{t('app.loading')}</p>
          ) : (
            <NewRoundForm
              documents={dossier.documents}
              leadEntityId={user.entityId ?? ''}
              entities={invitable}
              onOpened={(round) => navigate(roundPath(round.id))}
            />
          )
        ) : (
          <p>
            <button type="button" class="button-primary" onClick={() => setFormOpen(true)}>
              {t('round.new.title')}
            </button>
          </p>
        ))}
      <section aria-labelledby="round-list-title">
        <h2 id="round-list-title">{t('round.list.rounds')}</h2>
        <FormError error={rounds.error} describe={roundErrorMessage} />
        {rounds.data === null ? (
          rounds.error === null && <p class="loading">{t('app.loading')}</p>
        ) : (
          <RoundTable rounds={rounds.data.rounds} documents={dossier?.documents ?? []} viewerEntityId={user.entityId} />
        )}
      </section>
    </main>
  );
}
