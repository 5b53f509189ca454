// npx tsx scripts/make-demo-questionnaire.ts [--out content/demo/questionnaire.xlsx]
//
// Writes the demo security questionnaire (issue 17): 150 questions from a fictional prospect, "Northwind
// Logistics", laid out the way vendor questionnaires usually are — an instructions sheet, then a sheet with
// a title row, a note, a header row (ID / Question / Response / Comments), merged section rows and styled
// cells. The wording is our own and deliberately varied (Yes/No prompts, "Describe…", control-style
// statements), covering what the demo trust center and answer library answer, plus a few that nothing in
// them answers. `npm run questionnaire:figures` fills it in and prints the grades and the time taken.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

type Section = { code: string; title: string; questions: string[] };

export const DEMO_SECTIONS: Section[] = [
  {
    code: 'IAM',
    title: 'Identity and access management',
    questions: [
      'Is multi-factor authentication mandatory for all administrative and privileged accounts?',
      'Can our users enable two-factor authentication on their accounts, whatever plan we are on?',
      'Does the platform support SAML or OIDC single sign-on with our identity provider?',
      'Is automated user provisioning (SCIM) available?',
      'Describe the password policy enforced for users of the control panel.',
      'How are end-user passwords stored (hashing algorithm and parameters)?',
      'Are accounts locked or throttled after a number of failed login attempts?',
      'What idle and absolute session timeouts apply to the web console?',
      'Can we define custom roles with granular permissions for our own staff?',
      'How is engineering access to production systems requested, approved and logged?',
      'Within what time frame are access rights revoked for departing employees?',
      'Are user access rights reviewed on a periodic basis? If so, how often?',
      'Can API access be restricted to a list of our own IP addresses?',
      'How are API keys and SMTP credentials protected against misuse?',
    ],
  },
  {
    code: 'CRY',
    title: 'Cryptography and key management',
    questions: [
      'Is customer data encrypted while stored (at rest)? Please state the algorithm.',
      'Which TLS versions are accepted for SMTP submission and for the API?',
      'Do you enforce encryption in transit between your internal services and data stores?',
      'Describe how cryptographic keys are generated, stored, rotated and destroyed.',
      'Which cipher suites do your public endpoints offer?',
      'Can we require that our outbound emails are only delivered over TLS?',
      'How are DKIM signing keys managed and how often are they rotated?',
      'Are push notification credentials and device tokens stored encrypted?',
      'Do you support end-to-end encryption of push payloads?',
      'Are text messages (SMS) encrypted from end to end?',
      'Do you use hardware security modules for key storage?',
      'Are secrets such as database passwords kept out of source code?',
    ],
  },
  {
    code: 'LOG',
    title: 'Logging and monitoring',
    questions: [
      'Are security-relevant events logged centrally, and for how long are those logs retained?',
      'Is there 24/7 monitoring of the production environment for security incidents?',
      'Do customers have access to an audit trail of actions taken in their account?',
      'Can we export our account audit log, and is it protected against tampering?',
      'How do you detect takeover of customer accounts?',
      'Do you rate-limit authentication endpoints and the API?',
      'Is a web application firewall deployed in front of internet-facing services?',
      'Describe the anti-malware protection on employee endpoints and servers.',
      'How is the network segmented between production, corporate and development environments?',
      'Do you have DDoS mitigation in place for your sending and API infrastructure?',
      'Are administrator actions in the control panel recorded with who, what and when?',
      'Are time sources synchronised across all systems that produce logs?',
    ],
  },
  {
    code: 'BCR',
    title: 'Business continuity and resilience',
    questions: [
      'What are your RPO and RTO for the core email sending service?',
      'How frequently are backups performed, and where are backup copies kept?',
      'How long are backups retained before deletion?',
      'Are backups encrypted and regularly tested through restores?',
      'Is the service deployed across multiple availability zones or data centres?',
      'Do you maintain a documented business continuity plan, and when was it last reviewed?',
      'How often is the disaster recovery plan exercised?',
      'Please share the results of your most recent DR test.',
      'What uptime do you commit to contractually?',
      'How do you manage the risk that a critical supplier becomes unavailable?',
      'Are you certified against ISO 22301?',
      'Where do you publish service status and incident updates?',
      'Has the platform experienced any outage longer than four hours in the past year?',
    ],
  },
  {
    code: 'SEF',
    title: 'Security incident management',
    questions: [
      'Does your organisation have a formal, documented incident response plan?',
      'How soon after discovery would you notify us of a personal data breach affecting our data?',
      'Is the incident response process tested through tabletop exercises or simulations?',
      'Do you carry out a root cause analysis after significant incidents and share the outcome?',
      'Can we register a dedicated security contact to receive incident notifications?',
      'May we review a copy of your incident response plan?',
      'What should our team do if we suspect our account credentials were compromised?',
      'How can a security researcher report a vulnerability to you?',
      'What should we do if we receive a phishing email that was sent through your platform?',
      'How can we tell a genuine Acme Mail email from a spoofed one?',
      'Do you hold cyber liability insurance, and what is the coverage amount?',
      'Is there a way to be alerted about incidents that affect the service in real time?',
    ],
  },
  {
    code: 'STA',
    title: 'Supply chain and sub-processors',
    questions: [
      'Provide a list of the third-party sub-processors that process our personal data.',
      'How will we be informed before a new sub-processor is engaged, and can we object?',
      'Describe the due diligence performed on suppliers before and during the engagement.',
      'Does any sub-processor access or store our data outside the EEA?',
      'Can we obtain copies of your contracts with sub-processors?',
      'Which cloud infrastructure provider hosts the production environment?',
      'What physical security controls are in place at the hosting data centres?',
      'How is decommissioned storage media sanitised or destroyed?',
      'How are your own office premises secured?',
      'Do you rely on any fourth parties for the delivery of SMS messages?',
      'Are sub-processors contractually bound to the same data protection obligations as you?',
      'Is a current list of sub-processors published on your website?',
    ],
  },
  {
    code: 'CMP',
    title: 'Compliance and assurance',
    questions: [
      'Which security certifications and attestations does your organisation currently hold?',
      'Please provide your most recent SOC 2 Type II report.',
      'Were any exceptions noted in your latest SOC 2 audit?',
      'Which Trust Services Criteria are in scope of the SOC 2 examination?',
      'Can you provide a bridge letter covering the gap since the end of the SOC 2 period?',
      'List the complementary user entity controls (CUECs) we are expected to operate.',
      'What is the scope of your ISO/IEC 27001 certificate?',
      'Can we obtain your ISO 27001 Statement of Applicability?',
      'Are you certified to ISO/IEC 27018 for PII in public clouds?',
      'Does the vendor hold a GDPR certification?',
      'Do you grant customers the right to audit your security controls on site?',
      'Are you PCI DSS compliant for processing cardholder data?',
      'Can protected health information (PHI) be sent through your service, and will you sign a BAA?',
      'Are you FedRAMP authorised?',
    ],
  },
  {
    code: 'TVM',
    title: 'Vulnerability management and secure development',
    questions: [
      'Is an independent penetration test performed at least annually? When was the last one?',
      'Summarise the findings of your latest penetration test and their remediation status.',
      'Can we receive a copy or executive summary of the penetration test report?',
      'Describe the methodology and scope of your penetration tests.',
      'Give details of the high-severity finding from the 2026 penetration test.',
      'How do you identify, prioritise and remediate vulnerabilities in your infrastructure?',
      'What are your patching timelines for critical and high vulnerabilities?',
      'Do you follow a secure software development lifecycle (e.g. threat modelling, code review, SAST)?',
      'How are changes to production reviewed, approved and deployed?',
      'Is production data ever copied into development or test environments?',
      'Do you run a public bug bounty programme?',
      'Are third-party open-source dependencies scanned for known vulnerabilities?',
    ],
  },
  {
    code: 'DSP',
    title: 'Data protection and privacy',
    questions: [
      'In which countries or regions is our data stored and processed?',
      'How do we obtain a signed data processing agreement (DPA)?',
      'How long is the content of our messages retained?',
      'What happens to our data at the end of the contract? Is deletion certified?',
      'How do you help us respond to data subject access and erasure requests?',
      'How would we handle a deletion request from one of our email recipients?',
      'Will our data be used to train machine learning or AI models?',
      'Which categories of personal data do you process on our behalf?',
      'How do you ensure compliance with the GDPR as a processor?',
      'What transfer mechanism is used for personal data leaving the EEA?',
      'Has a Data Protection Officer been appointed? Please provide contact details.',
      'How do you respond to requests for customer data from law enforcement or government agencies?',
      'Do you comply with the CCPA/CPRA and other US state privacy laws?',
      'Do you support transfers under the UK GDPR and the Swiss FADP?',
      'Will you assist us with a data protection impact assessment?',
      'How is our data logically separated from that of other tenants?',
      'Can we limit which of our own users can view message content and recipient lists?',
      'Can your employees read the emails we send?',
    ],
  },
  {
    code: 'HRS',
    title: 'Human resources security',
    questions: [
      'Are background checks conducted on employees prior to hiring?',
      'Do all employees complete security and privacy awareness training, and how often?',
      'Are employees and contractors bound by confidentiality or non-disclosure agreements?',
      'Is there a disciplinary process for employees who violate security policies?',
      'Do developers receive secure coding training?',
      'Are contractors held to the same security requirements as employees?',
      'Is there an onboarding and offboarding checklist for staff covering access and equipment?',
      'Are employees required to acknowledge the acceptable use and security policies?',
    ],
  },
  {
    code: 'GRC',
    title: 'Governance and risk',
    questions: [
      'Do you maintain an information security policy approved by management?',
      'Who in the organisation is accountable for information security?',
      'Is a formal information security risk assessment performed at least annually?',
      'Do you operate an internal audit programme covering security controls?',
      'May we review your internal security procedures under NDA?',
      'Which industry bodies or codes of conduct does your company participate in?',
      'Can you complete our questionnaire in our own format?',
      'Do you have an acceptable use policy governing what customers may send?',
      'What is your headcount, and how many employees are dedicated to security?',
      'Do you accept our own DPA template or amendments to your standard terms?',
      'How is security performance reported to senior management or the board?',
    ],
  },
  {
    code: 'EML',
    title: 'Email and messaging security',
    questions: [
      'Will messages sent via your platform pass DMARC alignment for our domain?',
      'Could another of your customers send email using our domain name?',
      'How do you prevent spammers and fraudsters from opening accounts?',
      'Are outgoing messages scanned for malware and phishing content?',
      'What protections exist against SMS pumping (artificially inflated traffic) fraud?',
      'How can we verify that webhook calls originate from your platform?',
      'Do you support BIMI for displaying our logo in recipients\u2019 inboxes?',
      'Are inbound email attachments sandboxed before delivery?',
      'How do you manage sending IP reputation and blocklist removal?',
      'Does the service support MTA-STS and TLS reporting for our domains?',
      'Can we bring our own dedicated IP addresses?',
      'Is there an option to self-host the platform on our premises?',
    ],
  },
];

