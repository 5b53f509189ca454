// oidc-provider ships no type declarations; the harness uses a small, loosely typed part of it.
declare module 'oidc-provider' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const Provider: any;
  export default Provider;
}
