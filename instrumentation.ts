// Runs once when the server starts (never during `next build`): background work of the server process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startMailWorker } = await import('@/lib/mail/worker');
  const { startAuditRetention } = await import('@/lib/audit/retention-worker');
  startMailWorker();
  const { startNoticesWorker } = await import('@/lib/subprocessors/notices/worker');
  startNoticesWorker();
  startAuditRetention();
  // Trust-center pages come from the database (the studio); registered before the first load. Scheduled
  // publications fire from here, and a poll picks up what other server processes published.
  const { startPublishWorker } = await import('@/lib/studio/publish-due');
  const { startContentPoll } = await import('@/lib/studio/content-poll');
  await import('@/lib/studio/site-source');
  startPublishWorker();
  startContentPoll();
  // Backups of the embedded database: the channel `npm run db:backup` uses, and the daily schedule.
  const { startBackupEndpoint } = await import('@/lib/backup/endpoint');
  const { startBackupSchedule } = await import('@/lib/backup/schedule');
  void startBackupEndpoint();
  startBackupSchedule();
  // Load the compiled trust-center content now rather than on the first visitor's request.
  import('@/lib/content/site')
    .then((m) => m.warmContent())
    .catch(() => {});
}
