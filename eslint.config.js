// ESLint for the whole tree: TypeScript and Astro files, with the project's own structural rules.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/** Browser code may not reach Node-only modules: `node:*` built-ins and our own `*.node.ts` files. */
const nodeOnly = {
  patterns: [
    { group: ['node:*'], message: 'Node built-ins do not exist in the browser.' },
    { group: ['**/*.node.ts'], message: 'This module is Node-only (its name ends in .node.ts).' },
  ],
};

export default defineConfig(
  // What .gitignore leaves out (built sites, the bench's work folder, screenshots), plus data-only folders.
  {
    ignores: [
      'dist/',
      '.build/',
      '.astro/',
      '.tmp/',
      'node_modules/',
      'bench-results/',
      'screenshots/',
      'tests/fixtures/',
      'content/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // A function longer than a screenful wants to be several.
    files: ['src/**/*.{ts,astro}', 'scripts/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 120, skipBlankLines: false, skipComments: false }] },
  },
  {
    // Scripts that run in the reader's browser.
    files: ['src/components/**/*.ts', 'src/**/*.astro/*.ts', 'src/**/*.astro/*.js'],
    rules: { 'no-restricted-imports': ['error', nodeOnly] },
  },
  {
    // Shared library code that is not marked Node-only must stay importable from browser code.
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/**/*.node.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Only modules named *.node.ts may use Node built-ins.' }] },
      ],
    },
  },
);
