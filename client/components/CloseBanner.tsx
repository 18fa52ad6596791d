/** Explains why the server closed the document's connection for good, and what to do about it. */
import { CloseCode, MESSAGE_TOO_BIG } from '../../shared/protocol/closeCodes.js';
import type { MessageKey } from '../../shared/i18n/strings.js';
import { useT } from '../i18n.js';
import type { PermanentClose } from '../sync/connectDocument.js';

/** What the user can do after a permanent close. */
type Remedy = 'signIn' | 'reload' | 'resetLocal' | 'none';

function explain(code: number): { message: MessageKey; remedy: Remedy } {
  switch (code) {
    case CloseCode.Unauthenticated:
    case CloseCode.SessionEnded:
      return { message: 'closed.signInAgain', remedy: 'signIn' };
    case CloseCode.Forbidden:
      return { message: 'closed.forbidden', remedy: 'reload' };
    case CloseCode.UnknownRoom:
      return { message: 'closed.unknownRoom', remedy: 'none' };
    case CloseCode.ForbiddenOrigin:
      return { message: 'closed.origin', remedy: 'none' };
    case CloseCode.MissingDependencies:
    case CloseCode.ForgedClientId:
      // The local copy holds history the server cannot accept (e.g. the server's data was reset).
      return { message: 'closed.outOfSync', remedy: 'resetLocal' };
    case CloseCode.TooLarge:
    case MESSAGE_TOO_BIG:
      return { message: 'closed.tooLarge', remedy: 'reload' };
    case CloseCode.TooManyMessages:
      return { message: 'closed.tooManyMessages', remedy: 'reload' };
    case CloseCode.MalformedFrame:
    case CloseCode.UnknownMessageType:
      return { message: 'closed.protocol', remedy: 'reload' };
    default:
      return { message: 'closed.other', remedy: 'reload' };
  }
}

/** Props of CloseBanner. */
export interface CloseBannerProps {
  closed: PermanentClose;
  onSignIn: () => void;
  onResetLocal: () => void;
}

/** The banner, as an alert so it is announced when it appears. */
export function CloseBanner({ closed, onSignIn, onResetLocal }: CloseBannerProps) {
  const t = useT();
  const { message, remedy } = explain(closed.code);
  return (
    <div class="banner banner-error" role="alert" data-testid="close-banner" data-close-code={closed.code}>
      <p>
        <strong>{t(message)}</strong>{' '}
        {closed.reason !== '' && t('closed.reason', { reason: closed.reason, code: closed.code })}
      </p>
      {remedy !== 'resetLocal' && <p>{t('closed.unsavedKept')}</p>}
      {remedy === 'signIn' && (
        <button type="button" onClick={onSignIn}>
          {t('closed.signIn')}
        </button>
      )}
      {remedy === 'reload' && (
        <button type="button" onClick={() => location.reload()}>
          {t('closed.reload')}
        </button>
      )}
      {remedy === 'resetLocal' && (
        <button type="button" onClick={onResetLocal}>
          {t('closed.resetLocal')}
        </button>
      )}
    </div>
  );
}
