import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    // The widgets use modern syntax and APIs (ES2022, constructable stylesheets).
    target: 'es2022',
    // A per-module size report for the package README's table (see test/e2e/npm-packages.test.ts).
    reportCompressedSize: true,
  },
});
