'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
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

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

/** `locale`: the page's language, sent with the address so the emails use it (a configured one only). */
export function SubscribeForm({ locale }: { locale: string }) {
  const t = useTranslations('notices.forms');
  const { state, formProps, pending } = useFormAction(subscribeAction, { onSuccess: (_data, form) => form.reset() });
  if (state?.ok) {
    return (
      <Done title={t('checkInbox')}>
        <p>{t.rich('checkInboxBody', { email: state.data.email, strong })}</p>
      </Done>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...formProps} noValidate className="mt-6 flex flex-wrap items-start gap-3">
      <input type="hidden" name="locale" value={locale} />
      <div className="min-w-0 flex-1 sm:max-w-sm">
        <Field
          id="notice-email"
          label={t('email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          errors={errors?.email}
        />
      </div>
      <Button type="submit" disabled={pending} className="sm:mt-6">
        {pending ? t('subscribing') : t('subscribe')}
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
  const t = useTranslations('notices.forms');
  const { state, formProps, pending } = useFormAction(confirmSubscriptionAction, {
    onSuccess: (_data, form) => form.reset(),
  });
  if (state?.ok) {
    return (
      <Done title={t('confirmed')}>
        <p>{t.rich('confirmedBody', { email: state.data.email, strong })}</p>
      </Done>
    );
  }
  return (
    <form {...formProps} className="mt-6 space-y-4">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok ? <Alert tone="error">{state.fieldErrors?.token?.[0] ?? state.error}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? t('confirming') : t('confirm')}
      </Button>
    </form>
  );
}

export function UnsubscribeForm({ subscriber, token }: { subscriber: string; token: string }) {
  const t = useTranslations('notices.forms');
  const { state, formProps, pending } = useFormAction(unsubscribeAction, { onSuccess: (_data, form) => form.reset() });
  if (state?.ok) {
    return (
      <Done title={t('unsubscribed')}>
        <p>{t('unsubscribedBody')}</p>
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
        {pending ? t('unsubscribing') : t('unsubscribe')}
      </Button>
    </form>
  );
}
