import { getTranslator } from '@/lib/i18n/translator';
import { ThemeToggleButton } from './theme-toggle-button';

/**
 * Switches between light and dark. Both ways out are in the HTML and globals.css shows the one that
 * leaves the theme in use (`.theme-to-dark` / `.theme-to-light`, from <html data-theme> and the system
 * preference): the page is the same for every visitor and cached, and the hidden one is not in the
 * button's accessible name.
 */
export function ThemeToggle({ locale }: { locale: string }) {
  const t = getTranslator(locale, 'trust.theme');
  return (
    <ThemeToggleButton className="rounded-md border border-border px-2.5 py-1.5 text-sm text-fg hover:bg-bg-subtle">
      <span className="theme-to-dark" title={t('toDark')}>
        <span aria-hidden="true">☾</span>
        <span className="sr-only">{t('toDark')}</span>
      </span>
      <span className="theme-to-light" title={t('toLight')}>
        <span aria-hidden="true">☀</span>
        <span className="sr-only">{t('toLight')}</span>
      </span>
    </ThemeToggleButton>
  );
}
