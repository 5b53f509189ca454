import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/content/site';

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
