/** The page header: app name, the signed-in user with their entity, the notifications bell, language switch and sign-out. */
import type { Me } from '../../shared/api/schemas.js';
import { signOut } from '../auth.js';
import { useT } from '../i18n.js';
import { entityClass } from '../editor/cursors.js';
import { NotificationBell } from '../notifications/NotificationBell.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { Link } from './Link.js';

/** Header shown on every signed-in page. */
export function Header({ user }: { user: Me }) {
  const t = useT();
  return (
    <header class="app-header">
      <Link href="/" class="app-name">
        {t('app.name')}
      </Link>
      <div class="app-header-tools">
        <p class="current-user" title={t('header.signedInAs', { name: user.name })}>
          <span class={`swatch ${entityClass(user.entityId)}`} aria-hidden="true" />
          <span class="current-user-name">{user.name}</span>
          <span class="current-user-entity">{user.entityName ?? t('header.noEntity')}</span>
        </p>
        <NotificationBell userId={user.id} />
        <LanguageSwitch />
        <button type="button" class="button-secondary" onClick={() => void signOut()}>
          {t('header.signOut')}
        </button>
      </div>
    </header>
  );
}
