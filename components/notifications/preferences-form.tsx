'use client';

import { useTranslations } from 'use-intl';
import { updatePreferencesAction } from '@/app/(account)/account/notifications/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';
import type { PreferenceDTO } from '@/lib/notifications/preferences';
import { DataTable } from '@/components/ui/data-table';

export function PreferencesForm({ preferences }: { preferences: PreferenceDTO[] }) {
  const t = useTranslations('account.notifications.preferencesForm');
  const { state, formProps, pending } = useFormAction(updatePreferencesAction);
  const optional = preferences.filter((p) => !p.critical).map((p) => p.event);
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="events" value={optional.join(',')} />
      {state?.ok ? <Alert tone="success">{t('preferencesSaved')}</Alert> : null}
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <DataTable caption={t('notificationPreferences')} columns={[t('event'), t('email'), t('inTheApp')]}>
        {preferences.map((p) => (
          <tr key={p.event} className="border-b border-border align-top">
            <th scope="row" className="py-2 pr-4 font-normal">
              <span className="font-medium">{p.label}</span>
              {p.critical ? <span className="ml-2 text-xs text-fg-muted">{t('securityAlwaysOn')}</span> : null}
              <span className="block text-fg-muted">{p.description}</span>
            </th>
            {(['email', 'inApp'] as const).map((channel) => (
              <td key={channel} className="py-2 pr-4">
                <input
                  type="checkbox"
                  name={`${p.event}:${channel}`}
                  defaultChecked={p[channel]}
                  disabled={p.critical}
                  aria-label={`${p.label}: ${channel === 'email' ? 'email' : t('inTheApp2')}`}
                  className="h-4 w-4"
                />
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
      <Button type="submit" disabled={pending}>
        {pending ? t('saving') : t('savePreferences')}
      </Button>
    </form>
  );
}
