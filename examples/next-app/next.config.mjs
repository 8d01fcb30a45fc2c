import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const config = {
  // The workspace root, where pnpm links @candor/* from.
  turbopack: { root: fileURLToPath(new URL('../..', import.meta.url)) },
  outputFileTracingRoot: fileURLToPath(new URL('../..', import.meta.url)),
  // Lit SSR runs in Node as published (its DOM shim and Lit's Node build), not bundled.
  serverExternalPackages: [
    '@candor/cli',
    '@lit-labs/ssr',
    '@lit-labs/ssr-dom-shim',
    'lit',
    'lit-html',
    'lit-element',
    '@lit/reactive-element',
  ],
};

export default config;
