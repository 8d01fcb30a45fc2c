import { readFileSync } from 'node:fs';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { inlineData } from './inline-data.js';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // Candor's tags are custom elements: Vue leaves them to the browser instead of resolving
        // them as Vue components (and warning "Failed to resolve component").
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('candor-') },
      },
    }),
    // The product's precomputed summary (what `candor summarize` writes), inlined into the page.
    // CANDOR_SUMMARY_FILE names another summary file (the end-to-end test builds the page with
    // hostile review quotes that way).
    inlineData(() => ({
      summary: JSON.parse(readFileSync(process.env['CANDOR_SUMMARY_FILE'] || 'public/summaries/trail-jacket.json', 'utf8')),
    })),
  ],
  build: {
    // The widgets use modern syntax and APIs (ES2022, constructable stylesheets).
    target: 'es2022',
  },
});
