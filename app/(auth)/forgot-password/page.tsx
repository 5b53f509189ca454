import type { Metadata } from 'next';
import Link from 'next/link';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';

export const metadata: Metadata = { title: 'Reset your password' };

export default function ForgotPasswordPage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Reset your password</h1>
        <p className="mt-1 text-fg-muted">
          Enter the email address of your account and we will send you a link to choose a new password. If your account
          uses two-factor authentication, you will still need it to sign in afterwards.
        </p>
      </div>
      <ForgotPasswordForm />
      <p className="text-sm">
        <Link href="/login">Back to sign in</Link>
      </p>
    </div>
  );
}
