/** Sign-in with e-mail and password; errors (wrong password, too many attempts) shown by the form. */
import { useState } from 'preact/hooks';
import type { Me } from '../../shared/api/schemas.js';
import { ApiError, login } from '../api.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { useDocumentTitle } from '../documentTitle.js';
import { useT, type Translate } from '../i18n.js';

/** The message for a failed login. */
function loginErrorMessage(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('login.failed');
  switch (error.code) {
    case 'invalid_credentials':
      return t('login.invalidCredentials');
    case 'too_many_attempts':
      if (error.retryAfterSeconds === null) return t('login.tooManyAttemptsLater');
      // Dutch and French both use the singular for exactly one second.
      return error.retryAfterSeconds <= 1
        ? t('login.tooManyAttemptsOneSecond')
        : t('login.tooManyAttempts', { seconds: error.retryAfterSeconds });
    case 'validation_failed':
      return t('login.validationFailed');
    default:
      return t('login.failed');
  }
}

/** Props of LoginPage. */
export interface LoginPageProps {
  onSignedIn: (user: Me) => void;
}

/** The login page. */
export function LoginPage({ onSignedIn }: LoginPageProps) {
  const t = useT();
  useDocumentTitle(t('login.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  // The error itself is kept, not its text, so switching language re-translates it.
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await login({ email: email.trim(), password }));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <main class="login-page">
      <div class="login-card">
        <div class="login-top">
          <p class="app-name">{t('app.name')}</p>
          <LanguageSwitch />
        </div>
        <h1>{t('login.title')}</h1>
        <p class="login-intro">{t('login.intro')}</p>
        <form class="login-form" onSubmit={(event) => void submit(event)} aria-describedby="login-error" noValidate>
          <label for="login-email">{t('login.email')}</label>
          <input
            id="login-email"
            name="email"
            type="email"
            autocomplete="username"
            required
            value={email}
            onInput={(event) => setEmail(event.currentTarget.value)}
          />
          <label for="login-password">{t('login.password')}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(event) => setPassword(event.currentTarget.value)}
          />
          <div id="login-error" class="form-error-slot">
            {error !== null && (
              <p class="form-error" role="alert" data-testid="login-error">
                {loginErrorMessage(error, t)}
              </p>
            )}
          </div>
          <button type="submit" class="button-primary" disabled={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}
