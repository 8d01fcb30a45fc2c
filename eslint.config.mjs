// ESLint for the workspace's own source: packages, scripts, tests and the examples' code.
// `pnpm lint` runs it; `npm test` runs it before the type-check and fails on any error or warning.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';

export default defineConfig(
  {
    // Built, generated and installed files (the same ones .gitignore leaves out).
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'coverage/',
      'test-results/',
      'packages/embed/.staging-*/',
      'packages/elements/vue.d.ts',
      'packages/core/bench/.out/',
      'examples/astro-site/.astro/',
      'examples/next-app/.next/',
      'examples/next-app/.next-*/',
      'examples/next-app/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  // The example apps' single-file components: Vue's recommended rules, and Astro's, each with the
  // TypeScript parser for their scripts (<script lang="ts">, the frontmatter).
  vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    // Vue sets a camelCase binding on a custom element as that property (`:lifespanYears`, typed);
    // hyphenated, it would be an attribute string.
    rules: { 'vue/attribute-hyphenation': ['warn', 'always', { ignoreTags: ['/^candor-/'] }] },
  },
  astro.configs['flat/recommended'],
  {
    languageOptions: {
      // Source runs in browsers and tests and scripts in Node; TypeScript itself checks the .ts files' globals.
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are errors, except a deliberately ignored one spelled with a leading underscore.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `interface HTMLElementEventMap extends CandorEvents {}` is how Candor's events join the DOM's event maps.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // Matching control characters is the point of the URL-safety and Latin-1 scanners and their tests.
      'no-control-regex': 'off',
      // It reads any method named `apply` as Function.prototype.apply (ThemeController.apply(host, theme)).
      'prefer-spread': 'off',
    },
  },
  {
    // Promise rules need types, so they read the root tsconfig's one program, and only over the
    // packages' shipped source: a floating promise in a widget becomes an unhandled rejection on a
    // retailer's page. The full type-aware rule set is left off because of its cost over tests.
    files: ['packages/*/src/**/*.ts'],
    languageOptions: { parserOptions: { project: ['./tsconfig.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // A classic script in a Shopify theme, beside Dawn's pub/sub globals (assets/pubsub.js, assets/constants.js).
    files: ['examples/shopify-theme/assets/*.js'],
    languageOptions: { sourceType: 'script', globals: { subscribe: 'readonly', PUB_SUB_EVENTS: 'readonly' } },
  },
  // Last: turns off the stylistic rules that Prettier decides.
  prettier,
);
