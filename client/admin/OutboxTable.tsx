/** The outbox: every mail a real installation would send, with whether it was sent. */
import type { OutboxMessage } from '../../shared/api/notifications.js';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { useT } from '../i18n.js';

/** The outbox's mails as a table. */
export function OutboxTable({ messages }: { messages: readonly OutboxMessage[] }) {
  const t = useT();
  if (messages.length === 0) return <p class="panel-empty">{t('admin.outboxEmpty')}</p>;
  return (
    <div class="admin-table-wrap">
      <table class="admin-table" data-testid="outbox-table">
        <thead>
          <tr>
            <th scope="col">{t('admin.to')}</th>
            <th scope="col">{t('admin.subject')}</th>
            <th scope="col">{t('admin.body')}</th>
            <th scope="col">{t('admin.created')}</th>
            <th scope="col">{t('admin.sent')}</th>
          </tr>
        </thead>
        <tbody>
          {messages.map((message) => (
            <tr key={message.id} data-outbox-id={message.id}>
              <td class="outbox-to">{message.to}</td>
              <td class="outbox-subject">{message.subject}</td>
              <td>
                <pre class="outbox-body">{message.body}</pre>
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
