// The security vocabulary of the answer matcher (issue 17). Questionnaires and our own pages name the
// same thing in many ways ("2FA", "two-step verification", "multi-factor authentication"); retrieval only
// works if both sides say it the same way. Two mechanisms, applied identically to what is indexed and to
// what is asked:
//   - canonicalisation: every variant phrase is replaced by one canonical token ("mfa"), so a question
//     with "2FA" and an answer with "two-factor authentication" share a term;
//   - expansion (query only): a canonical token also looks, at a lower weight, for related terms that are
//     not synonyms but usually answer the same question (an SSO question also looks for "SCIM").
// Phrases are written lower-case and accent-free, words separated by single spaces (punctuation and
// hyphens become spaces before matching: "two-factor" is "two factor"). Both the phrases and the text are
// stemmed before they are compared, so a phrase also matches its other word forms ("lock out" matches
// "locked out" and "locking out").
import { stem } from './stem';

export interface VocabularyGroup {
  /** One token: letters and digits only, never a stop word. */
  canonical: string;
  variants: string[];
  /** Canonical tokens or plain words a question with this term may also be answered by. */
  related?: string[];
}

// prettier-ignore
export const VOCABULARY: VocabularyGroup[] = [
  // ── Identity and access
  {
    canonical: 'mfa',
    variants: [
      'mfa', '2fa', '2 fa', 'tfa', '2sv', 'two factor', 'two factor authentication', '2 factor',
      '2 factor authentication', 'two step', 'two step verification', 'two step authentication',
      '2 step verification', 'multi factor', 'multifactor', 'multi factor authentication',
      'multifactor authentication', 'second factor', 'second authentication factor',
      'additional authentication factor', 'strong authentication',
    ],
    related: ['passkey', 'totp', 'webauthn'],
  },
  {
    canonical: 'totp',
    variants: [
      'totp', 'authenticator app', 'authenticator apps', 'authenticator application', 'one time password',
      'one time passwords', 'otp', 'time based one time password', 'google authenticator',
    ],
  },
  {
    canonical: 'webauthn',
    variants: [
      'hardware backed', 'hardware authenticator', 'hardware authenticators', 'physical security key', 'physical security keys', 'webauthn', 'fido2', 'fido', 'u2f', 'hardware security key', 'hardware security keys', 'hardware key',
      'hardware keys', 'hardware token', 'hardware tokens', 'yubikey', 'yubikeys', 'security key', 'security keys',
    ],
  },
  {
    canonical: 'recoverycode',
    variants: [
      'recovery code', 'recovery codes', 'backup code', 'backup codes', 'backup 2fa codes', 'emergency codes',
      'scratch codes',
    ],
  },
  {
    canonical: 'passkey',
    variants: [
      'passkey', 'passkeys', 'passwordless',
    ],
  },
  {
    canonical: 'phishingresistant',
    variants: [
      'phishing resistant', 'phishing resistant mfa', 'phishing resistant authentication',
    ],
  },
  {
    canonical: 'sso',
    variants: [
      'sso', 'single sign on', 'single signon', 'single sign in', 'saml', 'saml 2', 'saml 2 0', 'saml2',
      'openid connect', 'open id connect', 'oidc', 'federated login', 'federated authentication',
      'identity federation', 'federated identity', 'enterprise login',
    ],
    related: ['scim', 'identityprovider'],
  },
  {
    canonical: 'identityprovider',
    variants: [
      'identity provider', 'identity providers', 'idp', 'directory', 'directory service', 'corporate directory',
      'ldap', 'okta', 'azure ad', 'entra id', 'active directory',
    ],
  },
  {
    canonical: 'scim',
    variants: [
      'scim', 'scim 2', 'scim 2 0', 'automatic provisioning', 'automatic user provisioning',
      'automated provisioning', 'automated user provisioning', 'user provisioning',
      'provisioning and deprovisioning', 'just in time provisioning',
    ],
    related: ['sso'],
  },
  {
    canonical: 'rbac',
    variants: [
      'rbac', 'role based access', 'role based access control', 'role based permissions', 'roles and permissions',
      'custom roles', 'permission model',
    ],
    related: ['leastprivilege'],
  },
  {
    canonical: 'leastprivilege',
    variants: [
      'least privilege', 'principle of least privilege', 'need to know', 'minimum necessary access',
      'minimal access',
    ],
    related: ['rbac', 'privilegedaccess'],
  },
  {
    canonical: 'privilegedaccess',
    variants: [
      'privileged access', 'privileged accounts', 'privileged account', 'privileged users', 'privileged user',
      'admin access', 'administrative access', 'administrator access', 'admin accounts', 'administrator accounts',
      'elevated access', 'elevated privileges', 'production access', 'root access', 'pam',
    ],
    related: ['leastprivilege'],
  },
  {
    canonical: 'accessreview',
    variants: [
      'access review', 'access reviews', 'user access review', 'user access reviews', 'access recertification',
      'access recertifications', 'entitlement review', 'entitlement reviews', 'review of access rights',
      'review access rights', 'periodic access review',
    ],
  },
  {
    canonical: 'offboarding',
    variants: [
      'offboarding', 'off boarding', 'deactivate', 'deactivated', 'deactivation', 'disable accounts',
      'disabled accounts', 'account deactivation', 'leaver', 'leavers', 'terminated employees',
      'employee termination', 'termination of employment', 'revoke access', 'revoked access', 'access removal',
      'remove access', 'removal of access', 'deprovisioning', 'de provisioning', 'departing employees',
    ],
  },
  {
    canonical: 'ipallowlist',
    variants: [
      'ip allowlist', 'ip allowlists', 'ip allow list', 'ip whitelist', 'ip whitelisting', 'ip whitelists',
      'ip restriction', 'ip restrictions', 'ip based restrictions', 'ip address restrictions', 'allowlist',
      'allowlists', 'allowlisting', 'allow list', 'whitelist', 'whitelisting', 'ip filtering',
      'source ip restriction',
    ],
  },
  {
    canonical: 'sessiontimeout',
    variants: [
      'session timeout', 'session timeouts', 'idle timeout', 'inactivity timeout', 'session expiry',
      'session expiration', 'automatic logout', 'auto logout', 'session lifetime',
    ],
  },
  {
    canonical: 'passwordpolicy',
    variants: [
      'password policy', 'password policies', 'password complexity', 'password requirements', 'password rules',
      'password strength', 'password length', 'minimum password length', 'breached passwords',
      'compromised passwords',
    ],
  },
  {
    canonical: 'staff',
    variants: [
      'staff', 'staff member', 'staff members', 'employee', 'employees', 'personnel', 'workforce', 'engineers',
      'support staff', 'support personnel', 'support engineer', 'support engineers', 'support agents', 'insiders',
    ],
  },
  {
    canonical: 'messagecontent',
    variants: [
      'message content', 'message contents', 'content of messages', 'content of our messages', 'customer content',
      'email content', 'email contents', 'email bodies', 'message bodies', 'message body', 'our messages',
      'emails we send', 'payloads',
    ],
  },
  {
    canonical: 'lockout',
    variants: [
      'lockout', 'lock out', 'locks out', 'lock themselves out', 'lock us out', 'lock everyone out',
      'account lockout',
    ],
  },
  {
    canonical: 'impersonation',
    variants: [
      'impersonation', 'impersonate', 'impersonating', 'pretend to be', 'pretends to be', 'pretending to be',
      'spoof', 'spoofing', 'spoofed', 'fake', 'fakes', 'forged', 'forgery', 'forgeries', 'look alike', 'lookalike',
    ],
    related: ['phishing'],
  },
  {
    canonical: 'genuine',
    variants: [
      'genuine', 'legitimate', 'authentic',
    ],
  },
  {
    canonical: 'staffaccess',
    variants: [
      'support access', 'employee access to customer data', 'staff access to customer data',
      'vendor personnel access', 'access by your employees', 'access by employees',
    ],
  },

  // ── Cryptography
  {
    canonical: 'encryptrest',
    variants: [
      'at rest', 'encryption at rest', 'encrypted at rest', 'data at rest', 'stored data', 'data in storage',
      'storage encryption', 'disk encryption', 'full disk encryption', 'encrypted storage', 'encrypted disks',
      'encrypted disk', 'database encryption', 'encrypted databases', 'encrypted database',
    ],
    related: ['aes256', 'keymanagement'],
  },
  {
    canonical: 'encrypttransit',
    variants: [
      'encrypted channel', 'encrypted channels', 'secure channel', 'secure channels', 'encrypted transport', 'in transit', 'encryption in transit', 'encrypted in transit', 'data in transit', 'in motion',
      'data in motion', 'transport encryption', 'encrypted connections', 'encrypted connection',
      'over public networks', 'over the internet',
    ],
    related: ['tls'],
  },
  {
    canonical: 'tls',
    variants: [
      'tls', 'ssl', 'ssl tls', 'tls ssl', 'transport layer security', 'secure sockets layer', 'https',
    ],
    related: ['encrypttransit'],
  },
  {
    canonical: 'aes256',
    variants: [
      'aes 256', 'aes256', 'aes 256 gcm', 'aes', 'advanced encryption standard',
    ],
  },
  {
    canonical: 'hsm',
    variants: [
      'hsm', 'hsms', 'hardware security module', 'hardware security modules', 'fips 140 2', 'fips 140 3', 'fips 140',
    ],
    related: ['keymanagement'],
  },
  {
    canonical: 'keymanagement',
    variants: [
      'key management', 'encryption keys', 'encryption key', 'cryptographic keys', 'cryptographic key',
      'key rotation', 'rotate keys', 'key lifecycle', 'kms', 'byok', 'bring your own key', 'customer managed keys',
      'customer managed key',
    ],
    related: ['hsm'],
  },
  {
    canonical: 'mtls',
    variants: [
      'mtls', 'mutual tls', 'mutual tls authentication', 'client certificate', 'client certificates',
    ],
  },
  {
    canonical: 'mtasts',
    variants: [
      'mta sts', 'mtasts', 'dane', 'tlsa',
    ],
  },

  // ── Operations and monitoring
  {
    canonical: 'siem',
    variants: [
      'siem', 'security information and event management', 'log management', 'centralised logging',
      'centralized logging', 'central logging', 'log aggregation', 'log collection', 'security logging',
      'security event logging', 'event logging', 'log monitoring', 'log review', 'logs reviewed',
    ],
    related: ['log', 'monitor', 'auditlog'],
  },
  {
    canonical: 'auditlog',
    variants: [
      'audit log', 'audit logs', 'audit trail', 'audit trails', 'activity log', 'activity logs',
      'user activity logs', 'access logs', 'access log',
    ],
    related: ['siem'],
  },
  {
    canonical: 'secops',
    variants: [
      'security operations centre', 'security operations center', 'security operations', 'soc team',
      '24 7 monitoring', '24x7 monitoring', 'around the clock monitoring', 'round the clock monitoring',
      'intrusion detection', 'ids', 'intrusion prevention', 'ids ips', 'threat detection',
    ],
    related: ['siem', 'monitor'],
  },
  {
    canonical: 'incidentresponse',
    variants: [
      'ir', 'incident response', 'incident response plan', 'incident response process',
      'incident response procedure', 'incident response procedures', 'irp', 'incident management',
      'security incident management', 'incident handling', 'csirt', 'cirt', 'security incident response',
      'security incidents', 'security incident',
    ],
  },
  {
    canonical: 'databreach',
    variants: [
      'breach', 'breaches', 'compromise of customer data', 'data compromise', 'data leak', 'data leaks',
      'data breach', 'data breaches', 'security breach', 'security breaches', 'personal data breach',
      'personal data breaches', 'breach notification', 'breach notifications', 'notify customers of a breach',
      'notification of breaches',
    ],
  },
  {
    canonical: 'postmortem',
    variants: [
      'post mortem', 'postmortem', 'post incident review', 'post incident report', 'post incident reports',
      'root cause analysis', 'rca', 'lessons learned',
    ],
  },
  {
    canonical: 'outage',
    variants: [
      'outage', 'outages', 'downtime', 'service disruption', 'service disruptions', 'service interruption',
      'service interruptions', 'service incident', 'service incidents', 'disruption', 'disruptions',
    ],
    related: ['statuspage', 'incident'],
  },
  {
    canonical: 'statuspage',
    variants: [
      'status acme example', 'public status page', 'status page', 'status site', 'service status', 'system status',
      'outage notifications', 'outage notification',
    ],
  },
  {
    canonical: 'availability',
    variants: [
      'uptime', 'availability', 'sla', 'service level agreement', 'service level agreements', 'service levels',
      'uptime commitment', 'uptime guarantee', 'availability commitment', 'availability target',
    ],
  },
  {
    canonical: 'ddos',
    variants: [
      'ddos', 'distributed denial of service', 'denial of service', 'dos attack', 'dos attacks', 'dos protection',
      'volumetric attacks',
    ],
    related: ['waf', 'ratelimit'],
  },
  {
    canonical: 'waf',
    variants: [
      'waf', 'web application firewall', 'web application firewalls',
    ],
  },
  {
    canonical: 'ratelimit',
    variants: [
      'rate limit', 'rate limits', 'rate limiting', 'throttling', 'throttle',
    ],
  },
  {
    canonical: 'patch',
    variants: [
      'patch', 'patches', 'patching', 'patch management', 'security updates', 'security patches', 'security fixes',
      'operating system updates', 'os updates', 'apply updates',
    ],
  },
  {
    canonical: 'antimalware',
    variants: [
      'anti malware', 'antimalware', 'antivirus', 'anti virus', 'malware protection', 'malware detection', 'edr',
      'endpoint detection and response', 'endpoint detection', 'endpoint protection', 'xdr',
    ],
  },
  {
    canonical: 'mdm',
    variants: [
      'mdm', 'mobile device management', 'device management', 'endpoint management', 'managed devices',
      'managed laptops', 'company laptops', 'company devices', 'laptops', 'workstations',
    ],
  },
  {
    canonical: 'changemanagement',
    variants: [
      'change management', 'change control', 'change approval', 'change advisory board', 'cab', 'code review',
      'code reviews', 'peer review', 'four eyes', 'four eyes principle', 'two person review', 'pull request review',
      'pull requests',
    ],
  },
  {
    canonical: 'segmentation',
    variants: [
      'network segments', 'segmented', 'network zones', 'vlan', 'vlans', 'dmz', 'network segmentation',
      'network segregation', 'segmentation', 'segregated networks', 'network isolation',
    ],
  },
  {
    canonical: 'tenantisolation',
    variants: [
      'tenant isolation', 'tenant separation', 'multi tenant', 'multi tenancy', 'multitenant', 'multitenancy',
      'other tenants', 'other tenant', 'logical separation', 'logically separated', 'logically segregated',
      'logical segregation', 'separation of customer data', 'segregation of customer data', 'data segregation',
      'other customers data', 'another customer s data', 'another organisation s data', 'separate organisations',
      'shared platform', 'shared infrastructure',
    ],
  },
  {
    canonical: 'datacentre',
    variants: [
      'data centre', 'data center', 'data centres', 'data centers', 'datacenter', 'datacentre', 'datacenters',
      'colocation', 'hosting provider', 'cloud provider', 'cloud hosting', 'iaas', 'infrastructure provider',
    ],
  },
  {
    canonical: 'physicalsecurity',
    variants: [
      'physical security', 'physical access', 'physical access controls', 'facility security',
      'environmental controls', 'environmental security',
    ],
  },

  // ── Resilience
  {
    canonical: 'backup',
    variants: [
      'backup', 'backups', 'back up', 'back ups', 'backed up', 'data backups', 'backup and restore',
      'backup restoration', 'restore tests', 'restore testing',
    ],
  },
  {
    canonical: 'bcp',
    variants: [
      'bcp', 'business continuity', 'business continuity plan', 'business continuity plans',
      'business continuity planning', 'business continuity management', 'bcm', 'bcms', 'continuity plan',
      'continuity planning', 'operational resilience', 'business resilience',
    ],
    related: ['disasterrecovery', 'iso22301'],
  },
  {
    canonical: 'disasterrecovery',
    variants: [
      'dr', 'disaster recovery', 'disaster recovery plan', 'disaster recovery plans', 'drp', 'dr plan', 'dr test',
      'dr tests', 'dr testing', 'dr exercise', 'dr exercises', 'failover', 'fail over', 'failover test',
      'failover testing',
    ],
    related: ['bcp', 'rto', 'rpo'],
  },
  {
    canonical: 'rpo',
    variants: [
      'rpo', 'recovery point objective', 'recovery point objectives', 'acceptable data loss', 'maximum data loss',
    ],
    related: ['rto'],
  },
  {
    canonical: 'rto',
    variants: [
      'rto', 'recovery time objective', 'recovery time objectives', 'time to recover',
    ],
    related: ['rpo'],
  },
  {
    canonical: 'redundancy',
    variants: [
      'redundancy', 'redundant', 'high availability', 'availability zones', 'availability zone',
      'multiple availability zones', 'geographic redundancy', 'geo redundancy', 'standby region', 'secondary region',
      'secondary site',
    ],
  },

  // ── Assurance
  {
    canonical: 'soc2',
    variants: [
      'soc 2', 'soc2', 'soc ii', 'soc 2 type ii', 'soc 2 type 2', 'soc2 type ii', 'soc2 type 2', 'ssae 18', 'ssae18',
      'soc report', 'soc reports', 'soc 1', 'soc1', 'aicpa',
    ],
    related: ['audit'],
  },
  {
    canonical: 'tsc',
    variants: [
      'trust services criteria', 'trust service criteria', 'trust services categories', 'trust service categories',
      'trust services principles', 'trust service principles', 'tsc',
    ],
    related: ['soc2'],
  },
  {
    canonical: 'iso27001',
    variants: [
      'iso 27001', 'iso iec 27001', 'iso27001', 'iso 27001 2022', 'iso iec 27001 2022', '27001', 'isms',
      'information security management system',
    ],
  },
  {
    canonical: 'iso27018',
    variants: [
      'iso 27018', 'iso iec 27018', 'iso27018', '27018', 'pii in public clouds', 'cloud privacy',
    ],
  },
  {
    canonical: 'iso22301',
    variants: [
      'iso 22301', 'iso22301', '22301',
    ],
    related: ['bcp'],
  },
  {
    canonical: 'iso27017',
    variants: [
      'iso 27017', 'iso iec 27017', 'iso27017', '27017', 'csa star', 'caiq', 'star registry',
    ],
  },
  {
    canonical: 'pentest',
    variants: [
      'pen test', 'pen tests', 'pentest', 'pentests', 'pen testing', 'pentesting', 'penetration test',
      'penetration tests', 'penetration testing', 'ethical hacking', 'red team', 'red teaming',
      'application security assessment', 'security assessment by a third party', 'independent security testing',
    ],
  },
  {
    canonical: 'vulnerability',
    variants: [
      'vuln', 'vulns', 'vulnerability', 'vulnerabilities', 'cve', 'cves', 'weakness', 'weaknesses', 'security flaws',
      'security flaw',
    ],
  },
  {
    canonical: 'vulnscan',
    variants: [
      'vulnerability scanning', 'vulnerability scans', 'vulnerability scan', 'vulnerability scanner',
      'vulnerability scanners', 'dependency scanning', 'sast', 'dast', 'static analysis', 'dynamic analysis',
      'container scanning', 'image scanning',
    ],
    related: ['vulnerability'],
  },
  {
    canonical: 'vulndisclosure',
    variants: [
      'vulnerability disclosure', 'vulnerability disclosure policy', 'vulnerability disclosure program', 'vdp',
      'responsible disclosure', 'coordinated disclosure', 'bug bounty', 'bug bounty program', 'security txt',
      'report a vulnerability', 'report vulnerabilities', 'report security issues', 'security researchers',
    ],
  },
  {
    canonical: 'sdlc',
    variants: [
      'sdlc', 'ssdlc', 'secure development', 'software development lifecycle', 'software development life cycle',
      'secure development lifecycle', 'secure development life cycle', 'secure software development',
      'secure coding', 'secure coding practices', 'secure engineering', 'devsecops', 'owasp', 'owasp top 10',
    ],
    related: ['changemanagement', 'vulnscan'],
  },
  {
    canonical: 'audit',
    variants: [
      'audit', 'audits', 'auditor', 'auditors', 'audit rights', 'right to audit', 'on site audit', 'onsite audit',
      'customer audit', 'customer audits', 'independent audit', 'third party audit', 'external audit', 'attestation',
      'attestations',
    ],
  },
  {
    canonical: 'certification',
    variants: [
      'certification', 'certifications', 'certificate', 'certificates', 'certified', 'accreditation',
      'accreditations', 'compliance certifications', 'compliance reports', 'security certifications',
      'industry standards', 'frameworks',
    ],
  },
  {
    canonical: 'riskassessment',
    variants: [
      'risk assessment', 'risk assessments', 'risk management', 'risk register', 'risk analysis', 'risk treatment',
      'information security risk',
    ],
  },
  {
    canonical: 'infosecpolicy',
    variants: [
      'information security policy', 'information security policies', 'infosec policy', 'security policy',
      'security policies', 'security program', 'security programme', 'information security program',
      'information security programme', 'information security management',
    ],
  },
  {
    canonical: 'ciso',
    variants: [
      'ciso', 'chief information security officer', 'head of security', 'security officer', 'security lead',
      'security team', 'security function', 'security organisation', 'security organization',
    ],
  },

  // ── Privacy and legal
  {
    canonical: 'dpa',
    variants: [
      'dpa', 'data processing agreement', 'data processing agreements', 'data processing addendum',
      'data protection agreement', 'data protection addendum', 'data processing terms', 'article 28', 'art 28',
      'processor agreement',
    ],
  },
  {
    canonical: 'gdpr',
    variants: [
      'gdpr', 'general data protection regulation', 'eu gdpr', 'uk gdpr', 'data protection law',
      'data protection laws', 'data protection legislation', 'privacy law', 'privacy laws', 'privacy regulations',
      'ccpa', 'cpra',
    ],
  },
  {
    canonical: 'dpo',
    variants: [
      'dpo', 'data protection officer', 'privacy officer', 'chief privacy officer', 'privacy team',
    ],
  },
  {
    canonical: 'scc',
    variants: [
      'third country', 'third countries', 'transfer mechanism', 'transfer mechanisms', 'transfers of personal data',
      'data transfers', 'adequacy decision', 'adequacy', 'scc', 'sccs', 'standard contractual clauses',
      'model clauses', 'eu model clauses', 'international transfers', 'international data transfers',
      'data transfers outside', 'transfers outside the eea', 'cross border transfers', 'cross border data transfers',
      'transfer impact assessment', 'tia', 'data privacy framework',
    ],
  },
  {
    canonical: 'subprocessor',
    variants: [
      'sub processor', 'sub processors', 'subprocessor', 'subprocessors', 'subcontractor', 'subcontractors',
      'sub contractor', 'sub contractors', 'fourth party', 'fourth parties', 'downstream processors',
      'third party processors', 'third party processor',
    ],
    related: ['thirdparty'],
  },
  {
    canonical: 'thirdparty',
    variants: [
      'third party', 'third parties', '3rd party', '3rd parties', 'suppliers', 'vendors', 'service providers',
      'outsourced', 'outsourcing', 'supply chain', 'vendor risk', 'vendor management', 'supplier management',
      'third party risk', 'tprm',
    ],
    related: ['subprocessor'],
  },
  {
    canonical: 'contractend',
    variants: [
      'termination of the agreement', 'termination of the contract', 'termination of our contract',
      'termination of service', 'termination of the service', 'contract termination', 'end of the contract',
      'end of the agreement', 'end of the service', 'contract ends', 'agreement ends', 'account closure',
      'close our account', 'close the account', 'closing the account', 'closed accounts', 'when we leave',
    ],
    related: ['deletion'],
  },
  {
    canonical: 'deletion',
    variants: [
      'deletion', 'delete', 'deleted', 'destroy', 'destroyed', 'destruction', 'purge', 'purged', 'securely delete',
      'secure deletion', 'returned or deleted', 'return or deletion',
    ],
    related: ['erasure'],
  },
  {
    canonical: 'dataresidency',
    variants: [
      'data residency', 'data location', 'data locations', 'data localisation', 'data localization',
      'data sovereignty', 'hosting location', 'hosting locations', 'where is data stored', 'where data is stored',
      'where is our data stored', 'where is customer data stored', 'where is data hosted', 'where data is hosted',
      'geographic location', 'physical location of data', 'country of storage', 'stored and processed',
      'hosted and processed',
    ],
    related: ['eea', 'region'],
  },
  {
    canonical: 'eea',
    variants: [
      'eea', 'european economic area', 'eu', 'european union', 'europe', 'european', 'within the eu',
    ],
  },
  {
    canonical: 'personaldata',
    variants: [
      'personal data', 'personally identifiable information', 'pii', 'personal information', 'customer data',
      'client data',
    ],
  },
  {
    canonical: 'erasure',
    variants: [
      'erasure', 'right to erasure', 'right to be forgotten', 'data deletion', 'delete data', 'deletion of data',
      'deletion request', 'deletion requests', 'erasure request', 'erasure requests', 'delete personal data',
    ],
    related: ['deletion'],
  },
  {
    canonical: 'dsar',
    variants: [
      'dsar', 'dsars', 'data subject access request', 'data subject access requests', 'data subject request',
      'data subject requests', 'subject access request', 'subject access requests', 'data subject rights',
      'individual rights',
    ],
  },
  {
    canonical: 'retention',
    variants: [
      'retained', 'retain', 'kept', 'how long do you keep', 'how long are', 'how long is', 'retention',
      'data retention', 'retention period', 'retention periods', 'retention policy', 'retention schedule',
      'how long', 'kept for', 'stored for', 'keep data',
    ],
  },
  {
    canonical: 'ai',
    variants: [
      'ai', 'artificial intelligence', 'machine learning', 'ml', 'llm', 'llms', 'large language model',
      'large language models', 'generative ai', 'model training', 'train models', 'train ai',
    ],
  },
  {
    canonical: 'healthdata',
    variants: [
      'hipaa', 'phi', 'protected health information', 'health data', 'health information', 'medical data', 'baa',
      'business associate agreement', 'special category data', 'special categories of personal data',
      'sensitive personal data',
    ],
  },
  {
    canonical: 'pci',
    variants: [
      'pci', 'pci dss', 'pcidss', 'payment card', 'payment card data', 'cardholder data', 'card data',
      'credit card data', 'credit card numbers',
    ],
  },
  {
    canonical: 'getcopy',
    variants: [
      'attach', 'attached', 'a copy', 'copy of', 'copies of', 'share', 'shared with us', 'send us', 'obtain',
      'download', 'get a copy', 'provide a copy', 'make available',
    ],
  },
  {
    canonical: 'signature',
    variants: [
      'signature', 'signatures', 'signed', 'sign', 'countersign', 'countersigned', 'countersignature', 'wet ink',
    ],
  },
  {
    canonical: 'signin',
    variants: [
      'sign in', 'sign ins', 'signed in', 'signing in', 'signin', 'log in', 'login', 'logins', 'logon', 'log on',
      'logging in', 'sign on',
    ],
  },
  {
    canonical: 'signup',
    variants: [
      'sign up', 'sign ups', 'signup', 'signups', 'signing up', 'registration of new accounts',
    ],
  },
  {
    canonical: 'notify',
    variants: [
      'notify', 'notified', 'notification', 'notifications', 'notice', 'notices', 'inform', 'informed',
      'alert customers', 'tell us',
    ],
  },
  {
    canonical: 'securitycontact',
    variants: [
      'security contact', 'security contacts', 'designated security contact', 'dedicated security contact',
      'incident contact', 'point of contact', 'points of contact', 'contact person', 'contact for security',
    ],
  },
  {
    canonical: 'enforce',
    variants: [
      'enforce', 'enforced', 'enforcement', 'enforcing', 'mandate', 'mandated', 'mandatory', 'compulsory',
      'require for all users', 'make it mandatory',
    ],
  },
  {
    canonical: 'nda',
    variants: [
      'nda', 'non disclosure agreement', 'non disclosure agreements', 'confidentiality agreement',
      'confidentiality agreements',
    ],
  },
  {
    canonical: 'cyberinsurance',
    variants: [
      'cyber insurance', 'cyber liability insurance', 'cyber liability', 'insurance coverage', 'insurance policy',
    ],
  },

  // ── People
  {
    canonical: 'backgroundcheck',
    variants: [
      'background check', 'background checks', 'background checked', 'background screening', 'background screenings',
      'background verification', 'pre employment screening', 'pre employment checks', 'employment screening',
      'hr screening', 'personnel screening', 'criminal record check', 'criminal record checks',
      'criminal background check', 'vetting', 'vetted', 'screening of employees', 'employee screening', 'screened',
    ],
  },
  {
    canonical: 'awarenesstraining',
    variants: [
      'security awareness training', 'security awareness', 'awareness training', 'security training',
      'privacy training', 'phishing simulation', 'phishing simulations', 'phishing exercises',
      'training on security', 'annual training',
    ],
  },
  {
    canonical: 'confidentiality',
    variants: [
      'confidentiality', 'confidentiality obligations', 'confidentiality clauses', 'code of conduct',
      'acceptable use policy', 'acceptable use',
    ],
  },

  // ── Email and messaging
  {
    canonical: 'dkim',
    variants: [
      'dkim', 'domainkeys identified mail', 'dkim keys', 'dkim signing', 'dkim signatures',
    ],
  },
  {
    canonical: 'dmarc',
    variants: [
      'dmarc', 'dmarc policy', 'dmarc alignment',
    ],
  },
  {
    canonical: 'spf',
    variants: [
      'spf', 'sender policy framework',
    ],
  },
  {
    canonical: 'spam',
    variants: [
      'spam', 'unsolicited email', 'unsolicited mail', 'bulk unsolicited',
    ],
  },
  {
    canonical: 'phishing',
    variants: [
      'phishing', 'phish', 'spear phishing', 'credential harvesting',
    ],
  },
  {
    canonical: 'badactor',
    variants: [
      'spammer', 'spammers', 'bad actor', 'bad actors', 'malicious actors', 'malicious users', 'fraudster',
      'fraudsters', 'scammer', 'scammers', 'criminals', 'attackers signing up', 'fake accounts',
      'fraudulent accounts', 'fraudulent sign ups',
    ],
    related: ['abuse', 'spam'],
  },
  {
    canonical: 'abuse',
    variants: [
      'abuse', 'abusive', 'misuse', 'acceptable use violations', 'trust and safety', 'trust safety',
    ],
  },
  {
    canonical: 'webhook',
    variants: [
      'webhook', 'webhooks', 'web hook', 'web hooks', 'callbacks', 'event notifications',
    ],
  },
  {
    canonical: 'apikey',
    variants: [
      'api key', 'api keys', 'api token', 'api tokens', 'api credentials', 'access tokens', 'access token',
      'bearer token', 'bearer tokens',
    ],
  },
];

