'use client';

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
  return (
    <div role="alert" className="space-y-3 rounded-md border-l-4 border-danger bg-bg-subtle px-4 py-3 text-sm">
      <p>
        <strong>{conflict.updatedBy}</strong> saved this draft at {formatDateTime(conflict.updatedAt)}, while you were
        editing. Your changes are not saved yet; they are still in the editor.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={onLoadTheirs}>
          Load their version
        </Button>
        <Button variant="danger" onClick={onKeepMine}>
          Keep mine (overwrite)
        </Button>
      </div>
    </div>
  );
}
