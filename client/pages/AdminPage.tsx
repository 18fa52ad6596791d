/**
 * `/admin`: the administrator's view of the outbox (the mail a real installation would send; there
 * is no mail server) and of the audit log. Other roles are told the page is not theirs (the server
 * refuses them the data as well).
 */
import type { Me } from '../../shared/api/schemas.js';
import { AuditLogView } from '../admin/AuditLogView.js';
import { OutboxTable } from '../admin/OutboxTable.js';
import { fetchOutbox } from '../admin/adminApi.js';
import { Link } from '../components/Link.js';
import { useDocumentTitle } from '../documentTitle.js';
import { useT } from '../i18n.js';
import { useLiveQuery } from '../useLiveQuery.js';

function Outbox() {
  const t = useT();
  const outbox = useLiveQuery('outbox', fetchOutbox);
  return (
    <section aria-labelledby="outbox-title" class="admin-section">
      <h2 id="outbox-title">{t('admin.outbox')}</h2>
      <p class="admin-intro">{t('admin.outboxIntro')}</p>
      {outbox.error !== null && (
        <p class="form-error" role="alert">
          {t('admin.loadFailed', { message: outbox.error.message })}
        </p>
      )}
      {outbox.data === null ? outbox.error === null && <p class="loading">{t('app.loading')}</p> : <OutboxTable messages={outbox.data.messages} />}
    </section>
  );
}

/** The page. */
export function AdminPage({ user }: { user: Me }) {
  const t = useT();
  useDocumentTitle(t('admin.title'));
  if (user.role !== 'admin') {
    return (
      <main class="page">
        <p role="alert">{t('admin.onlyAdmin')}</p>
        <Link href="/">{t('app.backToDossier')}</Link>
      </main>
    );
  }
  return (
    <main class="page admin-page">
      <h1>{t('admin.title')}</h1>
      <Outbox />
      <section aria-labelledby="audit-title" class="admin-section">
        <h2 id="audit-title">{t('admin.audit')}</h2>
        <p class="admin-intro">{t('admin.auditIntro')}</p>
        <AuditLogView />
      </section>
    </main>
  );
}
