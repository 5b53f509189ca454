import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { EnrolmentGuide } from '@/components/mfa/enrolment-guide';
import { requireSession } from '@/lib/dal';
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { getMyTwoFactor } from '@/lib/mfa/get-my-two-factor';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getRequestLocale(), 'auth.twoFactorSetup')('title') };
}

/**
 * Where members of an organization that requires two-factor authentication land after sign-in until
 * they meet the policy: during the grace period they may skip it; afterwards nothing else works.
 */
export default async function TwoFactorSetupPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = queryInput(await searchParams);
  const next = safeReturnPath(params.next, '/account');
  const ctx = await requireSession('/account', { allowPendingEnrolment: true });
  const data = await getMyTwoFactor(ctx);
  if (!data.policy.required) redirect(next);
  return <EnrolmentGuide data={data} account={ctx.session.user.email} next={next} />;
}
