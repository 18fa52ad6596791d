/**
 * The dossier page's block of advice rounds that concern the user (those the server lets them see:
 * the body's advisers, the document's lead, and everyone once the advice is in), with the lead's
 * way to open one. Nothing at all for a user with no round and none to open.
 */
import type { DocumentSummary } from '../../shared/api/schemas.js';
import { canOpenAdviceRound } from '../../shared/domain/adviceRules.js';
import { authStore } from '../auth.js';
import { Link } from '../components/Link.js';
import { useT } from '../i18n.js';
import { adviceRoundsPath } from '../router.js';
import { useStore } from '../store.js';
import { useLiveQuery } from '../useLiveQuery.js';
import { fetchAdviceRounds } from './adviceApi.js';
import { AdviceRoundList } from './AdviceRoundList.js';

/** Props of AdviceRoundsBlock. */
export interface AdviceRoundsBlockProps {
  documents: readonly DocumentSummary[];
}

/** The block. */
export function AdviceRoundsBlock({ documents }: AdviceRoundsBlockProps) {
  const t = useT();
  const auth = useStore(authStore);
  const user = auth.status === 'signedIn' ? auth.user : null;
  const rounds = useLiveQuery(`advice-rounds:${user?.id ?? ''}`, () => fetchAdviceRounds());
  const actor = user === null ? null : { userId: user.id, entityId: user.entityId, role: user.role };
  const mayOpen = documents.some((document) => canOpenAdviceRound(actor, document));
  const list = rounds.data?.rounds ?? [];
  if (list.length === 0 && !mayOpen) return null;
  const names = new Map(documents.map((document) => [document.id, document.short]));

  return (
    <section class="advice-rounds-block" aria-labelledby="advice-rounds-title" data-testid="advice-rounds-block">
      <h2 id="advice-rounds-title">{t('advice.roundsTitle')}</h2>
      {list.length === 0 ? <p class="panel-empty">{t('advice.noRounds')}</p> : <AdviceRoundList rounds={list} documentNames={names} />}
      <p class="panel-links">
        <Link href={adviceRoundsPath()}>{mayOpen ? t('advice.open.fromDossier') : t('advice.allRounds')}</Link>
      </p>
    </section>
  );
}
