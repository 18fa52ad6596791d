/**
 * `/admin`: the administrator's view of the outbox (the mail a real installation would send; there
 * is no mail server) and of the audit log, as two tabs, so the log is one click away however long
 * the outbox grows. Other roles are told the page is not theirs (the server refuses them the data as well).
 */
import type { OutboxList } from '../../shared/api/notifications.js';
import type { Me } from '../../shared/api/schemas.js';
import { AuditLogView } from '../admin/AuditLogView.js';
import { OutboxTable } from '../admin/OutboxTable.js';
import { fetchOutbox } from '../admin/adminApi.js';
import { Link } from '../components/Link.js';
import { SidePanel } from '../components/SidePanel.js';
import { useDocumentTitle } from '../documentTitle.js';
import { useT } from '../i18n.js';
import { notificationErrorMessage } from '../notifications/notificationErrors.js';
import { useLiveQuery, type LiveQuery } from '../useLiveQuery.js';

function Outbox({ outbox }: { outbox: LiveQuery<OutboxList> }) {
  const t = useT();
  return (
    <section aria-labelledby="outbox-title" class="admin-section">
      <h2 id="outbox-title">{t('admin.outbox')}</h2>
      <p class="admin-intro">{t('admin.outboxIntro')}</p>
      {outbox.error !== null && (
        <p class="form-error" role="alert">
          {t('admin.loadFailed', { message: notificationErrorMessage(outbox.error, t) })}
        </p>
      )}
      {outbox.data === null ? outbox.error === null && <p class="loading">{t('app.loading')}</p> : <OutboxTable messages={outbox.data.messages} />}
    </section>
  );
}

function AuditLog() {
  const t = useT();
  return (
    <section aria-labelledby="audit-title" class="admin-section">
      <h2 id="audit-title">{t('admin.audit')}</h2>
      <p class="admin-intro">{t('admin.auditIntro')}</p>
      <AuditLogView />
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
  return <AdminTabs />;
}

function AdminTabs() {
  const t = useT();
  // Loaded here, not in the tab, so the tab's count is known while the audit log is shown.
  const outbox = useLiveQuery('outbox', fetchOutbox);
  return (
    <main class="page admin-page">
      <p class="breadcrumb">
        <Link href="/">{t('app.backToDossier')}</Link>
      </p>
      <h1>{t('admin.title')}</h1>
      <SidePanel
        label={t('admin.tabs')}
        tabs={[
          { id: 'outbox', label: t('admin.outbox'), badge: outbox.data?.messages.length ?? null, render: () => <Outbox outbox={outbox} /> },
          { id: 'audit', label: t('admin.audit'), render: () => <AuditLog /> },
        ]}
      />
    </main>
  );
}
