import 'server-only';
import { assertVendorStaff, type VendorStaff } from '@/lib/access/vendor-staff';
import type { Permission } from '@/lib/access/permissions';
import type { Ctx } from '@/lib/context';

/** The register is the vendor's: a customer organization holding content:edit never edits it. */
export function assertRegisterStaff(ctx: Ctx, permission: Extract<Permission, 'content:edit' | 'content:publish'>): Promise<VendorStaff> {
  return assertVendorStaff(ctx, permission, 'the sub-processor register');
}
