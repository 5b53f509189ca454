import Forbidden from '@/app/forbidden';
import { panelAccessRefusal } from '@/lib/dal';
import { IpRefused } from './ip-refused';

/**
 * The 403 page of the signed-in areas: the address refusal when the organization's panel allowlist
 * refused this request, the permission page otherwise. Lives in the (account) and (studio) groups, not at
 * the root, because Next.js renders forbidden files for every route beneath them: here that costs nothing
 * (the context is already loaded, once per request), while public pages stay free of database reads.
 */
export async function ForbiddenOrRefused() {
  const refusal = await panelAccessRefusal();
  return refusal ? <IpRefused refusal={refusal} /> : <Forbidden />;
}
