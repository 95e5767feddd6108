// ESLint (flat config): JavaScript and typescript-eslint recommended rules, Lit's template rules, and the
// import boundaries of DESIGN.md (scripts/lint/import-boundaries.js). Formatting is Prettier's job
// (.prettierrc.json), so no stylistic rules here. Run with `npm run lint`; `npm test` runs it first.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { boundaryConfigs, layerSkippingConfig, testFiles } from './scripts/lint/import-boundaries.js';

export default defineConfig(
  {
    name: 'mentorkit/ignores',
    ignores: ['**/node_modules/', '**/dist/', '.tmp/', 'coverage/', '**/.mentorkit-data/', 'docs/screenshots/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'mentorkit/everywhere',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // Unused names are mistakes, except the conventional `_`-prefixed placeholders and rest siblings.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Type-only imports stay type-only (verbatimModuleSyntax relies on it; keeps zod out of the SDK bundle).
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    name: 'mentorkit/browser',
    files: ['packages/widgets/src/**', 'packages/sdk/src/**', 'examples/site/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: 'mentorkit/lit',
    files: ['packages/widgets/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    name: 'mentorkit/browser pages driven from Node',
    // page.evaluate() callbacks run in Chromium.
    files: ['scripts/screenshots.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: 'mentorkit/tests and harnesses',
    files: [...testFiles, 'bench/**', 'e2e/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // Tests read the real service's JSON answers and browser stats loosely; the code under test stays typed.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    name: 'mentorkit/widget tests',
    files: ['packages/widgets/src/**/*.test.ts'],
    rules: {
      // Chai's property assertions are expressions: `expect(button.disabled).to.be.true`.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  ...boundaryConfigs(),
  layerSkippingConfig(),
);
