// What the users screens show: never raw rows, never token hashes.

export type MemberStatus = 'active' | 'invited' | 'deactivated';

export interface TwoFactorDTO {
  enabled: boolean;
  /** "Authenticator app", "Passkey" … */
  methods: string[];
}

export interface MemberRowDTO {
  kind: 'member';
  userId: string;
  name: string;
  email: string;
  roleRef: string;
  roleLabel: string;
  status: Exclude<MemberStatus, 'invited'>;
  twoFactor: TwoFactorDTO;
  lastSignInAt: string | null;
  isYou: boolean;
}

export interface InvitationRowDTO {
  kind: 'invitation';
  invitationId: string;
  email: string;
  roleRef: string;
  roleLabel: string;
  status: 'invited';
  expired: boolean;
  invitedBy: string;
  expiresAt: string;
  lastSentAt: string;
}

export type UserRowDTO = MemberRowDTO | InvitationRowDTO;

export interface MemberDetailDTO extends MemberRowDTO {
  joinedAt: string;
  activeSessions: number;
  isOwner: boolean;
}
