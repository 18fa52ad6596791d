/**
 * Where focus goes after a change on the package page, and what the page's polite live region says:
 * the added, dropped or kept item's card, or the status line after submitting. Without this, focus
 * falls back to the page when the button that was pressed is replaced.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Contribution } from '../../shared/api/contributions.js';

/** A change the page points the user to. */
export type PackageChange = { kind: 'added' | 'dropped' | 'kept'; itemId: string } | { kind: 'submitted' };

/** The selector of the element a change moves focus to (each has tabindex="-1"). */
export function changeTarget(change: PackageChange): string {
  return change.kind === 'submitted' ? '[data-testid="contribution-status"]' : `.item-card[data-item-id="${CSS.escape(change.itemId)}"]`;
}

/** The item `after` holds that `before` did not: the one just added (null when none is new). */
export function addedItemId(before: Pick<Contribution, 'items'> | null, after: Pick<Contribution, 'items'>): string | null {
  const known = new Set(before?.items.map((item) => item.id) ?? []);
  return after.items.find((item) => !known.has(item.id))?.id ?? null;
}

/** The last change and the function that records one; focus moves once the page shows it. */
export function usePackageFocus() {
  const [last, setLast] = useState<{ change: PackageChange; count: number } | null>(null);
  useEffect(() => {
    if (last !== null) document.querySelector<HTMLElement>(changeTarget(last.change))?.focus();
  }, [last]);
  return {
    last: last?.change ?? null,
    // The count lets the live region tell two equal announcements apart (see PackageAnnouncement).
    count: last?.count ?? 0,
    pointTo: (change: PackageChange) => setLast((previous) => ({ change, count: (previous?.count ?? 0) + 1 })),
  };
}
