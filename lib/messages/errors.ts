// The one catalogue of error messages: every `reason` an AppError can carry, the HTTP-level `code` it
// belongs to, and its English text. Code that throws names a reason (and its params), never a sentence,
// so callers branch on `reason`, never on text, and a catalogue per language can later sit beside this
// one with the same keys. `{name}` in a message is a param: AppError's type requires each one.

/** The coarse classes (HTTP-level, public in API JSON as `code`) and their generic messages. */
export const CODE_MESSAGES = {
  VALIDATION: 'Some fields need attention.',
  UNAUTHENTICATED: 'Please sign in to continue.',
  INVALID_CREDENTIALS: 'Email or password is incorrect.',
  ACCOUNT_DISABLED: 'This account has been deactivated. Contact an administrator of your organization.',
  ORGANIZATION_SUSPENDED: 'This organization is suspended. Contact the support team of the service.',
  FORBIDDEN: 'You do not have permission to do that. Ask an administrator of your organization.',
  NOT_FOUND: 'We could not find that. It may have been removed, or the link may be wrong.',
  CONFLICT: 'Someone else changed this at the same time. Reload to see the latest version, then try again.',
  RATE_LIMITED: 'Too many attempts. Please wait a few minutes and try again.',
  REAUTH_REQUIRED: 'Please confirm it is you before making this change.',
  UNAVAILABLE: 'The service is temporarily unavailable. Please try again shortly.',
  INTERNAL: 'Something went wrong on our side. Please try again; if it keeps happening, contact support.',
} as const;

export type ErrorCode = keyof typeof CODE_MESSAGES;

