/**
 * The outbox: every mail a real installation would send, with whether it was sent. A mail's body is
 * folded under its subject (open it to read), so hundreds of mails stay a list one can scan.
 */
import type { OutboxMessage } from '../../shared/api/notifications.js';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { useT } from '../i18n.js';

/** The outbox's mails as a table. */
export function OutboxTable({ messages }: { messages: readonly OutboxMessage[] }) {
  const t = useT();
  if (messages.length === 0) return <p class="panel-empty">{t('admin.outboxEmpty')}</p>;
  return (
    <div class="admin-table-wrap">
      <table class="admin-table outbox-table" data-testid="outbox-table">
        <thead>
          <tr>
            <th scope="col" class="outbox-to-column">
              {t('admin.to')}
            </th>
            <th scope="col">{t('admin.subject')}</th>
            <th scope="col" class="admin-date-column">
              {t('admin.created')}
            </th>
            <th scope="col" class="admin-date-column">
              {t('admin.sent')}
            </th>
          </tr>
        </thead>
        <tbody>
          {messages.map((message) => (
            <tr key={message.id} data-outbox-id={message.id}>
              <td class="outbox-to">{message.to}</td>
              <td>
                <details class="outbox-mail">
                  <summary class="outbox-subject">{message.subject}</summary>
                  <pre class="outbox-body">{message.body}</pre>
                </details>
              </td>
              <td class="admin-date">{formatBelgianDateTime(message.createdAt)}</td>
              <td class="admin-date">{message.sentAt === null ? t('admin.notSent') : formatBelgianDateTime(message.sentAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
