// ESLint flat config.
// - LWC TypeScript (force-app/**/lwc/**/*.ts): the rules of @salesforce/eslint-config-lwc (recommended) parsed by
//   typescript-eslint's parser, plus typescript-eslint's recommended rules (no `any`).
// - Node tooling (scripts/, config files): eslint's recommended rules with Node globals.
import { createRequire } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const require = createRequire(import.meta.url);
const lwcConfig = require('@salesforce/eslint-config-lwc');

const LWC_TS = ['force-app/**/lwc/**/*.ts', 'force-app/test/**/*.ts', 'sandbox/shims/**/*.ts'];
const LWC_TESTS = ['force-app/**/lwc/**/__tests__/**/*.ts', 'force-app/test/**/*.ts'];

const scopeTo = (files) => (config) => ({ ...config, files });

export default [
  {
    ignores: [
      'node_modules/**',
      'coverage/**',
      '.sfdx/**',
      '.sf/**',
      '.converted/**',
      'test-results/**',
      // Sandbox build output (npm run sandbox:build).
      'sandbox/dist/**',
      // Build output: compiled from the .ts beside it by `npm run build`.
      'force-app/main/default/lwc/**/*.js',
      '!force-app/main/default/lwc/**/__tests__/**/*.js'
    ]
  },
  // LWC rules (recommended set) on the TypeScript source, parsed by typescript-eslint.
  ...lwcConfig.configs.recommended.map(scopeTo(LWC_TS)),
  ...tseslint.configs.recommended.map(scopeTo(LWC_TS)),
  {
    files: LWC_TS,
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module', tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser }
    },
    rules: {
      // `c/*`, `lightning/*` and `@salesforce/*` resolve through the LWC compiler and our typings; tsc checks them.
      'import/no-unresolved': 'off',
      'import/named': 'off',
      'import/namespace': 'off',
      'import/default': 'off',
      'import/export': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }]
    }
  },
  {
    files: LWC_TESTS,
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
    rules: {
      '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off'
    }
  },
  // Node tooling.
  {
    files: ['scripts/**/*.{js,mjs,cjs}', '*.{js,mjs,cjs}', 'force-app/test/**/*.js', 'sandbox/**/*.{js,mjs}'],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 'latest',
      globals: { ...globals.node, ...globals.jest }
    }
  },
  // The sandbox's browser code (shell components, platform shims).
  {
    files: ['sandbox/src/**/*.js', 'sandbox/shims/**/*.js'],
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    files: ['*.js', 'force-app/test/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node, ...globals.jest } }
  },
  {
    files: ['force-app/test/**/*.js'],
    languageOptions: { sourceType: 'module' }
  }
];
