import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { sha256Hex } from '@/lib/auth/tokens';
import { currentFile, toDocumentDto, type DocumentDto } from './dto';
import { signDownload } from './signed-url';
import { activeGrant, type AccessEnded } from './viewer-access';

export type ViewerDocuments =
  | {
      ok: true;
      viewer: { name: string; email: string; company: string };
      expiresAt: string;
      documents: (DocumentDto & { href: string | null })[];
    }
  | { ok: false; reason: AccessEnded };

/** Resolves a viewer session token (from the cookie) to the granted request, or why access ended. */
export async function resolveViewerSession(sessionToken: string | undefined, now = new Date()) {
  if (!sessionToken) return { ok: false as const, reason: 'invalid' as AccessEnded };
  const session = await db().documentAccessToken.findUnique({ where: { tokenHash: sha256Hex(sessionToken) } });
  if (!session || session.kind !== 'VIEWER_SESSION') return { ok: false as const, reason: 'invalid' as AccessEnded };
  const access = await activeGrant(db(), session.requestId, now);
  if (!access.ok) return access;
  if (session.expiresAt <= now) return { ok: false as const, reason: 'expired' as AccessEnded };
  return access;
}

/**
 * The viewer's page: the granted documents, each with a short-lived signed download link. Counts one
 * view per document shown (analytics without cookies beyond this session).
 */
export async function getViewerDocuments(
  _ctx: Ctx,
  input: { sessionToken: string | undefined },
): Promise<ViewerDocuments> {
  const access = await resolveViewerSession(input.sessionToken);
  if (!access.ok) return access;
  const { grant } = access;
  const docs = await db().document.findMany({
    where: { id: { in: grant.documentIds }, organizationId: grant.organizationId },
    include: currentFile,
    orderBy: { title: 'asc' },
  });
  await db().documentEvent.createMany({
    data: docs.map((d) => ({
      organizationId: grant.organizationId,
      documentId: d.id,
      kind: 'VIEW' as const,
      requestId: grant.requestId,
      email: grant.request.email,
    })),
  });
  return {
    ok: true,
    viewer: { name: grant.request.name, email: grant.request.email, company: grant.request.company },
    expiresAt: grant.expiresAt.toISOString(),
    documents: docs.map((d) => ({
      ...toDocumentDto(d),
      href: d.files.length
        ? `/documents/file?t=${signDownload({ documentId: d.id, requestId: grant.requestId })}`
        : null,
    })),
  };
}
