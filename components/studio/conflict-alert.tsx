'use client';

import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import type { DraftConflict } from '@/lib/studio/dto';
import { formatDateTime } from '@/lib/ui/format';

/** Two editors saved the same draft: say who and when, and let the user choose; their own text stays in the editor. */
export function ConflictAlert({
  conflict,
  onLoadTheirs,
  onKeepMine,
}: {
  conflict: DraftConflict;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
}) {
  const t = useTranslations('studio.editor.conflict');
  return (
    <div role="alert" className="space-y-3 rounded-md border-l-4 border-danger bg-bg-subtle px-4 py-3 text-sm">
      <p>
        {t.rich('body', {
          name: conflict.updatedBy,
          at: formatDateTime(conflict.updatedAt),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={onLoadTheirs}>
          {t('loadTheirs')}
        </Button>
        <Button variant="danger" onClick={onKeepMine}>
          {t('keepMine')}
        </Button>
      </div>
    </div>
  );
}
