/**
 * `/advice-rounds`: the advice rounds the user may see and, for a document's lead, the form that
 * opens one (open at once when the address names a document, e.g. from "Advies vragen" on a version).
 */
import { useState } from 'preact/hooks';
import type { Me } from '../../shared/api/schemas.js';
import { canOpenAdviceRound } from '../../shared/domain/adviceRules.js';
import { fetchAdviceRounds } from '../advice/adviceApi.js';
import { adviceErrorMessage } from '../advice/adviceErrors.js';
import { AdviceRoundList } from '../advice/AdviceRoundList.js';
import { OpenAdviceRoundForm } from '../advice/OpenAdviceRoundForm.js';
import { FormError } from '../components/FormError.js';
import { Link } from '../components/Link.js';
import { useDocumentTitle } from '../documentTitle.js';
import { useT } from '../i18n.js';
import { adviceRoundPath, navigate } from '../router.js';
import { useDossier } from '../useDossier.js';
import { useLiveQuery } from '../useLiveQuery.js';

/** Props of AdviceRoundsPage. */
export interface AdviceRoundsPageProps {
  user: Me;
  query: URLSearchParams;
}

/** The page. */
export function AdviceRoundsPage({ user, query }: AdviceRoundsPageProps) {
  const t = useT();
  const rounds = useLiveQuery(`advice-rounds:${user.id}`, () => fetchAdviceRounds());
  // Without the dossier the lead's form cannot be offered; the list still shows.
  const { dossier, error: dossierError } = useDossier();
  const initialDocumentId = query.get('documentId');
  const [opening, setOpening] = useState(initialDocumentId !== null);
  useDocumentTitle(t('advice.roundsTitle'));

  const actor = { userId: user.id, entityId: user.entityId, role: user.role };
  const led = dossier?.documents.filter((document) => canOpenAdviceRound(actor, document)) ?? [];
  const bodies = dossier?.entities.filter((entity) => entity.parentId === null) ?? [];
  const names = new Map((dossier?.documents ?? []).map((document) => [document.id, document.short]));

  return (
    <main class="page advice-rounds-page">
      <p class="breadcrumb">
        <Link href="/">{t('app.backToDossier')}</Link>
      </p>
      <h1>{t('advice.roundsTitle')}</h1>
      <FormError error={dossierError} describe={adviceErrorMessage} />
      {led.length > 0 && (
        <section class="advice-open" aria-labelledby="advice-open-title">
          <h2 id="advice-open-title">{t('advice.open.title')}</h2>
          {opening ? (
            <OpenAdviceRoundForm
              documents={led}
              bodies={bodies}
              initialDocumentId={initialDocumentId}
              initialVersionId={query.get('versionId')}
              onOpened={(round) => navigate(adviceRoundPath(round.id))}
            />
          ) : (
            <button type="button" class="button-primary" onClick={() => setOpening(true)}>
              {t('advice.open.start')}
            </button>
          )}
        </section>
      )}
      <section aria-labelledby="advice-rounds-list-title">
        <h2 id="advice-rounds-list-title">{t('advice.roundsList')}</h2>
        <FormError error={rounds.error} describe={adviceErrorMessage} />
        {rounds.data === null ? (
          rounds.error === null && <p class="loading">{t('app.loading')}</p>
        ) : rounds.data.rounds.length === 0 ? (
          <p class="panel-empty">{t('advice.noRounds')}</p>
        ) : (
          <AdviceRoundList rounds={rounds.data.rounds} documentNames={names} />
        )}
      </section>
    </main>
  );
}
