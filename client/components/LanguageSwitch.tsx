/** The NL/FR switch: two buttons, the current language pressed. */
import { LANGUAGES } from '../../shared/i18n/strings.js';
import { languageStore, setLanguage, useT } from '../i18n.js';
import { useStore } from '../store.js';

/** Switches the interface language. */
export function LanguageSwitch() {
  const t = useT();
  const current = useStore(languageStore);
  return (
    <div class="language-switch" role="group" aria-label={t('lang.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          title={t(`lang.${language}`)}
          onClick={() => setLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
