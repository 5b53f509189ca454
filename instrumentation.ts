// Runs once when the server starts (never during `next build`): background work of the server process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startMailWorker } = await import('@/lib/mail/worker');
  const { startAuditRetention } = await import('@/lib/audit/retention-worker');
  startMailWorker();
  startAuditRetention();
  // Load the compiled trust-center content now rather than on the first visitor's request.
  import('@/lib/content/site')
    .then((m) => m.warmContent())
    .catch(() => {});
}