const blue = 'FF1F3864';
const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const box = { top: thin, left: thin, bottom: thin, right: thin };

export async function buildDemoQuestionnaire(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Northwind Logistics Vendor Risk';
  wb.created = new Date('2026-11-02T09:00:00Z');
  wb.modified = new Date('2026-11-02T09:00:00Z');

  const intro = wb.addWorksheet('Instructions', { properties: { tabColor: { argb: 'FF7F7F7F' } } });
  intro.getColumn(1).width = 100;
  const lines = [
    'Northwind Logistics — Vendor Security Assessment (2026)',
    '',
    'Thank you for taking part in our vendor review. Please answer every question on the "Questionnaire" sheet.',
    'Use the Response column for a short answer (Yes / No / Partial / N/A) and the Comments column for details',
    'or references to evidence. Do not change the question wording or the layout of the sheet.',
    '',
    'Return the completed workbook to vendor-risk@northwind.example within 15 working days.',
  ];
  lines.forEach((t, i) => (intro.getCell(i + 1, 1).value = t));
  intro.getCell('A1').font = { bold: true, size: 14, color: { argb: blue } };

  const ws = wb.addWorksheet('Questionnaire', { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.columns = [{ width: 10 }, { width: 70 }, { width: 16 }, { width: 60 }];
  ws.mergeCells('A1:D1');
  ws.getCell('A1').value = 'Northwind Logistics — Vendor Security Assessment';
  ws.getCell('A1').font = { bold: true, size: 16, color: { argb: 'FFFFFFFF' } };
  ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: blue } };
  ws.getRow(1).height = 28;
  ws.mergeCells('A2:D2');
  ws.getCell('A2').value = 'Vendor: Acme Mail    Assessment owner: Vendor Risk Office    Version 3.1';
  ws.getCell('A2').font = { italic: true, color: { argb: 'FF595959' } };
  ws.getRow(4).values = ['ID', 'Question', 'Response', 'Comments'];
  ws.getRow(4).eachCell((c) => {
    c.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F5597' } };
    c.border = box;
    c.alignment = { vertical: 'middle' };
  });
  let r = 5;
  for (const s of DEMO_SECTIONS) {
    ws.mergeCells(r, 1, r, 4);
    const head = ws.getCell(r, 1);
    head.value = `${s.code} — ${s.title}`;
    head.font = { bold: true, color: { argb: blue } };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    r++;
    s.questions.forEach((q, i) => {
      const row = ws.getRow(r);
      row.values = [`${s.code}-${String(i + 1).padStart(2, '0')}`, q, null, null];
      for (let c = 1; c <= 4; c++) {
        const cell = row.getCell(c);
        cell.border = box;
        cell.alignment = { wrapText: true, vertical: 'top' };
      }
      // The response cell offers the usual choices.
      row.getCell(3).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: ['"Yes,No,Partial,N/A"'],
      };
      r++;
    });
  }
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const total = DEMO_SECTIONS.reduce((n, s) => n + s.questions.length, 0);
  if (total !== 150) throw new Error(`the demo questionnaire must have 150 questions, it has ${total}`);
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? process.argv[i + 1]! : 'content/demo/questionnaire.xlsx';
  void buildDemoQuestionnaire().then((bytes) => {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, bytes);
    console.log(`Wrote ${out}: ${total} questions in ${DEMO_SECTIONS.length} sections, ${bytes.length} bytes`);
  });
}
