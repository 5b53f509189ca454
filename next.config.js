// Baseline headers for everything proxy.ts does not reach (static assets); the per-request CSP with a
// nonce is set in proxy.ts because it must change on every response.
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Separate build folders let several builds (parallel work, CI) coexist in one checkout.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  // `npm test` type-checks the whole tree (tsc --noEmit) and lints as their own steps; the build does not repeat them.
  typescript: { ignoreBuildErrors: true },
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: {
    authInterrupts: true,
    // proxy.ts runs for every request, and Next buffers what it reads of a body only up to this size,
    // silently cutting the rest: it must hold the largest upload we accept (documents, questionnaires)
    // plus the multipart framing, or an allowed upload arrives truncated.
    proxyClientMaxBodySize: `${Math.max(Number(process.env.DOCUMENT_MAX_UPLOAD_MB) || 25, 10) + 1}mb`,
  },
  // Messages reach use-intl compiled (lib/i18n/messages.ts getCompiledMessages), so its format-only runtime
  // replaces intl-messageformat and its parser: 12 KiB gzip less in every page's first-load JavaScript.
  turbopack: {
    resolveAlias: { 'use-intl/format-message': 'use-intl/format-message/format-only' },
  },
  // Native/wasm packages are loaded from node_modules at run time instead of being bundled.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/adapter-pg',
    'pg',
    '@node-rs/argon2',
    'pino',
    'esbuild',
    'mdx-bundler',
  ],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
