// Runs once when the server starts (never during `next build`): background work of the server process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // First-run setup: with no vendor organization, every page leads to /setup and the log gets a token.
  const { prepareFirstRunSetup } = await import('@/lib/setup/prepare-first-run');
  await prepareFirstRunSetup().catch(async (err: unknown) => {
    const { logger } = await import('@/lib/log');
    logger.error({ err: { message: (err as Error)?.message } }, 'first-run setup check failed');
  });
  const { startMailWorker } = await import('@/lib/mail/worker');
  const { startAuditRetention } = await import('@/lib/audit/retention-worker');
  startMailWorker();
  const { startNoticesWorker } = await import('@/lib/subprocessors/notices/worker');
  startNoticesWorker();
  startAuditRetention();
  const { startCustomerPurge } = await import('@/lib/jobs/customer-purge');
  startCustomerPurge();
  const { startAuditCheckpoints } = await import('@/lib/audit/checkpoint-worker');
  startAuditCheckpoints();
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
  import('@/lib/content/site').then((m) => m.warmContent()).catch(() => {});
}
