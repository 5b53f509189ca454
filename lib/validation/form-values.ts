/** An empty or blank form field means "not given": for z.preprocess before optional fields. */
export const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
