import { StudioSettingsForm } from '@/components/studio/studio-settings-form';
import { requirePermission } from '@/lib/dal';
import { getStudioSettings } from '@/lib/studio/get-studio-settings';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';

export const generateMetadata = consoleTitle('studio.settings', 'title');

export default async function StudioSettingsPage() {
  const ctx = await requirePermission('content:publish');
  const settings = await getStudioSettings(ctx);
  const t = await getConsoleTranslator('studio.settings');
  return (
    <div className="max-w-2xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-fg-muted">{t('intro')}</p>
      </div>
      <StudioSettingsForm settings={settings} />
    </div>
  );
}
