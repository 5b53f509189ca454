import { auditSigner } from '@/lib/audit/checkpoint-signing';

export const dynamic = 'force-dynamic';

/**
 * The public key audit checkpoints are signed with (Ed25519, PEM). An auditor passes this URL to
 * `scripts/verify-audit-export.mjs --key`, so an export's checkpoint is checked against the server's key
 * rather than the key the file carries. The key id is the first 16 hex digits of SHA-256 over its DER.
 */
export function GET() {
  const { publicKeyPem, keyId } = auditSigner();
  return new Response(publicKeyPem, {
    headers: {
      'Content-Type': 'application/x-pem-file; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      'X-Audit-Key-Id': keyId,
    },
  });
}
