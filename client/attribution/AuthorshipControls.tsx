/**
 * The "Wie schreef wat" switch with, while it is on, the state of the server's answer, the legend
 * (entities present in the text, their colours and characters) and the passage at the cursor in a
 * live region, so keyboard and screen reader users learn what the hover card tells.
 */
import type { DocumentAuthorship } from '../../shared/api/attribution.js';
import type { Me } from '../../shared/api/schemas.js';
import { formatMoment } from '../amendments/amendmentText.js';
import { useT, type Translate } from '../i18n.js';
import { createStore, useStore, type Store } from '../store.js';
import type { LegendEntry } from './authorshipLegend.js';
import type { AuthorshipLoad, AuthorshipMode } from './authorshipMode.js';
import type { PassageSource } from './authorshipSegments.js';
import { useFormatCount } from './numberFormat.js';
import { passageDetails, passageText } from './passageDetails.js';

// Stand-ins until the editor exists, so hooks are called the same way on every render.
const OFF: Store<boolean> = createStore(false);
const IDLE: Store<AuthorshipLoad> = createStore<AuthorshipLoad>({ status: 'idle' });
const NO_LEGEND: Store<readonly LegendEntry[]> = createStore<readonly LegendEntry[]>([]);
const NO_PASSAGE: Store<PassageSource | null> = createStore<PassageSource | null>(null);
const NO_ANSWER: Store<DocumentAuthorship | null> = createStore<DocumentAuthorship | null>(null);

/** Props of AuthorshipControls. */
export interface AuthorshipControlsProps {
  /** The editor's mode; null while the editor is opening. */
  mode: AuthorshipMode | null;
  user: Me;
}

function loadText(load: AuthorshipLoad, t: Translate): string {
  switch (load.status) {
    case 'idle':
    case 'loading':
      return t('authorship.loading');
    case 'ready':
      return t('authorship.updatedAt', { time: formatMoment(load.receivedAt) });
    case 'failed':
      return t('authorship.failed', { message: load.message });
  }
}

function legendLabel(entry: LegendEntry, t: Translate): string {
  if (entry.kind === 'original') return t('authorship.original');
  if (entry.kind === 'pending') return t('authorship.pendingShort');
  return entry.label;
}

/** The switch, the legend and the passage at the cursor. */
export function AuthorshipControls({ mode, user }: AuthorshipControlsProps) {
  const t = useT();
  const format = useFormatCount();
  const enabled = useStore(mode?.enabled ?? OFF);
  const load = useStore(mode?.load ?? IDLE);
  const legend = useStore(mode?.legend ?? NO_LEGEND);
  const passage = useStore(mode?.passage ?? NO_PASSAGE);
  const authorship = useStore(mode?.authorship ?? NO_ANSWER);
  const details = passage !== null && authorship !== null ? passageDetails(passage, authorship, user) : null;
  const text = details === null ? null : passageText(details, t);

  return (
    <section class="authorship-controls" aria-labelledby="authorship-switch-label" data-testid="authorship-controls">
      <div class="authorship-switch">
        <input
          type="checkbox"
          role="switch"
          id="authorship-switch"
          checked={enabled}
          disabled={mode === null}
          aria-describedby="authorship-hint"
          onChange={(event) => mode?.setEnabled(event.currentTarget.checked)}
        />
        <label for="authorship-switch" id="authorship-switch-label">
          {t('authorship.mode')}
        </label>
      </div>
      <p id="authorship-hint" class="panel-hint">
        {t('authorship.hint')}
      </p>
      {enabled && (
        <>
          <p class="authorship-status" role="status" data-status={load.status}>
            {loadText(load, t)}
          </p>
          {legend.length > 0 && (
            <>
              <h3 class="authorship-subtitle">{t('authorship.legend')}</h3>
              <ul class="authorship-legend" data-testid="authorship-legend">
                {legend.map((entry) => (
                  <li key={entry.key} data-legend={entry.key}>
                    <span class={`swatch ${entry.colorClass ?? 'swatch-plain'}`} aria-hidden="true" />
                    <span class="authorship-legend-name">{legendLabel(entry, t)}</span>
                    <span class="authorship-legend-count">{t('authorship.characters', { count: format(entry.characters) })}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3 class="authorship-subtitle">{t('authorship.passage')}</h3>
          <div class="authorship-passage" aria-live="polite" data-testid="authorship-passage">
            {text === null || details === null ? (
              <p class="panel-hint">{t('authorship.passageHint')}</p>
            ) : (
              <p>
                <strong>
                  {details.kind === 'written' && <span class={`swatch ${details.colorClass}`} aria-hidden="true" />}
                  {text.who}
                </strong>
                {text.lines.map((line) => (
                  <span key={line} class="authorship-passage-line">
                    {line}
                  </span>
                ))}
              </p>
            )}
          </div>
        </>
      )}
    </section>
  );
}
