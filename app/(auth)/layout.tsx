import { WithMessages } from '@/components/i18n/with-messages';

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-md flex-1 px-4 py-12 outline-none">
      {/* The sign-in forms' labels and messages in the page's language (/de/login). */}
      <WithMessages namespaces={['auth']}>{children}</WithMessages>
    </main>
  );
}
