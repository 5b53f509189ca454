'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import {
  confirmSubscriptionAction,
  subscribeAction,
  unsubscribeAction,
} from '@/app/(trust)/subprocessors/subscribe/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

/** The outcome, focused so screen readers announce it. */
function Done({ title, children }: { title: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section aria-labelledby="notice-form-done" className="mt-6 rounded-lg border border-ok bg-bg-subtle p-6">
      <h2 id="notice-form-done" ref={ref} tabIndex={-1} className="text-xl font-semibold outline-none">
        {title}
      </h2>
      <div className="mt-2 space-y-2">{children}</div>
    </section>
  );
}

export function SubscribeForm() {
  const { state, formProps, pending } = useFormAction(subscribeAction, { onSuccess: (_data, form) => form.reset() });
  if (state?.ok) {
    return (
      <Done title="Check your inbox">
        <p>
          If <strong>{state.data.email}</strong> is not subscribed yet, we have sent it a confirmation link. Nothing
          else is sent until you open that link and confirm. The link works for 48 hours.
        </p>
      </Done>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...formProps} noValidate className="mt-6 flex flex-wrap items-start gap-3">
      <div className="min-w-0 flex-1 sm:max-w-sm">
        <Field
          id="notice-email"
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          errors={errors?.email}
        />
      </div>
      <Button type="submit" disabled={pending} className="sm:mt-6">
        {pending ? 'Subscribing…' : 'Subscribe'}
      </Button>
      {state && !state.ok && !errors?.email ? (
        <div className="w-full">
          <Alert tone="error">{state.error}</Alert>
        </div>
      ) : null}
    </form>
  );
}

export function ConfirmSubscriptionForm({ token }: { token: string }) {
  const { state, formProps, pending } = useFormAction(confirmSubscriptionAction, {
    onSuccess: (_data, form) => form.reset(),
  });
  if (state?.ok) {
    return (
      <Done title="Subscription confirmed">
        <p>
          <strong>{state.data.email}</strong> will receive an email for every change to our sub-processors, with the
          effective date and how to object. Every email has an unsubscribe link.
        </p>
      </Done>
    );
  }
  return (
    <form {...formProps} className="mt-6 space-y-4">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok ? <Alert tone="error">{state.fieldErrors?.token?.[0] ?? state.error}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? 'Confirming…' : 'Confirm subscription'}
      </Button>
    </form>
  );
}

export function UnsubscribeForm({ subscriber, token }: { subscriber: string; token: string }) {
  const { state, formProps, pending } = useFormAction(unsubscribeAction, { onSuccess: (_data, form) => form.reset() });
  if (state?.ok) {
    return (
      <Done title="You are unsubscribed">
        <p>We will not send you sub-processor change notices any more. You can subscribe again at any time.</p>
      </Done>
    );
  }
  const fieldError =
    state && !state.ok ? (state.fieldErrors?.subscriber?.[0] ?? state.fieldErrors?.token?.[0]) : undefined;
  return (
    <form {...formProps} className="mt-6 space-y-4">
      <input type="hidden" name="subscriber" value={subscriber} />
      <input type="hidden" name="token" value={token} />
      {state && !state.ok ? <Alert tone="error">{fieldError ?? state.error}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? 'Unsubscribing…' : 'Unsubscribe'}
      </Button>
    </form>
  );
}
