import Forbidden from '@/app/forbidden';
import { IpRefused } from '@/components/ip-access/ip-refused';
import { panelAccessRefusal } from '@/lib/dal';
import { ipAccessContacts } from '@/lib/ip-access/refusal-contacts';

/**
 * The 403 page of the signed-in areas: the address refusal when the organization's panel allowlist
 * refused this request, the permission page otherwise. Lives in the (account) and (studio) groups, not at
 * the root, because Next.js renders forbidden files for every route beneath them: here that costs nothing
 * (the context is already loaded, once per request), while public pages stay free of database reads.
 * It loads the contacts here, in app/, because components/ never reads the database.
 */
export async function ForbiddenOrRefused() {
  const refusal = await panelAccessRefusal();
  if (!refusal) return <Forbidden />;
  return <IpRefused refusal={refusal} contacts={await ipAccessContacts(refusal.organizationId)} />;
}