const canonicalTokens = new Set(VOCABULARY.map((g) => g.canonical));
const stemPhrase = (phrase: string) => phrase.split(' ').map(stem).join(' ');
const variantToCanonical = new Map<string, string>();
for (const group of VOCABULARY) {
  for (const v of group.variants) {
    const key = stemPhrase(v);
    if (!variantToCanonical.has(key)) variantToCanonical.set(key, group.canonical);
  }
}
const relatedOf = new Map(VOCABULARY.map((g) => [g.canonical, g.related ?? []]));

// One pass: the longest variant wins at each position ("two factor authentication" before "two factor").
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...variantToCanonical.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Lower-case, accent-free, every run of non-letters-or-digits one space. */
export function simplify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The text simplified and stemmed, with every vocabulary phrase replaced by its canonical token. */
export function canonicalise(text: string): string {
  const stemmed = simplify(text).split(' ').filter(Boolean).map(stem).join(' ');
  return stemmed.replace(PATTERN, (m) => variantToCanonical.get(m) ?? m);
}

export const isCanonical = (token: string): boolean => canonicalTokens.has(token);

/** Related terms for the canonical tokens among `tokens`, minus those already present. */
export function expansionsOf(tokens: string[]): string[] {
  const present = new Set(tokens);
  const out = new Set<string>();
  for (const t of tokens)
    for (const r of relatedOf.get(t) ?? []) if (!present.has(r)) out.add(isCanonical(r) ? r : stem(r));
  return [...out];
}
