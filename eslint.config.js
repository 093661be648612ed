import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import compat from 'eslint-plugin-compat';
import globals from 'globals';
import { LAYER_ZONES } from './tools/lint/layers.js';

const NO_FOCUSED_TESTS = [
  { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
  { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
];

/** Array and string methods newer than Chromium 86 (the floor); use src/report/arrays.ts instead. */
const ABOVE_FLOOR = ['at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced'].map((name) => ({
  selector: `CallExpression > MemberExpression.callee[property.name='${name}']`,
  message: `.${name}() is newer than the supported browsers (Chromium 86): use src/report/arrays.ts.`,
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'dist-cli',
      'node_modules',
      'test-results',
      'playwright-report',
      'artifacts',
      '.stryker-tmp',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // The TypeScript parser for the modules import-x reads to follow imports (its default reads .js only).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...NO_FOCUSED_TESTS],
      // The layer diagram of CONTRIBUTING.md, held by lint (tools/lint/layers.js; tested in tools/lint/layers.test.ts).
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The domain and everything that runs in Node: no React.
    files: [
      'src/report/**',
      'src/render/**',
      'src/export-docx/**',
      'src/export-html/**',
      'src/export-xlsx/**',
      'src/import/**',
      'src/cli/**',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'react-*'] }],
    },
  },
  {
    // The domain renders messages with translate.ts only: the i18next setup (src/i18n/index.ts) has
    // load-time side effects, so importing it would carry the i18next runtime into every bundle
    // that touches a finding, the rules worker among them. Tests and the CLI set i18n up themselves.
    files: ['src/report/**', 'src/import/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'react-*', '**/i18n/index.ts'] }],
    },
  },
  {
    // The rules run in the worker too: what they import is what the worker downloads. Starting a new
    // year (carry-forward.ts), the schema-bearing barrel and the i18next setup stay out.
    files: ['src/report/rules/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'react-*',
            '**/i18n/index.ts',
            '**/carry-forward.ts',
            '**/report/index.ts',
            '../index.ts',
            '../../index.ts',
          ],
        },
      ],
    },
  },
  {
    // The browser bundles only the Chinese resources; English is loaded on demand by
    // src/i18n/browser.ts. A static import of the Node setup or of all resources would put English
    // back on the first screen (issue 10's JS budget).
    files: ['src/main.tsx', 'src/app/**', 'src/features/**', 'src/components/**', 'src/session/**', 'src/i18n/browser.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/i18n/index.ts', '**/i18n/resources.ts', '**/resources-en.ts'] }],
    },
  },
  {
    // The rules worker loads the rules alone: the domain's barrel would bring the zod schema and the
    // draft migrations, whose module-level objects no bundler can drop.
    files: ['src/session/rules.worker.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/report/index.ts', '**/i18n/index.ts', '**/i18n/resources.ts', '**/resources-en.ts'] },
      ],
    },
  },
  {
    // What runs in the browser holds the supported floor (package.json "browserslist", README):
    // eslint-plugin-compat knows the global APIs from MDN's data; the instance methods it cannot
    // see without types are listed here. Tests and the CLI run in Node only.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts', 'src/cli/**', 'src/build/**', 'src/**/testing/**', 'src/**/fixtures/**'],
    plugins: { compat },
    settings: { lintAllEsApis: true },
    rules: {
      'compat/compat': 'error',
      'no-restricted-syntax': ['error', ...NO_FOCUSED_TESTS, ...ABOVE_FLOOR],
    },
  },
  {
    // The e2e journeys type as people do (issue 10): fill() sets the value at once and skips the
    // keystrokes and paste events the app handles (maxLength, the cells' parsing, paste cutting).
    // The selector cannot tell a locator from an array: build arrays with Array.from in e2e.
    files: ['e2e/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...NO_FOCUSED_TESTS,
        {
          selector: "CallExpression[callee.property.name='fill']",
          message:
            'Type as people do: typeInto, typeDate, pasteInto or pasteAtCaret from e2e/helpers.ts instead of fill(), which skips the input handling users hit.',
        },
      ],
    },
  },
  {
    // The browser check runs as ES5 in any browser, IE included.
    files: ['src/build/browser-check.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: { ...globals.browser, Promise: 'readonly' } },
    // ES5 has no catch without a binding.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    files: ['**/*.{js,mjs}'],
    ignores: ['src/build/browser-check.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
