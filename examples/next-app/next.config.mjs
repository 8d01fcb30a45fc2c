import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const config = {
  // Where the build goes: `.next`, unless CANDOR_NEXT_DIST_DIR names another folder in this one (the
  // end-to-end test builds a second copy with hostile data there, leaving the normal build alone).
  distDir: process.env.CANDOR_NEXT_DIST_DIR || '.next',
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
