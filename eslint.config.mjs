// ESLint 9 flat config (issue 17, point 5): typescript-eslint's type-aware rules, no import cycles, and
// neo4j-driver only behind src/db/ (the one module that talks to Neo4j).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['dist/', 'web/', 'node_modules/', 'src/generated/', 'neo4j/', 'coverage/', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    rules: {
      'import-x/no-cycle': 'error',
      // `_name` marks a value taken apart only to leave it out (`{ secret: _secret, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
      // Apollo plugin hooks and our injected fakes implement interfaces that return promises; an async
      // function without await is how they say so.
      '@typescript-eslint/require-await': 'off',
      // Error codes and extensions arrive as `unknown`; String(code ?? '') is the deliberate, safe reading.
      '@typescript-eslint/no-base-to-string': 'off',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only src/db/ talks to Neo4j: go through Database.' }] },
      ],
    },
  },
  { files: ['src/db/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    // The schema wrapper handles the parent objects of every GraphQL type alike (`Parent`), each type's
    // policy reading its own fields; typing them per type is the access split's work (issue 18).
    files: ['src/auth/protect.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The benchmarks measure the bare driver as the baseline the service is compared with.
    files: ['bench/import.ts', 'bench/load.ts', 'bench/peer.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Tests read GraphQL and HTTP answers as untyped JSON and check them with expect(); typing every
    // answer would repeat the schema. The other type-aware rules stay on.
    files: ['test/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
