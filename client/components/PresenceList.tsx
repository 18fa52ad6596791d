/** "Aanwezig": who has the document open, one line per person with their entity's colour. */
import { useT } from '../i18n.js';
import { entityClass } from '../editor/cursors.js';
import type { PresenceEntry } from '../sync/presence.js';

/** Lists the people present in a document. */
export function PresenceList({ entries }: { entries: readonly PresenceEntry[] }) {
  const t = useT();
  return (
    <section class="presence" aria-labelledby="presence-title">
      <h2 id="presence-title" class="panel-title">
        {t('presence.title')}
      </h2>
      {entries.length === 0 ? (
        <p class="presence-empty">{t('presence.nobody')}</p>
      ) : (
        <ul class="presence-list" data-testid="presence-list">
          {entries.map(({ user, isSelf }) => (
            <li key={user.id} data-user-id={user.id}>
              <span class={`swatch ${entityClass(user.entityId)}`} aria-hidden="true" />
              <span class="presence-name">
                {user.name}
                {isSelf ? ` ${t('presence.you')}` : ''}
              </span>
              {user.entityName !== null && <span class="presence-entity">{user.entityName}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
