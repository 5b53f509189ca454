import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/content/site';
import { languageName, localePath } from '@/lib/i18n/paths';

// /llms.txt (llmstxt.org): a plain-text map of the trust center for AI agents — what the site is, and
// every page with its one-line description, grouped by section.
export const dynamic = 'force-dynamic';

export async function GET() {
  const { brand, appUrl, securityContact, abuseEmail } = getConfig();
  const site = await getSite();
  const url = (route: string) => new URL(route, appUrl).toString();
  const out: string[] = [
    `# ${brand.name} Trust Center`,
    '',
    `> How ${brand.name} protects customer accounts, messages and personal data: security controls, certifications and audits, data protection, sub-processors, abuse prevention and a security FAQ with ${site.faqCount} answers.`,
    '',
    `Every page below is public. Security contact: ${securityContact.replace(/^mailto:/, '')}. Abuse reports: ${url('/report-abuse')} or ${abuseEmail}. Full-text search: ${url('/search')}?q=<words>.`,
  ];
  for (const section of site.nav) {
    out.push('', `## ${section.title}`, '');
    for (const route of section.pages.map((p) => p.route)) {
      const page = site.byRoute.get(route)!;
      out.push(`- [${page.title}](${url(page.route)}): ${page.description}`);
    }
  }
  // Every language: the same pages under the language's prefix (README "Languages"), with how many of
  // them are translated (the others show the default language's text).
  const { list, default: defaultLocale } = getConfig().locales;
  if (list.length > 1) {
    out.push('', '## Languages', '');
    for (const locale of list) {
      const localized = await getSite(locale);
      const visible = localized.pages.filter((p) => !p.hidden);
      const translated = visible.filter((p) => p.translation !== 'fallback').length;
      const home = url(localePath(locale, '/', { locales: list, defaultLocale }));
      out.push(
        locale === defaultLocale
          ? `- [${languageName(locale)}](${home}) (${locale}): the default language, every page`
          : `- [${languageName(locale)}](${home}) (${locale}): the same addresses under /${locale}/; ${translated} of ${visible.length} pages translated, the others in ${languageName(defaultLocale)}`,
      );
    }
  }
  out.push(
    '',
    '## Optional',
    '',
    `- [Sitemap](${url('/sitemap.xml')}): every public URL with its last update`,
    `- [security.txt](${url('/.well-known/security.txt')}): vulnerability disclosure contact`,
  );
  return new Response(`${out.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
}
