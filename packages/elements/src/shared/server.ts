/**
 * True while rendering on a server (Lit SSR): there is no document, no light DOM to read and no
 * shopper's storage. Lit's own `isServer` is not used: tests that run the elements in a DOM shim
 * under Node load Lit's Node build, where it is true although a document is there.
 */
export const serverRender = (): boolean => typeof document === 'undefined';
