/** The accessibility tests' cases: every state in both directions (en, ar) and both colour schemes. */
export const axeCases = <State extends string>(states: readonly State[]) =>
  states.flatMap((state) =>
    (['en', 'ar'] as const).flatMap((locale) => (['light', 'dark'] as const).map((scheme) => [state, locale, scheme] as const)),
  );
