/** An entity's deadline extension as the round page and the package page show it: until, by whom, when and why. */
import type { DeadlineExtension } from '../../shared/api/contributions.js';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { useT } from '../i18n.js';

/** Props of ExtensionNote. */
export interface ExtensionNoteProps {
  extension: DeadlineExtension;
}

/** The sentence, then the lead's reason. */
export function ExtensionNote({ extension }: ExtensionNoteProps) {
  const t = useT();
  return (
    <p class="extension" data-testid="extension">
      {t('round.extension.text', {
        until: formatBelgianDateTime(extension.until),
        by: extension.byName,
        at: formatBelgianDateTime(extension.at),
      })}
      <span class="extension-reason">{extension.reason}</span>
    </p>
  );
}
