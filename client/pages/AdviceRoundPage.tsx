/**
 * `/advice-rounds/:id`: an advice round. Its facts (question, body, version, consultation date,
 * deadline and time left) above; the frozen version read-only on the left, its points' passages
 * highlighted; the advice on the right, drafted there by the body's advisers and, once submitted,
 * answered there by the document's lead. A round the user may not see answers 404 like a missing one.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Me } from '../../shared/api/schemas.js';
import { fetchAdvice, fetchAdviceRound, fetchVersionState } from '../advice/adviceApi.js';
import { AdviceColumn, type Composing } from '../advice/AdviceColumn.js';
import { adviceControls } from '../advice/adviceControls.js';
import { adviceErrorMessage } from '../advice/adviceErrors.js';
import { FrozenVersionText } from '../advice/FrozenVersionText.js';
import { frozenTextOf } from '../advice/frozenText.js';
import { RoundActions } from '../advice/RoundActions.js';
import { RoundFacts } from '../advice/RoundFacts.js';
import { ApiError } from '../api.js';
import { Link } from '../components/Link.js';
import { useDocumentTitle } from '../documentTitle.js';
import { useT } from '../i18n.js';
import { adviceRoundsPath, editorPath } from '../router.js';
import { useDocumentSummary } from '../useDocumentSummary.js';
import { useLiveQuery } from '../useLiveQuery.js';
import { useLoaded } from '../versions/useLoaded.js';

/** Props of AdviceRoundPage. */
export interface AdviceRoundPageProps {
  user: Me;
  roundId: string;
}

/** The page. */
export function AdviceRoundPage({ user, roundId }: AdviceRoundPageProps) {
  const t = useT();
  const roundQuery = useLiveQuery(`advice-round:${roundId}:${user.id}`, () => fetchAdviceRound(roundId));
  const round = roundQuery.data;
  const document = useDocumentSummary(round?.documentId ?? null);
  const adviceId = round?.adviceId ?? null;
  const adviceQuery = useLiveQuery(`advice:${adviceId ?? ''}`, () => (adviceId === null ? Promise.resolve(null) : fetchAdvice(adviceId)));
  const versionId = round?.versionId ?? null;
  // A version never changes: its state is loaded once and rendered once.
  const state = useLoaded(`version-state:${versionId ?? ''}`, () => (versionId === null ? Promise.resolve(null) : fetchVersionState(versionId)));
  const frozen = useMemo(() => (state.data === null ? null : frozenTextOf(state.data)), [state.data]);
  const [composing, setComposing] = useState<Composing | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  useDocumentTitle(round === null ? null : t('advice.pageTitle', { body: round.bodyName, version: round.versionName }));

  if (round === null) {
    const missing = roundQuery.error instanceof ApiError && roundQuery.error.status === 404;
    return (
      <main class="page">
        {roundQuery.error === null ? (
          <p class="loading">{t('app.loading')}</p>
        ) : (
          <p role="alert" data-testid="advice-round-missing">
            {missing ? t('advice.roundNotFound') : adviceErrorMessage(roundQuery.error, t)}
          </p>
        )}
        <Link href="/">{t('app.backToDossier')}</Link>
      </main>
    );
  }

  const advice = adviceQuery.data;
  const controls = adviceControls(round, advice);
  const points = advice?.points ?? [];

  return (
    <main class="page advice-round-page" data-round-id={round.id} data-status={round.status}>
      <p class="columns-back">
        <Link href={editorPath(round.documentId)}>{t('advice.backToDocument', { document: document?.short ?? round.documentId })}</Link>
        {' · '}
        <Link href={adviceRoundsPath()}>{t('advice.allRounds')}</Link>
      </p>
      <div class="advice-round-head">
        <div>
          <p class="document-short">{document?.short ?? round.documentId}</p>
          <h1>{t('advice.roundTitle', { body: round.bodyName })}</h1>
        </div>
        <RoundActions
          round={round}
          controls={controls}
          onChanged={(changed) => {
            roundQuery.replace(changed);
            void roundQuery.refresh();
          }}
        />
      </div>
      {roundQuery.error !== null && (
        <p class="form-error" role="alert">
          {adviceErrorMessage(roundQuery.error, t)}
        </p>
      )}
      <RoundFacts round={round} />
      <div class="advice-layout">
        <section class="advice-version" aria-labelledby="advice-version-title">
          <h2 id="advice-version-title">{t('advice.versionTitle', { name: round.versionName })}</h2>
          <p class="banner version-banner">{t('advice.frozenBanner')}</p>
          {frozen === null ? (
            state.error === null ? (
              <p class="loading">{t('app.loading')}</p>
            ) : (
              <p class="form-error" role="alert">
                {adviceErrorMessage(state.error, t)}
              </p>
            )
          ) : (
            <FrozenVersionText
              text={frozen}
              label={t('advice.versionLabel', { name: round.versionName })}
              points={points}
              focusedId={focusedId}
              draft={composing?.passage ?? null}
              onCompose={controls.addPoints ? (passage) => setComposing({ passage }) : undefined}
              onFocusPoint={setFocusedId}
            />
          )}
        </section>
        <AdviceColumn
          round={round}
          advice={advice}
          adviceError={adviceQuery.error}
          controls={controls}
          sections={document?.sections ?? []}
          composing={composing}
          onCompose={setComposing}
          focusedId={focusedId}
          onFocus={setFocusedId}
          onAdvice={(changed) => {
            adviceQuery.replace(changed);
            // The round's summary says whether the advice is in; a submission changes it.
            if (changed.status !== advice?.status) void roundQuery.refresh();
          }}
        />
      </div>
    </main>
  );
}
