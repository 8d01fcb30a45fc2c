/** The loader's `__CANDOR_VERSION__`, once TypeScript has compiled it (the plugin reads sources from disk). */
export function embedVersion(version) {
  return {
    name: 'candor-embed-version',
    transform: (code, id) =>
      id.endsWith('/packages/embed/src/candor.ts') ? code.replaceAll('__CANDOR_VERSION__', JSON.stringify(version)) : null,
  };
}
