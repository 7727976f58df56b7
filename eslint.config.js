import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setImmediate: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The functional core must not touch the outside world (docs/decisions.md).
    files: ['src/normalize/**', 'src/match/**', 'src/budget/**', 'src/report/model/**', 'src/diff/diff-runs.ts', 'src/diff/person-identity.ts', 'src/diff/diff-summary.ts', 'src/diff/run-diff.ts', 'src/diff/run-snapshot.ts', 'src/diff/diff-category.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:fs', 'node:fs/*', 'fs', 'node:process', 'chalk', 'exceljs', 'csv-parse', 'csv-parse/*', 'csv-stringify', 'csv-stringify/*'] }],
      'no-restricted-globals': ['error', 'process'],
    },
  },
);
