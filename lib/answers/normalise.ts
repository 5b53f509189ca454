// Question normalisation for the answer matcher (issue 17): questionnaires wrap the same question in
// different frames ("Do you…", "Does the vendor…", "Please describe…", "A.1.2", "(Yes/No)"). The frame
// carries no meaning for retrieval, so it is removed before the question is matched, and the rest is
// lower-cased, accent-free and single-spaced. Pure: used by the matcher, scripts and unit tests.

/** Leading numbering: "A.1.2", "1.", "12)", "Q12:", "IAM-02.3", "DSP-01.1 -", "3.4.1.a". */
const NUMBERING =
  /^\s*(?:(?:[Qq](?:uestion)?\s*)?\d+(?:[.-]\d+)*[a-z]?[.):-]?|[A-Z]{1,4}[-.]\d+(?:[.-]\d+)*[a-z]?[.):-]?|[A-Za-z][.)]|\(\w{1,3}\))\s+/;

/** Answer-format hints questionnaires append: "(Yes/No)", "[Y/N]", "Yes / No / N/A". */
const HINTS = [
  /[([]\s*(?:yes|y)\s*\/\s*(?:no|n)(?:\s*\/\s*(?:n\/?a|partial|not applicable))*\s*[)\]]/gi,
  /\b(?:yes|y)\s*\/\s*(?:no|n)(?:\s*\/\s*(?:n\/?a|partial))*\s*$/i,
  /[([]\s*(?:please\s+)?(?:explain|describe|specify|provide details|if yes[^)\]]*|if no[^)\]]*|if so[^)\]]*|if applicable[^)\]]*)\s*[)\]]/gi,
];

/**
 * Frames removed from the start of a question, longest first, applied repeatedly ("Please describe
 * whether your organisation has…"). Lower-case, accent-free, as the text is when they are tried.
 */
const SUBJECT =
  '(?:you|your (?:organi[sz]ation|company|firm|business|team|service|product|platform|solution)|the (?:vendor|supplier|provider|service provider|third party|organi[sz]ation|company|service|platform|solution)|acme(?: mail)?|it|there|they|we)';
const FRAMES: RegExp[] = [
  /^(?:please|kindly)\s+/,
  /^(?:describe|explain|outline|summari[sz]e|detail|document|specify|state|indicate|list|identify|confirm|provide(?: (?:details|a description|an overview|evidence|information|documentation))?(?: (?:of|on|about|that|regarding))?)(?: (?:whether|if|how|that|what|the))?\s+/,
  /^(?:can|could|would|will) (?:you|the vendor|the supplier|your organi[sz]ation) (?:please )?(?:confirm|describe|explain|provide|state|share|indicate)(?: (?:whether|if|how|that|what))?\s+/,
  new RegExp(`^(?:do|does|did|is|are|was|were|has|have|can|could|will|would|should|must|shall) ${SUBJECT}\\s+`),
  /^(?:is|are) there\s+/,
  /^how (?:do|does|did|will|would|can) (?:you|your (?:organi[sz]ation|company)|the (?:vendor|supplier|provider|organi[sz]ation|company))\s+/,
  /^(?:what|which) (?:is|are) (?:your|the vendor'?s?|the supplier'?s?|the organi[sz]ation'?s?|the company'?s?)\s+/,
  /^(?:whether|if|that|how(?! (?:long|often|quickly|soon|fast|many|much)\b))\s+/,
  /^(?:is|are|was|were|do|does|did|has|have|can|could|will|would|should|shall|must|maintain|use|employ)\s+(?=\S+\s)/,
];

/** Words that frame a question anywhere in it and say nothing about its subject. */
const FILLER = /\b(?:please|kindly|currently|formally|clearly|appropriately|adequately)\b/g;

export function normaliseQuestion(q: string): string {
  let s = q
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  for (let i = 0; i < 3 && NUMBERING.test(s); i++) s = s.replace(NUMBERING, '');
  for (const hint of HINTS) s = s.replace(hint, ' ');
  s = s.toLowerCase().replace(/\s+/g, ' ').trim();
  // Trailing punctuation and a final "?" (or several, with spaces).
  s = s.replace(/[\s?!.:;,*]+$/g, '');
  for (let round = 0; round < 4; round++) {
    const before = s;
    for (const frame of FRAMES) s = s.replace(frame, '');
    if (s === before) break;
  }
  s = s.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  // A question that was nothing but a frame keeps its words rather than becoming empty.
  return s || q.toLowerCase().replace(/\s+/g, ' ').trim();
}
