/** Two selects, "Van" and "Met" (the versions and the current text), and "Vergelijken". */
import { useEffect, useState } from 'preact/hooks';
import type { VersionSummary } from '../../shared/api/versions.js';
import { useT } from '../i18n.js';
import { NOW } from './versionApi.js';
import { versionChoiceLabel, type CompareSides } from './versionText.js';

/** Props of CompareForm. */
export interface CompareFormProps {
  versions: readonly VersionSummary[];
  /** The sides selected at first (and again whenever they change from outside). */
  initial: CompareSides;
  onCompare: (sides: CompareSides) => void;
  /** Distinguishes the ids of two forms on one page. */
  idPrefix: string;
}

/** The form. */
export function CompareForm({ versions, initial, onCompare, idPrefix }: CompareFormProps) {
  const t = useT();
  const [sides, setSides] = useState<CompareSides>(initial);
  useEffect(() => setSides(initial), [initial.from, initial.to]);
  const same = sides.from === sides.to;

  const select = (side: keyof CompareSides, label: string) => (
    <label for={`${idPrefix}-${side}`}>
      {label}
      <select id={`${idPrefix}-${side}`} value={sides[side]} onChange={(event) => setSides({ ...sides, [side]: event.currentTarget.value })}>
        {versions.map((version) => (
          <option key={version.id} value={version.id}>
            {versionChoiceLabel(version, t)}
          </option>
        ))}
        <option value={NOW}>{t('versions.current')}</option>
      </select>
    </label>
  );

  return (
    <form
      class="compare-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!same) onCompare(sides);
      }}
    >
      {select('from', t('versions.from'))}
      {select('to', t('versions.to'))}
      {same && <p class="dialog-hint">{t('versions.sameSides')}</p>}
      <button type="submit" class="button-secondary" disabled={same}>
        {t('versions.compare')}
      </button>
    </form>
  );
}
