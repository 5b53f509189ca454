// Word forms for the answer matcher (issue 17): a light English stemmer and the words that carry no
// meaning in a questionnaire question. Applied identically to indexed text, questions and the vocabulary's
// own phrases, so "encrypted", "encryption" and "encrypts" meet, and "locked out" matches "lock out".
import { normalizeTerm } from '@/lib/content/search';

/** A conservative suffix stripper: plurals, -ing/-ed, a few derivations. Deterministic, no dictionary. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ch|sh|x|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  let stripped = false;
  for (const suffix of ['ing', 'ed']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && /[aeiouy]/.test(w.slice(0, -suffix.length))) {
      w = w.slice(0, -suffix.length);
      stripped = true;
      break;
    }
  }
  if (stripped && /([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  w = w
    .replace(/(?<=f)ication$/, 'y')
    .replace(/i[sz]ation$/, 'ize')
    .replace(/ational$/, 'ate')
    .replace(/ation$/, 'ate')
    .replace(/(?<=[pc])tion$/, 't')
    .replace(/(?<=[a-z]{3})ise$/, 'ize')
    .replace(/(?<=[a-z]{3})is$/, 'iz');
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * Words that only frame a questionnaire question, on top of the site search's stop words. They are
 * dropped on both sides, so an answer does not win by repeating "organisation" or "provide".
 */
const NOISE =
  'about above after again against all also any been before being both could did doing during each else ensure ' +
  'ensures ensured etc eg ie few further had having here however just more most must no nor not now ' +
  'only other ought own same shall should some such too under until upon very via were whether while within would ' +
  'please kindly describe describes explain provide provided provides detail details outline specify indicate ' +
  'acme organisation organization organisations organizations company companies firm vendor vendors supplier ' +
  'us me my mine ours yours one ones';

const isStopWord = (w: string): boolean => normalizeTerm(w) === null;
const STOP_STEMS = new Set(
  [
    ...NOISE.split(' '),
    ...'a an and are as at be but by can do does for from has have how i if in into is it its may of on or our so than that the their then there these this to was we what when where which who why will with you your'.split(
      ' ',
    ),
  ]
    .filter((w) => w)
    .flatMap((w) => [w, stem(w)]),
);

/** True for a (stemmed) word that says nothing about a question's subject. */
export const isNoise = (stemmed: string): boolean =>
  stemmed.length < 2 || STOP_STEMS.has(stemmed) || isStopWord(stemmed);
