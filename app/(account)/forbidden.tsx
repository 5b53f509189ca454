import { ForbiddenOrRefused } from '@/app/_ip-access/forbidden-or-refused';

// 403 of this area: a permission refusal, or an address outside the organization's panel allowlist.
export default ForbiddenOrRefused;
