import { defineConfig } from 'astro/config';

export default defineConfig({
  // Static pages: every product page is written at build time, its review data inlined.
  output: 'static',
  vite: {
    // The widgets use modern syntax and APIs (ES2022, constructable stylesheets).
    build: { target: 'es2022' },
  },
});
