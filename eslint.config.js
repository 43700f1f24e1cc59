// Lint: typescript-eslint's type-aware rules over the whole tree, plus the house rules that
// a linter can see (no Math.random or wall clock inside the engine, no `export *`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'viz/dist/**', 'test-artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'server/bin/*.js', 'server/build/*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'List named exports explicitly (house style).' }],
    },
  },
  {
    files: ['engine/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use a named seeded stream (engine/kernel/random).' },
        { object: 'Date', property: 'now', message: 'The engine runs on simulated time only.' },
        { object: 'performance', property: 'now', message: 'The engine runs on simulated time only.' },
        { object: 'console', message: 'No logging inside the engine.' },
      ],
      'no-restricted-imports': ['error', { patterns: ['node:fs', 'fs', 'node:net', 'node:http', 'node:child_process'] }],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
