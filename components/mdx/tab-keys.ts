/** The WAI-ARIA tabs keys: the tab the key moves to from `index` of `count`, or undefined for other keys. */
export function tabIndexForKey(key: string, index: number, count: number): number | undefined {
  const last = count - 1;
  return { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[
    key
  ];
}
