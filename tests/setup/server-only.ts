// Stand-in for the `server-only` package under vitest (see vitest.config.ts). The real one throws
// unless imported from React Server Components; tests are server code by definition.
export {};
