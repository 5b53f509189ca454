import { ConsoleIntlProvider } from '@/components/i18n/console-intl-provider';

// The studio's client components below read studio.common and studio.answers; the public pages never carry them.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ConsoleIntlProvider namespaces={['studio.common', 'studio.answers']}>{children}</ConsoleIntlProvider>;
}
