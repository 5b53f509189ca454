import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import boundaries from './eslint-rules/boundaries.mjs';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-*/**',
      '.next*/**',
      '.data/**',
      '.test-data/**',
      'lib/generated/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Boundaries (docs/ARCHITECTURE.md): the domain never reaches up into the UI; components never reach
  // the database; client files never pull in server-only code; server actions live beside their route.
  // Proven rule by rule in tests/unit/lint-boundaries.test.ts.
  {
    plugins: { boundaries },
    rules: {
      'boundaries/no-server-only-in-client': 'error',
      'boundaries/server-actions-in-app': 'error',
    },
  },
  {
    files: ['components/**'],
    rules: { 'boundaries/no-data-access-in-components': 'error' },
  },
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/app', '@/app/*', '@/components', '@/components/*', '**/app/*', '**/components/*'],
              message: 'lib/ is the domain: it never imports app/ or components/ (pass data in, return DTOs).',
            },
          ],
        },
      ],
    },
  },
  // One form hook (issue 20): the re-authentication flow is an internal detail of useFormAction
  // (components/ui/use-form-action.ts); a component asks for it with useFormAction(action, { sudo }).
  {
    files: ['components/**', 'app/**'],
    ignores: ['components/ui/use-form-action.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/components/auth/use-sudo', '**/auth/use-sudo', './use-sudo'],
              message:
                'useSudo is internal to useFormAction: use useFormAction(action, { sudo }) and its run() for a button.',
            },
          ],
        },
      ],
    },
  },
];

export default config;
