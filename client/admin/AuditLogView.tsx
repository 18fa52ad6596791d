/** The audit log with its subject filter: who did what (in words; the code in the cell's title), when, to which record. */
import { useState } from 'preact/hooks';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { useT } from '../i18n.js';
import { notificationErrorMessage } from '../notifications/notificationErrors.js';
import { useLiveQuery } from '../useLiveQuery.js';
import { fetchAudit } from './adminApi.js';
import { auditActionLabel } from './auditActions.js';

/** The filter form and the newest entries (polled like the other lists). */
export function AuditLogView() {
  const t = useT();
  const [subject, setSubject] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const audit = useLiveQuery(`audit:${subject ?? ''}`, () => fetchAudit(subject));
  const apply = (value: string) => {
    const trimmed = value.trim();
    setDraft(trimmed);
    setSubject(trimmed === '' ? null : trimmed);
  };

  return (
    <>
      <form
        class="audit-filter"
        onSubmit={(event) => {
          event.preventDefault();
          apply(draft);
        }}
      >
        <label for="audit-subject">{t('admin.auditFilter')}</label>
        <input
          id="audit-subject"
          type="search"
          value={draft}
          maxLength={300}
          aria-describedby="audit-subject-hint"
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit" class="button-secondary">
          {t('admin.auditApply')}
        </button>
        {subject !== null && (
          <button type="button" class="button-secondary" onClick={() => apply('')}>
            {t('admin.auditClear')}
          </button>
        )}
        <p id="audit-subject-hint" class="audit-hint">
          {t('admin.auditFilterHint')}
        </p>
      </form>
      {subject !== null && <p class="audit-filtered">{t('admin.auditFiltered', { subject })}</p>}
      {audit.error !== null && (
        <p class="form-error" role="alert">
          {t('admin.loadFailed', { message: notificationErrorMessage(audit.error, t) })}
        </p>
      )}
      {audit.data === null ? (
        audit.error === null && <p class="loading">{t('app.loading')}</p>
      ) : audit.data.entries.length === 0 ? (
        <p class="panel-empty">{t('admin.auditEmpty')}</p>
      ) : (
        <div class="admin-table-wrap">
          <table class="admin-table" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.when')}</th>
                <th scope="col">{t('admin.who')}</th>
                <th scope="col">{t('admin.action')}</th>
                <th scope="col">{t('admin.subject')}</th>
                <th scope="col">{t('admin.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.data.entries.map((entry) => (
                <tr key={entry.id}>
                  <td class="admin-date">{formatBelgianDateTime(entry.at)}</td>
                  <td>{entry.userName ?? entry.userId ?? t('admin.system')}</td>
                  <td class="audit-action" title={entry.action} data-action={entry.action}>
                    {auditActionLabel(entry.action, t)}
                  </td>
                  <td>
                    {entry.subject !== null && (
                      <button
                        type="button"
                        class="link-button audit-subject"
                        aria-label={t('admin.auditFilterBy', { subject: entry.subject })}
                        onClick={() => apply(entry.subject ?? '')}
                      >
                        {entry.subject}
                      </button>
                    )}
                  </td>
                  <td>{entry.detail !== null && <code class="audit-detail">{JSON.stringify(entry.detail)}</code>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
