/**
 * Reminders of near deadlines: once a minute (and at start) every invited entity whose package is
 * still a draft, and every advisory body whose advice is, is told its deadline is near. Each comes
 * once per user and deadline (the dedupe key names the deadline), so an extension brings one more.
 */
import { formatBelgianDateTime } from '../../../shared/format/dates.js';
import type { Services } from '../../services.js';
import { DRAFTER_ROLES } from '../contributions/recipients.js';
import { nearAdviceDeadlines, nearContributionDeadlines } from './dueDeadlines.js';

/** How often the reminders are checked. */
export const REMINDER_INTERVAL_MS = 60_000;

/** Sends the reminders that are due at `services.clock.now()`; sending one twice does nothing. */
export function remindDeadlines(services: Pick<Services, 'db' | 'clock' | 'users' | 'notifications'>): void {
  const now = services.clock.now();
  for (const due of nearContributionDeadlines(services.db, now)) {
    services.notifications.notify({
      // Whoever acts for the entity in its package, its leads included (they act as its coordinator).
      userIds: services.users.members(due.entityId, DRAFTER_ROLES).map((user) => user.id),
      kind: 'deadline_near',
      subject: `contribution-round:${due.roundId}`,
      params: { round: due.roundTitle, deadline: formatBelgianDateTime(due.deadlineAt) },
      link: `/contributions/${due.contributionId}`,
      dedupeKey: `deadline-near:${due.roundId}:${due.entityId}:${due.deadlineAt}`,
      at: now,
    });
  }
  for (const due of nearAdviceDeadlines(services.db, now)) {
    services.notifications.notify({
      userIds: services.users.members(due.entityId, ['adviser']).map((user) => user.id),
      kind: 'advice_deadline_near',
      subject: `advice-round:${due.roundId}`,
      params: { version: due.versionName, deadline: formatBelgianDateTime(due.deadlineAt) },
      link: `/advice-rounds/${due.roundId}`,
      dedupeKey: `advice-deadline-near:${due.roundId}:${due.entityId}:${due.deadlineAt}`,
      at: now,
    });
  }
}

/** Checks at once and then every minute until stopped; a failure is logged and the next tick tries again. */
export function startDeadlineReminders(services: Pick<Services, 'db' | 'clock' | 'users' | 'notifications' | 'logger'>): { stop(): void } {
  const tick = () => {
    try {
      remindDeadlines(services);
    } catch (error) {
      services.logger.error('reminders.failed', { error: String(error) });
    }
  };
  tick();
  const timer = setInterval(tick, REMINDER_INTERVAL_MS);
  // The reminders never keep the process alive on their own.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
