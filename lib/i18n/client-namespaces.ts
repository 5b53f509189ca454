// The catalogue's parts that client components read (useTranslations): only these travel in every page's
// payload. A client component using another namespace gets English keys back; add its namespace here.
export const CLIENT_NAMESPACES = [
  'trust.language',
  'client',
  'search.dialog',
  'search.launcher',
  'search.launcherHidden',
] as const;