/** The specific reasons a user can act on, each with its class and its message. */
export const REASONS = {
  // abuse
  ABUSE_NO_REPORTER_EMAIL: {
    code: 'CONFLICT',
    message: 'The reporter left no email address, so there is no one to reply to.',
  },
  ABUSE_REPORTS_RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'You have sent several reports in a short time. Please try again in {wait}.',
  },
  ABUSE_REPORT_CHANGED: {
    code: 'CONFLICT',
    message: 'Someone else changed this report just now. Reload the page to see its status.',
  },
  ABUSE_REPORT_STATUS_MOVE: { code: 'CONFLICT', message: 'A report that is {status} can only become {choices}.' },
  ABUSE_REPORT_STATUS_UNCHANGED: { code: 'CONFLICT', message: 'This report is already {status}.' },
  // access
  SUPPORT_SESSION_READ_ONLY: {
    code: 'FORBIDDEN',
    message: 'This is a read-only support session: nothing can be changed from it.',
  },
  ACTION_RATE_LIMITED: { code: 'RATE_LIMITED', message: 'Too many attempts. Please try again in {wait}.' },
  NEEDS_ORGANIZATION: { code: 'FORBIDDEN', message: 'This belongs to an organization, and this session has none.' },
  REQUEST_BODY_NOT_JSON: { code: 'VALIDATION', message: 'The body must be JSON.' },
  VENDOR_STAFF_ONLY: { code: 'FORBIDDEN', message: 'Only the trust center’s own staff can work on {what}.' },
  // account
  ACCOUNT_DELETION_LAST_OWNER: {
    code: 'CONFLICT',
    message:
      'You are the only Owner of {names}. Make someone else an Owner there first (Users → transfer ownership), or have the organization deleted; then delete your account.',
  },
  EMAIL_CHANGES_RATE_LIMITED: { code: 'RATE_LIMITED', message: 'Too many email changes. Try again in {wait}.' },
  EMAIL_CHANGE_ADDRESS_TAKEN: {
    code: 'CONFLICT',
    message: '{email} now belongs to another account, so your address was not changed.',
  },
  EMAIL_CHANGE_LINK_EXPIRED: {
    code: 'VALIDATION',
    message:
      'This confirmation link has expired (links work for 30 minutes). Ask for the change again from your account.',
  },
  EMAIL_CHANGE_LINK_UNKNOWN: {
    code: 'VALIDATION',
    message: 'This confirmation link is not valid. Check that you opened the whole link from the email.',
  },
  EMAIL_CHANGE_LINK_USED: {
    code: 'VALIDATION',
    message:
      'This confirmation link was already used or replaced by a newer one. Your account keeps its current address.',
  },
  SUPPORT_SESSION_OWN_ACCOUNT_CHANGE: {
    code: 'FORBIDDEN',
    message: 'Leave the support session first: this changes your own account.',
  },
  SUPPORT_SESSION_OWN_ACCOUNT_EXPORT: {
    code: 'FORBIDDEN',
    message: 'Leave the support session first: this downloads your own account.',
  },
  // api
  API_AUTH_RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'Too many failed API authentications from this address. Try again in {wait}.',
  },
  API_KEY_INVALID: { code: 'UNAUTHENTICATED', message: 'The API key is not valid or has been revoked.' },
  API_KEY_MISSING: { code: 'UNAUTHENTICATED', message: 'Send an API key as “Authorization: Bearer <key>”.' },
  API_KEY_RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'This API key made too many requests. Try again in {seconds} seconds.',
  },
  API_NO_SUCH_ENDPOINT: {
    code: 'NOT_FOUND',
    message: 'There is no such API endpoint. See the API keys page for the endpoints available.',
  },
  API_QUERY_INVALID: { code: 'VALIDATION', message: '{problems}' },
  // api-keys
  API_KEY_ALREADY_REVOKED: { code: 'CONFLICT', message: 'That API key was already revoked.' },
  API_KEY_NOT_FOUND: { code: 'NOT_FOUND', message: 'That API key does not exist. Reload to see the current keys.' },
  // app
  API_IP_SCOPE_INVALID: {
    code: 'VALIDATION',
    message: 'scope: use panel, api or smtp, or leave it out for all three.',
  },
  FORM_NOT_FORM_DATA: { code: 'VALIDATION', message: 'Send this form as a form submission.' },
  FORM_NOT_FROM_PAGE: { code: 'VALIDATION', message: 'Send this form from the page.' },
  FORM_UNREADABLE_TRY_AGAIN: {
    code: 'VALIDATION',
    message: 'This form could not be read. Reload the page and try again.',
  },
  NO_JS_SIGN_IN_EXPIRED: { code: 'UNAUTHENTICATED', message: 'Your sign-in expired. Sign in again.' },
  NO_JS_SIGN_IN_NOT_COMPLETED: {
    code: 'UNAUTHENTICATED',
    message: 'Your sign-in could not be completed. Please try again.',
  },
  SETUP_FORM_NOT_FORM_DATA: {
    code: 'VALIDATION',
    message: 'The setup form must be sent as a form submission. Reload /setup and try again.',
  },
  UPLOAD_CROSS_ORIGIN: {
    code: 'FORBIDDEN',
    message:
      'Uploads are accepted only from this site’s own address, {address}: open the studio there and upload again.',
  },
  // auth
  PASSWORD_RESET_LINK_INVALID: {
    code: 'VALIDATION',
    message: 'This reset link is invalid, expired or already used. Ask for a new one.',
  },
  PASSWORD_RESET_RATE_LIMITED: { code: 'RATE_LIMITED', message: 'Too many reset requests. Try again in {wait}.' },
  SESSION_NOT_FOUND: { code: 'NOT_FOUND', message: 'That session has already ended or does not exist.' },
  SIGN_IN_RATE_LIMITED: { code: 'RATE_LIMITED', message: 'Too many sign-in attempts. Try again in {wait}.' },
  WRONG_PASSWORDS_RATE_LIMITED: { code: 'RATE_LIMITED', message: 'Too many wrong passwords. Try again in {wait}.' },
  // customers
  CUSTOMER_ALREADY_PENDING_DELETION: { code: 'CONFLICT', message: '{name} is already pending deletion.' },
  CUSTOMER_ALREADY_SUSPENDED: { code: 'CONFLICT', message: '{name} is already suspended.' },
  CUSTOMER_DELETION_SLUG_MISMATCH: { code: 'VALIDATION', message: 'Type the slug “{slug}” exactly to confirm.' },
  CUSTOMER_NOT_ACTIVE: {
    code: 'CONFLICT',
    message: '{name} is not active: reactivate or restore it before inviting anyone.',
  },
  CUSTOMER_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such customer organization.' },
  CUSTOMER_NOT_PENDING_DELETION: { code: 'CONFLICT', message: '{name} is not pending deletion.' },
  CUSTOMER_NOT_SUSPENDED: { code: 'CONFLICT', message: '{name} is not suspended.' },
  CUSTOMER_PENDING_DELETION: { code: 'CONFLICT', message: '{name} is pending deletion: restore it first.' },
  CUSTOMER_RESTORE_PERIOD_OVER: {
    code: 'CONFLICT',
    message: 'The restore period of {name} is over: it is being removed.',
  },
  CUSTOMER_SLUG_TAKEN: {
    code: 'CONFLICT',
    message: 'The slug “{slug}” is already used by another organization. Choose another.',
  },
  INVITATION_DOMAIN_NOT_ALLOWED: {
    code: 'VALIDATION',
    message: 'Invitations to this organization are limited to {domains}.',
  },
  ORGANIZATION_IS_SUSPENDED: {
    code: 'ORGANIZATION_SUSPENDED',
    message: '{name} is suspended. Contact {supportEmail} to have it reactivated.',
  },
  ORGANIZATION_PENDING_DELETION: {
    code: 'ORGANIZATION_SUSPENDED',
    message: '{name} is scheduled for deletion and can no longer be used. Contact {supportEmail} if this is a mistake.',
  },
  OWNER_INVITEE_ALREADY_INVITED: { code: 'CONFLICT', message: 'That person already has a pending invitation.' },
  // documents
  DOCUMENTS_NONE_YET: { code: 'NOT_FOUND', message: 'This trust center has no documents yet.' },
  DOCUMENT_ACCESS_ALREADY_REVOKED: { code: 'CONFLICT', message: 'This access was already revoked.' },
  DOCUMENT_ACCESS_ENDED: { code: 'FORBIDDEN', message: 'Your access to these documents has ended.' },
  DOCUMENT_ACCESS_REVOKED: { code: 'FORBIDDEN', message: 'Your access to these documents was revoked.' },
  DOCUMENT_REQUESTS_RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'You have sent several requests in a short time. Please try again in {wait}.',
  },
  DOCUMENT_REQUEST_ALREADY_DECIDED: { code: 'CONFLICT', message: 'This request was already decided.' },
  DOCUMENT_REQUEST_LINK_USED: {
    code: 'NOT_FOUND',
    message: 'This confirmation link has expired or was already used. Request the documents again to get a new one.',
  },
  DOCUMENT_REQUEST_UNVERIFIED: {
    code: 'CONFLICT',
    message: 'The requester has not confirmed their email address yet.',
  },
  VIEWER_LINK_RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'Too many requests from your network. Please try again in {wait}.',
  },
  VIEWER_LINK_USED: {
    code: 'NOT_FOUND',
    message: 'This link has expired or was already used. Ask for a new link from the documents page.',
  },
  // ip-access
  BREAK_GLASS_NO_SUCH_SLUG: { code: 'NOT_FOUND', message: 'No organization has the slug “{slug}”.' },
  IP_ACCESS_REFUSED_API: {
    code: 'FORBIDDEN',
    message:
      '{organization} does not allow API requests from {ip}. Ask an administrator of {organization} to add it to the API allowlist.',
  },
  IP_ACCESS_REFUSED_PANEL: {
    code: 'FORBIDDEN',
    message:
      '{organization} allows its account to be used only from approved addresses, and this request came from {ip}. Ask an administrator of {organization} to add it.',
  },
  IP_ACCESS_REFUSED_SMTP: {
    code: 'FORBIDDEN',
    message:
      '{organization} does not allow this from {ip}. Ask an administrator of {organization} to add it to the SMTP allowlist.',
  },
  IP_IMPORT_LINES_INVALID: { code: 'VALIDATION', message: 'Some lines need attention; nothing was saved.' },
  IP_IMPORT_STALE: {
    code: 'CONFLICT',
    message:
      'The IP access lists changed since you previewed this import. Preview it again to see what it would change now.',
  },
  IP_LIST_EMPTY_CANNOT_ENABLE: {
    code: 'VALIDATION',
    message: 'The {list} list is empty: turning it on would refuse everyone. Add at least one address first.',
  },
  IP_LIST_ENABLED_EMPTY: {
    code: 'VALIDATION',
    message: 'An enabled list with no addresses would refuse everyone. Add at least one address, or turn the list off.',
  },
  IP_LIST_TOO_LONG: {
    code: 'VALIDATION',
    message: 'A list holds at most {max} entries; this one would have {count}. Merge addresses into wider ranges.',
  },
  IP_RULE_LAST_OF_ENABLED_LIST: {
    code: 'VALIDATION',
    message:
      'This is the last address of a list that is on: removing it would refuse everyone. Turn the list off first, or add another address.',
  },
  IP_RULE_NOT_FOUND: {
    code: 'NOT_FOUND',
    message: 'That address is no longer in the list. Reload to see the current list.',
  },
  // mail
  OUTBOX_NOT_LOCAL: { code: 'NOT_FOUND', message: 'Emails are sent through SMTP: there is no local outbox.' },
  // mfa
  MFA_LAST_REQUIRED_FACTOR: {
    code: 'CONFLICT',
    message:
      'Your organization requires two-factor authentication, and this is your last second factor. Add another authenticator app or passkey first, then remove {what}.',
  },
  MFA_LAST_REQUIRED_PASSKEY: {
    code: 'CONFLICT',
    message:
      'Your organization requires a passkey or security key, and this is your last one. Add another passkey first, then remove this one.',
  },
  PASSKEY_ALREADY_REGISTERED: { code: 'CONFLICT', message: 'This passkey is already registered.' },
  PASSKEY_CHALLENGE_EXPIRED: {
    code: 'VALIDATION',
    message: 'This request expired or was already used. Please try again.',
  },
  PASSKEY_NONE_REGISTERED: { code: 'NOT_FOUND', message: 'No passkey or security key is registered for this account.' },
  PASSKEY_NOT_FOUND: { code: 'NOT_FOUND', message: 'That passkey does not exist or was already removed.' },
  PASSKEY_REGISTRATION_FAILED: { code: 'VALIDATION', message: 'Your passkey could not be verified. Please try again.' },
  PASSKEY_SIGN_IN_FAILED: {
    code: 'UNAUTHENTICATED',
    message: 'That passkey could not sign you in. Try again, or sign in with your password.',
  },
  RECOVERY_CODES_NEED_FACTOR: {
    code: 'CONFLICT',
    message: 'Set up an authenticator app or a passkey first; recovery codes come with it.',
  },
  SECOND_FACTOR_PASSKEY_FAILED: {
    code: 'VALIDATION',
    message: 'Your passkey or security key could not be verified. Try again, or use another method.',
  },
  SIGN_IN_EXPIRED: {
    code: 'UNAUTHENTICATED',
    message: 'This sign-in has expired. Please sign in again with your password.',
  },
  TOTP_ALREADY_CONFIRMED: { code: 'CONFLICT', message: 'Your authenticator app is already set up.' },
  TOTP_ALREADY_SET_UP: {
    code: 'CONFLICT',
    message: 'An authenticator app is already set up. Remove it first if you want to replace it.',
  },
  TOTP_NOT_SET_UP: { code: 'NOT_FOUND', message: 'No authenticator app is set up.' },
  TOTP_SETUP_EXPIRED: { code: 'VALIDATION', message: 'This setup has expired. Start again to get a new QR code.' },
  TWO_FACTOR_MEMBER_NOT_FOUND: { code: 'NOT_FOUND', message: 'That member does not exist in your organization.' },
  TWO_FACTOR_NOTHING_TO_RESET: { code: 'CONFLICT', message: '{name} has no two-factor authentication to reset.' },
  TWO_FACTOR_RESET_OWNER_BY_NON_OWNER: {
    code: 'FORBIDDEN',
    message: 'Only an owner can reset the two-factor authentication of an owner.',
  },
  TWO_FACTOR_RESET_SELF: {
    code: 'FORBIDDEN',
    message:
      'You cannot reset your own two-factor authentication. Sign in with a recovery code, then change your factors on your security page.',
  },
  WRONG_CODES_RATE_LIMITED: { code: 'RATE_LIMITED', message: 'Too many wrong codes. Try again in {wait}.' },
  // notifications
  NOTIFICATION_MANDATORY: {
    code: 'VALIDATION',
    message: '“{label}” is a security notification and cannot be turned off.',
  },
  NOTIFICATION_NOT_FOUND: { code: 'NOT_FOUND', message: 'That notification does not exist.' },
  NOTIFICATION_UNKNOWN: { code: 'VALIDATION', message: 'Unknown notification “{event}”.' },
  // questionnaires (issue 17: the questionnaire autopilot, lib/questionnaires)
  QUESTIONNAIRE_FILE_EMPTY: { code: 'VALIDATION', message: 'The file is empty. Choose the questionnaire file.' },
  QUESTIONNAIRE_FILE_TOO_LARGE: {
    code: 'VALIDATION',
    message: 'The file is larger than {limit}. Split the questionnaire, or remove sheets that hold no questions.',
  },
  QUESTIONNAIRE_UNPACKS_TOO_LARGE: {
    code: 'VALIDATION',
    message:
      'This workbook unpacks to more than {limit} of data, more than a questionnaire needs. Remove the sheets that hold no questions and upload it again.',
  },
  QUESTIONNAIRE_TOO_MANY_ROWS: {
    code: 'VALIDATION',
    message: 'The sheet “{sheet}” has {rows} rows; a questionnaire can have up to {max}. Split it into several files.',
  },
  QUESTIONNAIRE_ENCRYPTED: {
    code: 'VALIDATION',
    message:
      'This workbook is password-protected (encrypted) or in the old Excel 97–2003 format (.xls), so it cannot be read. Remove the password or save it as an Excel workbook (.xlsx), then upload it again.',
  },
  QUESTIONNAIRE_MACROS: {
    code: 'VALIDATION',
    message:
      'This workbook contains macros (.xlsm), which are never accepted. Save it as an Excel workbook (.xlsx) without macros and upload that.',
  },
  QUESTIONNAIRE_NOT_SPREADSHEET: {
    code: 'VALIDATION',
    message: 'This file is not a spreadsheet. Upload an Excel workbook (.xlsx) or a CSV file.',
  },
  QUESTIONNAIRE_UNREADABLE: {
    code: 'VALIDATION',
    message:
      'This workbook could not be read; it may be damaged. Open it in your spreadsheet program, save it as .xlsx again and upload that.',
  },
  QUESTIONNAIRE_ALL_SHEETS_EMPTY: {
    code: 'VALIDATION',
    message: 'Every sheet of this file is empty: there are no questions to answer.',
  },
  QUESTIONNAIRE_SHEET_EMPTY: {
    code: 'VALIDATION',
    message: 'The sheet “{sheet}” is empty: choose the sheet that holds the questions.',
  },
  QUESTIONNAIRE_SHEET_UNKNOWN: { code: 'VALIDATION', message: 'The workbook has no sheet named “{sheet}”.' },
  QUESTIONNAIRE_NO_QUESTIONS: {
    code: 'VALIDATION',
    message: 'Column {column} of “{sheet}” holds no questions below row {row}: choose the column with the questions.',
  },
  QUESTIONNAIRE_COLUMNS_CLASH: {
    code: 'VALIDATION',
    message: 'The questions, the answers and the comments must each be in a different column.',
  },
  QUESTIONNAIRE_NOT_PROCESSED: {
    code: 'CONFLICT',
    message: 'This questionnaire has not been processed yet: confirm its sheet and columns first.',
  },
  QUESTIONNAIRE_ROW_NO_ANSWER: {
    code: 'CONFLICT',
    message: 'This question has no answer to accept yet: write one, or mark it for an expert.',
  },
  QUESTIONNAIRE_ROW_NOT_EDITED: {
    code: 'CONFLICT',
    message: 'Only an answer you edited can be sent to the library: the suggestion already comes from it.',
  },
  QUESTIONNAIRE_ASSIGNEE_NOT_STAFF: {
    code: 'VALIDATION',
    message: 'Choose a colleague from the list: rows can be assigned to staff who edit content.',
  },
  // roles
  ROLE_ABOVE_ACTOR_MOVE: {
    code: 'FORBIDDEN',
    message: 'You cannot move people to {role}: it includes rights you do not have.',
  },
  ROLE_CHOICE_GONE: {
    code: 'NOT_FOUND',
    message: 'That role does not exist. Reload the page to see the current roles.',
  },
  ROLE_DELETE_SELF_ESCALATION: {
    code: 'FORBIDDEN',
    message: 'You hold this role: moving its members to a role with more rights would raise your own.',
  },
  ROLE_IN_USE: {
    code: 'CONFLICT',
    message:
      '{name} is in use: choose a role for its {members} member(s) and {invitations} pending invitation(s) first.',
  },
  ROLE_NOT_FOUND: { code: 'NOT_FOUND', message: 'That role does not exist.' },
  ROLE_PERMISSIONS_ABOVE_ACTOR: {
    code: 'FORBIDDEN',
    message: 'You cannot put rights you do not have into a role: {permissions}.',
  },
  ROLE_UPDATE_SELF_ESCALATION: {
    code: 'FORBIDDEN',
    message: 'You cannot add permissions to a role you hold yourself.',
  },
  // security
  TOO_MANY_ATTEMPTS: { code: 'RATE_LIMITED', message: 'Too many attempts. Try again in {wait}.' },
  // setup
  SETUP_ACCOUNT_EXISTS: { code: 'CONFLICT', message: 'An account with this email address already exists.' },
  SETUP_ALREADY_DONE: { code: 'NOT_FOUND', message: 'The first-run setup is already complete. Sign in instead.' },
  SETUP_RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'Too many setup attempts from your address. Try again in {wait}.',
  },
  SETUP_TOKEN_EXPIRED: {
    code: 'VALIDATION',
    message:
      'That setup token has expired (tokens work for {hours} hours). Restart the server or run npm run setup for a new one.',
  },
  SETUP_TOKEN_UNKNOWN: {
    code: 'VALIDATION',
    message:
      'That setup token is not right. Copy it again from the server log (the line “First-run setup token”), or run npm run setup for a new one.',
  },
  SETUP_TOKEN_USED: {
    code: 'VALIDATION',
    message:
      'That setup token has already been used. Each token works once; restart the server or run npm run setup for a new one.',
  },
  // signup
  SIGNUP_ACCOUNT_EXISTS: {
    code: 'CONFLICT',
    message: 'An account already exists for this address. Sign in instead, or reset your password if you forgot it.',
  },
  SIGNUP_CLOSED: {
    code: 'FORBIDDEN',
    message: 'Sign-up is closed. Ask the administrator of your organization to invite you.',
  },
  SIGNUP_DOMAIN_NOT_ALLOWED: {
    code: 'VALIDATION',
    message: 'Sign-up is open only to addresses at {domains}. Use your work address, or ask to be invited.',
  },
  SIGNUP_LINK_DOMAIN_NOT_ALLOWED: {
    code: 'FORBIDDEN',
    message: 'Sign-up is open only to addresses at {domains}. Use your work address, or ask to be invited.',
  },
  SIGNUP_LINK_EXPIRED: {
    code: 'VALIDATION',
    message: 'This sign-up link has expired (links work for 30 minutes). Ask for a new one.',
  },
  SIGNUP_LINK_UNKNOWN: {
    code: 'VALIDATION',
    message:
      'This sign-up link is not valid. Check that you opened the whole link from the email, or ask for a new one.',
  },
  SIGNUP_LINK_USED: {
    code: 'VALIDATION',
    message: 'This sign-up link was already used. Sign in with the account it created, or ask for a new link.',
  },
  SIGN_UP_RATE_LIMITED: { code: 'RATE_LIMITED', message: 'Too many sign-up requests. Try again in {wait}.' },
  // studio
  DRAFT_CHANGED_BY_OTHER: {
    code: 'CONFLICT',
    message: '{name} changed this page while you were editing. Compare your text with theirs, then save again.',
  },
  DRAFT_GONE_WHILE_EDITING: {
    code: 'CONFLICT',
    message:
      'The draft was published or discarded while you were editing. Compare your text with the current page, then save again.',
  },
  PAGE_LINKED_FROM_OTHERS: {
    code: 'VALIDATION',
    message:
      'Other pages link to this page: {files}. Change those links first (edit, review and publish them), then try again.',
  },
  PAGE_NEVER_PUBLISHED: {
    code: 'VALIDATION',
    message: 'This page has never been published: its draft is its only text. Delete the page instead.',
  },
  PAGE_NO_DRAFT: { code: 'NOT_FOUND', message: 'This page has no draft to discard.' },
  PAGE_ORDER_STALE: { code: 'VALIDATION', message: 'The list of pages is out of date: reload and try again.' },
  PUBLISH_ALREADY_PUBLISHED: { code: 'VALIDATION', message: 'This revision is already published.' },
  PUBLISH_FOUR_EYES: {
    code: 'VALIDATION',
    message:
      'Four-eyes publishing is on: you wrote every change in this revision, so a colleague with publishing rights must publish it.',
  },
  PUBLISH_NEEDS_PERMISSION: { code: 'VALIDATION', message: 'Publishing needs the content:publish permission.' },
  PUBLISH_NOT_APPROVED: { code: 'VALIDATION', message: 'The reviewer has not approved this revision yet.' },
  PUBLISH_SCHEDULED: {
    code: 'VALIDATION',
    message: 'This revision is scheduled for publication; cancel the schedule to publish it now.',
  },
  PUBLISH_WITHDRAWN: { code: 'VALIDATION', message: 'This review was withdrawn.' },
  REVIEW_ALREADY_CLOSED: { code: 'VALIDATION', message: 'This review is already closed.' },
  REVIEW_ALREADY_OPEN: {
    code: 'VALIDATION',
    message: 'This page already has an open review. Withdraw it first, or wait until it is decided.',
  },
  REVIEW_ALREADY_PUBLISHED: { code: 'VALIDATION', message: 'Too late: this revision has already been published.' },
  REVIEW_CHANGED: {
    code: 'CONFLICT',
    message: 'This review changed in the meantime. Reload to see its current state.',
  },
  REVIEW_CLOSED_FOR_COMMENTS: {
    code: 'VALIDATION',
    message: 'This review is closed: comments are no longer possible.',
  },
  REVIEW_DECIDE_NOT_REVIEWER: {
    code: 'VALIDATION',
    message: 'Only the reviewer this review was assigned to can approve it or request changes.',
  },
  REVIEW_DRAFT_UNCHANGED: {
    code: 'VALIDATION',
    message: 'The draft is the same as the published page: there is nothing to review.',
  },
  REVIEW_NOT_PENDING: { code: 'VALIDATION', message: 'This review is no longer waiting for a decision.' },
  REVIEW_NOT_SCHEDULED: { code: 'VALIDATION', message: 'This revision is not scheduled.' },
  REVIEW_NO_DRAFT: {
    code: 'VALIDATION',
    message: 'There is nothing to review: edit the page first, then request a review.',
  },
  REVIEW_NO_LONGER_FITS: {
    code: 'VALIDATION',
    message: 'This revision no longer fits the published site: fix the problems in a new draft.',
  },
  REVIEW_PAGE_HAS_PROBLEMS: {
    code: 'VALIDATION',
    message: 'The page has {problems} to fix before it can be reviewed.',
  },
  REVIEW_SCHEDULED: {
    code: 'VALIDATION',
    message: 'This revision is scheduled for publication: cancel the schedule first.',
  },
  REVIEW_SUPERSEDED: {
    code: 'VALIDATION',
    message:
      'A newer revision ({number}) was published since this one was reviewed. Start from the current page and request a new review.',
  },
  REVIEW_WITHDRAW_NOT_REQUESTER: {
    code: 'FORBIDDEN',
    message: 'Only the person who requested this review can withdraw it.',
  },
  SECTION_INDEX_PAGE_FIXED: { code: 'VALIDATION', message: "A section's own page cannot be {what}." },
  SITE_WOULD_BREAK: { code: 'VALIDATION', message: 'This change would break the trust center: {problems}' },
  // studio: translations (issue 18)
  TRANSLATION_PLACE_FIXED: {
    code: 'VALIDATION',
    message:
      "A translation's address, section, order and visibility are its page's: change them on the default-language page.",
  },
  TRANSLATION_LOCALE_UNKNOWN: {
    code: 'VALIDATION',
    message: 'The trust center is not configured for the language "{locale}" (CONTENT_LOCALES: {locales}).',
  },
  TRANSLATION_SOURCE_UNPUBLISHED: {
    code: 'VALIDATION',
    message: 'Publish the page in the default language first: a translation is made from its published text.',
  },
  TRANSLATION_OF_TRANSLATION: {
    code: 'VALIDATION',
    message: 'This page is itself a translation: start translations from the default-language page.',
  },
  TRANSLATION_ALREADY_CURRENT: {
    code: 'VALIDATION',
    message: 'This translation is already made from the source page as published now (revision {number}).',
  },
  // subprocessors
  NOTICE_SUBSCRIPTION_LINK_EXPIRED: {
    code: 'VALIDATION',
    message: 'This confirmation link has expired (links work for {hours} hours). Subscribe again to get a new one.',
  },
  NOTICE_SUBSCRIPTION_LINK_INVALID: {
    code: 'VALIDATION',
    message: 'This confirmation link is not valid or was already used. Subscribe again to get a new one.',
  },
  NOTICE_SUBSCRIPTION_RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'Too many subscription requests from your network. Please try again in {wait}.',
  },
  NOTICE_UNSUBSCRIBE_LINK_INVALID: {
    code: 'VALIDATION',
    message: 'This unsubscribe link is not valid. Open the link from the email again.',
  },
  OBJECTION_ALREADY_FILED: {
    code: 'CONFLICT',
    message: 'Your organization has already filed an objection to notice #{number}.',
  },
  OBJECTION_NOT_FOUND: { code: 'NOT_FOUND', message: 'That objection does not exist. Reload to see the current list.' },
  OBJECTION_PERIOD_OVER: {
    code: 'VALIDATION',
    message:
      'The objection period for notice #{number} ended on {deadline}. Contact your {brand} representative instead.',
  },
  OBJECTION_STATUS_UNCHANGED: { code: 'CONFLICT', message: 'That objection is already marked {status}.' },
  SUBPROCESSOR_CHANGE_EMPTY: { code: 'VALIDATION', message: 'This change changes nothing in the register.' },
  SUBPROCESSOR_CHANGE_OVERLAPS: {
    code: 'VALIDATION',
    message: 'This change overlaps a change that is already published.',
  },
  SUBPROCESSOR_DRAFT_GONE: {
    code: 'NOT_FOUND',
    message: 'This draft no longer exists: it was published or discarded.',
  },
  SUBPROCESSOR_DRAFT_SAVED_BY_OTHER: {
    code: 'CONFLICT',
    message:
      'Someone saved this draft after you opened it (version {version}, {savedAt} UTC). Reload to see their version.',
  },
  SUBPROCESSOR_EFFECTIVE_DATE_TOO_SOON: {
    code: 'VALIDATION',
    message: "The effective date must be on or after {earliest}: customers get at least {days} days' notice to object.",
  },
  SUBPROCESSOR_EXPORT_DATE_INVALID: {
    code: 'VALIDATION',
    message: 'as_of must be a date such as 2026-01-31 (YYYY-MM-DD).',
  },
  SUBPROCESSOR_NOTICE_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no published notice with that number.' },
  SUBPROCESSOR_OPERATIONS_DO_NOT_FIT: {
    code: 'VALIDATION',
    message: 'Some operations do not fit the register on the effective date.',
  },
  // support-access
  NOT_A_SUPPORT_SESSION: { code: 'CONFLICT', message: 'This is not a support session.' },
  ROLE_ABOVE_ACTOR_GRANT: {
    code: 'FORBIDDEN',
    message: 'You cannot grant {role}: it includes rights you do not have.',
  },
  SUPPORT_GRANTEE_NOT_SUPPORT: { code: 'NOT_FOUND', message: 'That person is not on the support team.' },
  SUPPORT_GRANT_ALREADY_REVOKED: { code: 'CONFLICT', message: 'That grant was already revoked.' },
  SUPPORT_GRANT_BY_SUPPORT: { code: 'FORBIDDEN', message: 'Support staff cannot grant support access.' },
  SUPPORT_GRANT_CUSTOMERS_ONLY: { code: 'VALIDATION', message: 'Only customer organizations grant support access.' },
  SUPPORT_GRANT_ENDED: { code: 'NOT_FOUND', message: 'That support grant does not exist or has ended.' },
  SUPPORT_GRANT_NOT_FOUND: { code: 'NOT_FOUND', message: 'That support grant does not exist.' },
  // users
  INVITATIONS_RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'You sent many invitations in a short time. Try again in {wait}.',
  },
  INVITATION_ACCOUNT_EXISTS: {
    code: 'CONFLICT',
    message: 'An account for {email} already exists. Sign in to accept the invitation.',
  },
  INVITATION_ALREADY_ACCEPTED: { code: 'CONFLICT', message: 'That invitation was already accepted.' },
  INVITATION_ALREADY_CLOSED: { code: 'CONFLICT', message: 'That invitation was already accepted or revoked.' },
  INVITATION_ALREADY_MEMBER: { code: 'CONFLICT', message: 'You are already a member of {organization}.' },
  INVITATION_FOR_OTHER_EMAIL: {
    code: 'FORBIDDEN',
    message:
      'This invitation is for {invited}, but you are signed in as {signedIn}. Sign out, then open the link again.',
  },
  INVITATION_IN_SUPPORT_SESSION: {
    code: 'FORBIDDEN',
    message: 'Leave the support session before accepting an invitation.',
  },
  INVITATION_LINK_INVALID: {
    code: 'VALIDATION',
    message: 'This invitation link is invalid, expired or already used. Ask for a new invitation.',
  },
  INVITATION_NOT_FOUND: { code: 'NOT_FOUND', message: 'That invitation does not exist.' },
  INVITATION_REVOKED: { code: 'CONFLICT', message: 'That invitation was revoked. Invite the person again instead.' },
  INVITATION_ROLE_GONE: {
    code: 'CONFLICT',
    message: 'The role of this invitation no longer exists. Ask for a new invitation.',
  },
  INVITEE_ALREADY_INVITED: {
    code: 'CONFLICT',
    message: 'That person already has a pending invitation. Resend it from the list instead.',
  },
  INVITEE_ALREADY_MEMBER: { code: 'CONFLICT', message: 'That person is already a member of this organization.' },
  LAST_OWNER: {
    code: 'FORBIDDEN',
    message:
      '{name} is the only owner of {organization}. Make someone else an owner first (transfer ownership), then try again.',
  },
  MEMBER_CHANGE_SELF: { code: 'FORBIDDEN', message: 'You cannot {verb} yourself. Ask another administrator.' },
  MEMBER_NOT_FOUND: { code: 'NOT_FOUND', message: 'That user is not a member of this organization.' },
  MEMBER_OUTRANKS_ACTOR: {
    code: 'FORBIDDEN',
    message: '{name} has rights you do not have ({role}), so only an owner can change them.',
  },
  NOT_A_MEMBER_OF_ORGANIZATION: { code: 'NOT_FOUND', message: 'You are not a member of that organization.' },
  OWNERSHIP_ALREADY_OWNER: { code: 'VALIDATION', message: 'You are already an owner. Choose someone else.' },
  OWNERSHIP_TARGET_DEACTIVATED: {
    code: 'CONFLICT',
    message: '{name} is deactivated. Reactivate them before making them the owner.',
  },
  OWNERSHIP_TRANSFER_OWNER_ONLY: { code: 'FORBIDDEN', message: 'Only an owner can transfer ownership.' },
  ROLE_ABOVE_ACTOR_ASSIGN: {
    code: 'FORBIDDEN',
    message: 'You cannot give the role {role}: it includes rights you do not have.',
  },
  ROLE_ABOVE_ACTOR_INVITE: {
    code: 'FORBIDDEN',
    message: 'You cannot invite someone as {role}: it includes rights you do not have.',
  },
  ROLE_SELF_ESCALATION: {
    code: 'FORBIDDEN',
    message: 'You cannot raise your own role. Ask another administrator or an owner.',
  },
  SUPPORT_SESSION_LEAVE_FIRST: { code: 'FORBIDDEN', message: 'Leave the support session first.' },
  // validation
  FORM_UNREADABLE: { code: 'VALIDATION', message: 'This form could not be read. Reload the page and send it again.' },
  // webhooks
  WEBHOOK_ALREADY_DISABLED: { code: 'CONFLICT', message: 'That endpoint is already disabled.' },
  WEBHOOK_ALREADY_ENABLED: { code: 'CONFLICT', message: 'That endpoint is already enabled.' },
  WEBHOOK_DISABLED: { code: 'CONFLICT', message: 'This endpoint is disabled. Enable it to send a test event.' },
  WEBHOOK_LIMIT_REACHED: {
    code: 'CONFLICT',
    message: 'An organization can register up to {max} endpoints. Delete one you no longer use first.',
  },
  WEBHOOK_NOT_FOUND: {
    code: 'NOT_FOUND',
    message: 'That webhook endpoint does not exist. Reload to see the current endpoints.',
  },
  // answers (issue 17: the answer library and Ask)
  ANSWER_ASK_RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'You have asked several questions in a short time. Please try again in {wait}.',
  },
  ANSWER_CHANGED: {
    code: 'CONFLICT',
    message: 'Someone else changed this answer just now. Reload the page to see its current state.',
  },
  ANSWER_NOT_IN_REVIEW: {
    code: 'CONFLICT',
    message: 'Only a revision in review can be published. Send the draft for review first.',
  },
  ANSWER_NOT_A_DRAFT: { code: 'CONFLICT', message: 'Only a draft can be sent for review.' },
  ANSWER_PUBLISH_FOUR_EYES: {
    code: 'FORBIDDEN',
    message: 'Four-eyes publishing is on: a colleague with publishing rights must publish an answer only you wrote.',
  },
  ANSWER_PUBLISH_NEEDS_PERMISSION: {
    code: 'FORBIDDEN',
    message: 'Publishing an answer needs the content:publish permission. Ask a colleague who can publish.',
  },
  ANSWER_SLUG_TAKEN: { code: 'CONFLICT', message: 'Another entry already uses the slug {slug}. Choose another.' },
  ASKED_QUESTION_DECIDED: { code: 'CONFLICT', message: 'This question has already been {status}.' },
  // oidc and single sign-on (issue 19): each one ends on the sign-in page and says what to do
  OIDC_ISSUER_INVALID: {
    code: 'VALIDATION',
    message: 'Enter the issuer URL of your identity provider, such as https://login.example.com.',
  },
  OIDC_ISSUER_INSECURE: { code: 'VALIDATION', message: 'The issuer URL must start with https://.' },
  OIDC_DISCOVERY_FAILED: {
    code: 'UNAVAILABLE',
    message:
      'The identity provider at {issuer} did not answer with a valid OpenID configuration. Check the issuer URL: {issuer}/.well-known/openid-configuration must open.',
  },
  OIDC_IDP_UNREACHABLE: {
    code: 'UNAVAILABLE',
    message:
      'Your identity provider could not be reached. Try again in a few minutes; if it keeps happening, ask your administrator to check the single sign-on connection.',
  },
  OIDC_IDP_TIMEOUT: {
    code: 'UNAVAILABLE',
    message:
      'Your identity provider did not answer within {seconds} seconds. Try again in a few minutes; if it keeps happening, ask your administrator to check the single sign-on connection.',
  },
  OIDC_FLOW_UNKNOWN: {
    code: 'UNAUTHENTICATED',
    message:
      'This sign-in has expired, was already completed, or was started in another browser. Start again from the sign-in page.',
  },
  OIDC_CODE_REJECTED: {
    code: 'UNAUTHENTICATED',
    message:
      'Your identity provider refused to finish this sign-in (its one-time code was already used or has expired). Start again from the sign-in page.',
  },
  OIDC_NONCE_MISMATCH: {
    code: 'UNAUTHENTICATED',
    message:
      'The answer from your identity provider did not belong to this sign-in, so it was refused. Start again from the sign-in page.',
  },
  OIDC_TOKEN_INVALID: {
    code: 'UNAUTHENTICATED',
    message:
      'The identity token from your identity provider was refused ({detail}). Start again; if it keeps happening, ask your administrator to check the single sign-on connection.',
  },
  OIDC_EMAIL_MISSING: {
    code: 'UNAUTHENTICATED',
    message:
      'Your identity provider did not share your email address. Ask your administrator to release the email claim to this application.',
  },
  OIDC_EMAIL_UNVERIFIED: {
    code: 'UNAUTHENTICATED',
    message:
      'Your identity provider has not verified the email address {email}. Verify it there (or ask your IT team), then sign in again.',
  },
  SSO_REQUIRED: {
    code: 'FORBIDDEN',
    message:
      '{organization} signs its members in through single sign-on. Enter your email on the sign-in page and choose “Continue with {organization} SSO”.',
  },
  SSO_EMAIL_OUTSIDE_DOMAINS: {
    code: 'UNAUTHENTICATED',
    message:
      'Your identity provider signed you in as {email}, which is not an address of {organization}. Sign in at your identity provider with your {organization} account, then try again.',
  },
  SSO_NOT_A_MEMBER: {
    code: 'UNAUTHENTICATED',
    message:
      '{email} is not a member of {organization} here yet. Ask an administrator of {organization} to invite you, then sign in again.',
  },
  SSO_REAUTH_OTHER_ACCOUNT: {
    code: 'UNAUTHENTICATED',
    message:
      'Your identity provider confirmed {email}, not the account signed in here. Sign in there with your own account and confirm again.',
  },
  SSO_REAUTH_NOT_FRESH: {
    code: 'UNAUTHENTICATED',
    message:
      'Your identity provider did not ask you to sign in again, so it could not confirm it is you. Try again; if it keeps happening, ask your administrator (the identity provider must honour prompt=login).',
  },
  SSO_NOT_CONFIGURED: {
    code: 'NOT_FOUND',
    message:
      'Single sign-on is not set up for this address any more. Sign in with your password, or ask your administrator.',
  },
  SSO_CONNECTION_MISSING: {
    code: 'CONFLICT',
    message: 'Save the identity provider connection first.',
  },
  SSO_DOMAIN_TAKEN: {
    code: 'CONFLICT',
    message:
      '{domain} is already claimed by another organization. If it belongs to you, ask the vendor’s support team to review the claim.',
  },
  SSO_DOMAIN_ALREADY_OURS: { code: 'CONFLICT', message: '{domain} is already on your list.' },
  SSO_DOMAIN_PUBLIC: {
    code: 'VALIDATION',
    message: '{domain} is a public email provider: nobody can claim it. Enter your organization’s own domain.',
  },
  SSO_DOMAIN_TXT_MISSING: {
    code: 'CONFLICT',
    message:
      'No TXT record with the expected value was found at {name}. Add it at your DNS provider (it may take a few minutes to appear), then check again.',
  },
  SSO_DNS_UNAVAILABLE: {
    code: 'UNAVAILABLE',
    message: 'The DNS lookup for {domain} failed. Try again in a few minutes.',
  },
  SSO_REQUIRE_NEEDS_DOMAIN: {
    code: 'CONFLICT',
    message: 'Require SSO needs a saved connection and at least one verified domain, so members have a way in.',
  },
  SSO_BREAK_GLASS_LAST: {
    code: 'CONFLICT',
    message:
      'At least one owner must keep password sign-in while Require SSO is on, in case the identity provider is unavailable. Mark another owner as break-glass first.',
  },
  SSO_BREAK_GLASS_OWNER_ONLY: { code: 'VALIDATION', message: 'Only owners can be break-glass accounts.' },
  SSO_REMOVE_WHILE_REQUIRED: {
    code: 'CONFLICT',
    message: 'Stop requiring SSO before removing the connection, so members can still sign in.',
  },
  OIDC_IDP_REFUSED: {
    code: 'UNAUTHENTICATED',
    message:
      'Your identity provider did not sign you in ({error}). If you cancelled, start again; if your account there is disabled, contact your IT team.',
  },
  // document viewers confirming their email with a work account (issue 19, item 4): shown on the request page
  VIEWER_SSO_EXPIRED: {
    code: 'UNAUTHENTICATED',
    message:
      'This confirmation with {provider} expired, was already used, or was started in another browser. Send the form again to start over.',
  },
  VIEWER_SSO_PERSONAL_ACCOUNT: {
    code: 'FORBIDDEN',
    message:
      '{provider} signed you in with a personal account. Documents are shared with work accounts only: send the form again and sign in with your work account, or confirm your work email with the emailed link.',
  },
  VIEWER_SSO_EMAIL_UNVERIFIED: {
    code: 'FORBIDDEN',
    message:
      '{provider} has not verified your email address. Send the form again and confirm your work email with the emailed link instead.',
  },
  VIEWER_SSO_EMAIL_MISMATCH: {
    code: 'FORBIDDEN',
    message:
      'You signed in with {provider} as another address than the one on your request. Send the form again with the address you sign in with, or confirm your work email with the emailed link.',
  },
  VIEWER_SSO_UNAVAILABLE: {
    code: 'UNAVAILABLE',
    message:
      '{provider} could not be reached or did not answer in time. Try again in a few minutes, or confirm your work email with the emailed link.',
  },
  VIEWER_SSO_REFUSED: {
    code: 'UNAUTHENTICATED',
    message:
      '{provider} did not confirm your email address, so your request was not sent. Send the form again, or confirm your work email with the emailed link.',
  },
} as const satisfies Record<string, { code: ErrorCode; message: string }>;

