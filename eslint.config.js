// Type-aware lint for the whole repository, plus the boundary that keeps the pure core
// (src/core) free of database, HTTP, file-system and clock access (house style §1, §14).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

import path from 'node:path';

// The pure core imports only other core modules and these libraries, none of which does I/O or reads a clock:
// zod (schemas), yaml (rule-pack text → document, for line numbers), re2js (a linear-time regular-expression
// engine, so a rule's pattern cannot block the event loop). Build-time generators of the text tables
// (src/core/text/*-build.ts, run by generate-tables.ts, never at run time) may also read pinyin-pro and opencc-js.
// An allow-list rather than a deny-list: a new import reaching a shell (src/qa, src/store, node:fs …) fails lint.
const CORE_ROOT = path.join(import.meta.dirname, 'src', 'core');
const corePureLibraries = new Set(['zod', 'yaml', 're2js']);
const coreBuildLibraries = new Set(['pinyin-pro', 'opencc-js']);

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const coreBoundaryPlugin = {
  rules: {
    'core-imports': {
      meta: {
        type: 'problem',
        docs: { description: 'src/core imports only src/core and named pure libraries' },
        schema: [],
      },
      create(context) {
        const file = context.filename;
        const buildTool = /-build\.ts$|generate-tables\.ts$/.test(file);
        function check(node) {
          const source = node.source;
          if (!source || typeof source.value !== 'string') return;
          const spec = source.value;
          if (spec.startsWith('.')) {
            const target = path.resolve(path.dirname(file), spec);
            if (target === CORE_ROOT || target.startsWith(CORE_ROOT + path.sep)) return;
            context.report({
              node: source,
              message: `The pure core must not import "${spec}" (outside src/core): pass the data in instead.`,
            });
            return;
          }
          const name = packageName(spec);
          if (corePureLibraries.has(name) || (buildTool && coreBuildLibraries.has(name))) return;
          context.report({
            node: source,
            message: `The pure core may import only src/core and ${[...corePureLibraries].join(', ')}; "${spec}" is not on that list (eslint.config.js).`,
          });
        }
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression(node) {
            context.report({ node, message: 'The pure core does not load modules at run time.' });
          },
        };
      },
    },
  },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'web/dist/',
      'web/src/api/generated/',
      'data/',
      'drizzle/',
      'test-artifacts/',
      'release/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    plugins: { zhijian: coreBoundaryPlugin },
    rules: {
      'zhijian/core-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The core has no clock: take `now` as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The core has no clock: take `now` as a parameter.',
        },
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'The core is deterministic: take a seeded random source as a parameter.',
        },
        {
          selector: "MemberExpression[object.name='process']",
          message: 'The core does not read the environment: take settings as parameters.',
        },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
