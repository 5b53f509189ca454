import type { Metadata } from 'next';
import { StudioSettingsForm } from '@/components/studio/studio-settings-form';
import { requirePermission } from '@/lib/dal';
import { getStudioSettings } from '@/lib/studio/get-studio-settings';

export const metadata: Metadata = { title: 'Studio settings' };

export default async function StudioSettingsPage() {
  const ctx = await requirePermission('content:publish');
  const settings = await getStudioSettings(ctx);
  return (
    <div className="max-w-2xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Studio settings</h1>
        <p className="text-fg-muted">How content changes reach the public trust center.</p>
      </div>
      <StudioSettingsForm settings={settings} />
    </div>
  );
}