/** Words that fill a param of a message (translated with it). */
export const PHRASES = {
  UNKNOWN_ADDRESS: 'an unknown address',
} as const;

/** Every reason: a generic one per code (its message is the code's), plus the specific ones above. */
export type ErrorReason = ErrorCode | keyof typeof REASONS;

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
type MessageOf<R extends ErrorReason> = R extends keyof typeof REASONS ? (typeof REASONS)[R]['message'] : string;
/** The params a reason's message needs (`undefined` when it needs none). */
export type ReasonParams<R extends ErrorReason> = [Placeholders<MessageOf<R>>] extends [never]
  ? undefined
  : Record<Placeholders<MessageOf<R>>, string | number>;

export function isSpecificReason(reason: string): reason is keyof typeof REASONS {
  return Object.hasOwn(REASONS, reason);
}

export function codeOf(reason: ErrorReason): ErrorCode {
  return isSpecificReason(reason) ? REASONS[reason].code : reason;
}

/** The words for a reason: its template with each `{param}` filled in. */
export function formatReason(reason: ErrorReason, params?: Record<string, string | number>): string {
  return fillIn(isSpecificReason(reason) ? REASONS[reason].message : CODE_MESSAGES[reason], params);
}

function fillIn(template: string, params?: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params && name in params ? String(params[name]) : whole,
  );
}

