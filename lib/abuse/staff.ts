import { assertVendorStaff, type VendorStaff } from '@/lib/access/vendor-staff';
import type { Ctx } from '@/lib/context';

/** Abuse reports reach the vendor: its staff with content:publish triage them. */
export function abuseStaff(ctx: Ctx): Promise<VendorStaff> {
  return assertVendorStaff(ctx, 'content:publish', 'abuse reports');
}
