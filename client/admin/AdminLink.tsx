/** The way to the admin's page, shown to the administrator only. */
import { authStore } from '../auth.js';
import { Link } from '../components/Link.js';
import { useT } from '../i18n.js';
import { useStore } from '../store.js';

/** A link to `/admin` when the signed-in user is the administrator; nothing otherwise. */
export function AdminLink() {
  const t = useT();
  const auth = useStore(authStore);
  if (auth.status !== 'signedIn' || auth.user.role !== 'admin') return null;
  return (
    <p class="admin-link">
      <Link href="/admin" class="button-secondary">
        {t('admin.link')}
      </Link>
    </p>
  );
}
