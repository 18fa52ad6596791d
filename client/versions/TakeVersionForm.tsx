/**
 * "Versie nemen" for the document's lead: a name ("Ontwerp voor advies CPG") and the button. The
 * name stays when the server refuses it, beside the reason.
 */
import { useState } from 'preact/hooks';
import type { VersionSummary } from '../../shared/api/versions.js';
import { useT } from '../i18n.js';
import { takeVersion } from './versionApi.js';
import { versionErrorMessage } from './versionErrors.js';

/** Props of TakeVersionForm. */
export interface TakeVersionFormProps {
  documentId: string;
  onTaken: (version: VersionSummary) => void;
}

/** The form. */
export function TakeVersionForm({ documentId, onTaken }: TakeVersionFormProps) {
  const t = useT();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [taken, setTaken] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (name.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    setTaken(null);
    try {
      const version = await takeVersion(documentId, name.trim());
      setName('');
      setTaken(version.name);
      onTaken(version);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="take-version-form" onSubmit={(event) => void submit(event)} noValidate data-testid="take-version-form">
      <label for="version-name">{t('versions.name')}</label>
      <div class="take-version-row">
        <input
          id="version-name"
          type="text"
          maxLength={200}
          required
          placeholder={t('versions.namePlaceholder')}
          aria-invalid={missing}
          aria-describedby="version-name-hint"
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <button type="submit" class="button-primary" disabled={busy}>
          {busy ? t('versions.taking') : t('versions.take')}
        </button>
      </div>
      <p id="version-name-hint" class={missing ? 'field-error' : 'dialog-hint'}>
        {missing ? t('versions.nameRequired') : t('versions.takeHint')}
      </p>
      {error !== null && (
        <p class="form-error" role="alert">
          {versionErrorMessage(error, t)}
        </p>
      )}
      <p class="take-version-done" role="status">
        {taken === null ? '' : t('versions.taken', { name: taken })}
      </p>
    </form>
  );
}