/** What a form shows beside one field (beyond the zod schemas' own texts), by key. */
export const FIELD_MESSAGES = {
  ABUSE_ASSIGNEE_NOT_STAFF: 'Choose someone from the list: only staff who handle abuse reports can take one.',
  ACCOUNT_EXISTS: 'An account with this email address already exists.',
  ALREADY_INVITED: 'Already invited.',
  ALREADY_INVITED_RESEND: 'Already invited: resend the invitation from the list instead.',
  ALREADY_MEMBER: 'Already a member of this organization.',
  AUTO_APPROVE_DOMAIN_LISTED: 'This domain is already on the list.',
  CONFIRM_EMAIL: 'Type your email address ({email}) exactly, to confirm.',
  CONFIRM_SLUG: 'Type “{slug}” to confirm.',
  CURRENT_PASSWORD_WRONG: 'Your current password is not correct.',
  DATE_FORMAT: 'Enter a date such as 2026-01-31.',
  DOCUMENTS_UNAVAILABLE: 'Some of the chosen documents are no longer available: reload the page and choose again.',
  DOCUMENT_SLUG_RESERVED: 'That id is used by a page of the trust center; choose another.',
  DOCUMENT_SLUG_TAKEN: 'A document already has this id.',
  EMAIL_UNCHANGED: 'This is already your email address.',
  FILE_EMPTY: 'The file is empty.',
  FILE_REQUIRED: 'Choose the file to upload.',
  FILE_TOO_LARGE: 'The file is larger than the limit of {limit}.',
  GRANTEE_NOT_SUPPORT: 'Choose someone from the support team.',
  INVITATION_LINK_INVALID: 'This invitation link is invalid, expired or already used.',
  IP_RULE_DUPLICATE: '{address} is already in this list, labelled “{label}”.',
  NAME_REQUIRED: 'Enter your name.',
  NDA_CHANGED: 'The terms have changed since you opened this page: read the current version and accept it again.',
  NEW_PASSWORD_SAME: 'Choose a password different from your current one.',
  OVERVIEW_SINGLE_PAGE: 'The overview has only its own page: choose another section.',
  PAGE_SLUG_TAKEN: 'A page with this address already exists in the section.',
  PASSWORD_WRONG: 'That password is not correct.',
  PERMISSIONS_NOT_AVAILABLE: 'Not available in this organization: {permissions}.',
  PUBLISH_TIME_INVALID: 'Enter the publication time as a date and time.',
  RECOVERY_CODE_INVALID: 'That recovery code is not valid or was already used.',
  RESET_LINK_INVALID: 'This reset link is invalid, expired or already used.',
  REVIEWER_INVALID: 'Choose a colleague who edits content (not yourself).',
  ROLE_CHOOSE_FROM_LIST: 'Choose a role from the list.',
  ROLE_NAME_TAKEN: 'A role with this name already exists. Choose another name.',
  ROLE_NOT_FOUND: 'That role does not exist.',
  ROLE_REASSIGN_REQUIRED: 'Choose the role its members move to.',
  ROLE_REASSIGN_SAME: 'Choose a different role.',
  SECTION_UNKNOWN: 'There is no section "{section}".',
  SLUG_TAKEN: 'Already used by another organization.',
  SUBPROCESSOR_CHANGE_EMPTY: 'This change changes nothing in the register.',
  SUPPORT_DURATION_BOUNDS: 'Access lasts {bounds}.',
  SUPPORT_NOT_OWNER: 'Support staff cannot be given the Owner role.',
  TOTP_CODE_INVALID: 'That code is not valid. Enter the newest code from your authenticator app.',
  TOTP_SETUP_CODE_MISMATCH:
    'That code does not match. Check that the time on your phone is set automatically, then enter the newest code.',
  // answers (issue 17)
  ANSWER_OWNER_INVALID: 'Choose an owner from the vendor staff who edit content.',
  // single sign-on (issue 19)
  SSO_CLIENT_SECRET_REQUIRED: 'Enter the client secret.',
  SSO_DEFAULT_ROLE_INVALID: 'Choose a role you may give, other than Owner, for people who join through SSO.',
  // document viewers (issue 19)
  VIEWER_SSO_NO_CONNECTION:
    'Single sign-on is not set up for {domain}. Request the documents to get a confirmation link by email instead.',
  VIEWER_SSO_NOT_OFFERED:
    'This way of confirming your email is not offered. Request the documents to get a link by email.',
} as const satisfies Record<string, string>;

export type FieldMessageKey = keyof typeof FIELD_MESSAGES;
type FieldParams<K extends FieldMessageKey> = [Placeholders<(typeof FIELD_MESSAGES)[K]>] extends [never]
  ? []
  : [params: Record<Placeholders<(typeof FIELD_MESSAGES)[K]>, string | number>];

/** The words for one field's problem, params filled in (params are required exactly when it has some). */
export function fieldMessage<K extends FieldMessageKey>(key: K, ...[params]: FieldParams<K>): string {
  return fillIn(FIELD_MESSAGES[key], params);
}
