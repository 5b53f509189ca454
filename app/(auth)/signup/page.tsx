import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignupRequestForm } from '@/components/signup/signup-request-form';
import { Alert } from '@/components/ui/alert';
import { getConfig } from '@/lib/config';
import { verifySession } from '@/lib/dal';

export const metadata: Metadata = { title: 'Sign up' };

export default async function SignupPage() {
  if (await verifySession()) redirect('/account');
  const { mode, emailDomains } = getConfig().signup;
  if (mode === 'off') {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">Sign-up is closed</h1>
        <Alert tone="info">
          New organizations are not created here. If your organization already uses this service, ask one of its
          administrators to invite you.
        </Alert>
        <p className="text-sm">
          Already have an account? <Link href="/login">Sign in</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Create your organization</h1>
        <p className="mt-1 text-fg-muted">
          Enter your email address. We send you a link to confirm it; then you name your organization, choose a password
          and become its Owner.
          {mode === 'allowlist' ? ` Sign-up is open to addresses at ${emailDomains.join(', ')}.` : ''}
        </p>
      </div>
      <SignupRequestForm />
      <p className="text-sm">
        Already have an account? <Link href="/login">Sign in</Link>
      </p>
    </div>
  );
}
