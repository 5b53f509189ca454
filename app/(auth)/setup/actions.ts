'use server';

import { redirect } from 'next/navigation';
import { setSessionCookie } from '@/lib/auth/session-cookie-writer';
import { getCtx } from '@/lib/dal';
import { db } from '@/lib/db';
import { AppError, toErrorResult } from '@/lib/errors';
import { requestLogger } from '@/lib/request-context';
import { completeSetup } from '@/lib/setup/complete-setup';
import { importTrustCenterBaseline } from '@/lib/setup/import-baseline';
import { setSetupGate } from '@/lib/setup/setup-state';
import type { SetupFormState } from '@/components/setup/setup-form-state';

const FIELDS = ['token', 'organizationName', 'name', 'email', 'newPassword', 'confirmPassword'] as const;

/**
 * The /setup form, with or without JavaScript (<form action>). Anything but a form submission is refused
 * with a message; on success the new owner is signed in and sent to two-factor enrolment.
 */
export async function completeSetupAction(_prev: SetupFormState, input: unknown): Promise<SetupFormState> {
  if (!(input instanceof FormData)) {
    return { ...toErrorResult(new AppError('SETUP_FORM_NOT_FORM_DATA')), values: {} };
  }
  const raw: Record<string, string> = {};
  for (const key of FIELDS) {
    const value = input.get(key);
    if (typeof value === 'string') raw[key] = value;
  }
  // Kept for the form to show again; never the password or the token.
  const values = { organizationName: raw.organizationName ?? '', name: raw.name ?? '', email: raw.email ?? '' };
  let result;
  try {
    result = await completeSetup(await getCtx(), raw);
  } catch (err) {
    if (!(err && typeof err === 'object' && 'code' in err)) (await requestLogger()).error({ err: { message: (err as Error)?.message } }, 'setup failed');
    return { ...toErrorResult(err), values };
  }
  setSetupGate(false);
  await setSessionCookie(result.sessionToken);
  try {
    await importTrustCenterBaseline(db());
  } catch (err) {
    // Setup stands; the operator can run `npm run content:import` later.
    (await requestLogger()).error({ err: { message: (err as Error)?.message } }, 'trust-center content baseline not imported after setup');
  }
  redirect('/two-factor/setup?next=%2Fstudio');
}
