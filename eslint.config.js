// The dependency rule of ARCHITECTURE.md, enforced here rather than in prose:
// web → contracts → core; api → app → db → core; api, cli → app, reports; reports → core; core → nothing.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const layer = (name) => [`**/${name}`, `**/${name}/**`, `../${name}`, `./${name}`]
const forbid = (...layers) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: layers.map((l) => ({
        group: layer(l),
        message: `The dependency rule (ARCHITECTURE.md) forbids importing ${l}/ from here.`,
      })),
    },
  ],
})
const nodeIo = ['fs', 'path', 'os', 'child_process', 'net', 'http', 'https', 'crypto', 'process'].flatMap(
  (m) => [m, `node:${m}`],
)

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'bench/results', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a literal union (STYLE.md).' },
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (STYLE.md).' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeIo.map((name) => ({ name, message: 'core/ does no I/O (ARCHITECTURE.md).' })),
          patterns: ['contracts', 'db', 'app', 'api', 'cli', 'web', 'reports'].map((l) => ({
            group: layer(l),
            message: `core/ imports nothing outside core/ (ARCHITECTURE.md).`,
          })),
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a literal union (STYLE.md).' },
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (STYLE.md).' },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'core/ never reads the clock: take the time as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'core/ never reads the clock: take the time as a parameter.',
        },
        {
          selector: "MemberExpression[object.name='process']",
          message: 'core/ reads no environment: take configuration as a parameter.',
        },
      ],
    },
  },
  // Tool configuration files are read through their default export.
  { files: ['*.config.{js,ts}'], rules: { 'no-restricted-syntax': 'off' } },
  // Migrations are frozen in time and typed Kysely<any> on purpose (STYLE.md, Kysely's example app).
  { files: ['src/db/migrations/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['src/contracts/**/*.ts'], rules: forbid('db', 'app', 'api', 'cli', 'web', 'reports') },
  { files: ['src/db/**/*.ts'], rules: forbid('contracts', 'app', 'api', 'cli', 'web', 'reports') },
  { files: ['src/app/**/*.ts'], rules: forbid('api', 'cli', 'web', 'reports') },
  { files: ['src/reports/**/*.ts'], rules: forbid('contracts', 'db', 'app', 'api', 'cli', 'web') },
  { files: ['src/api/**/*.ts'], rules: forbid('db', 'cli', 'web') },
  { files: ['src/cli/**/*.ts'], rules: forbid('db', 'web') },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...forbid('db', 'app', 'api', 'cli', 'reports'), 'react-hooks/rules-of-hooks': 'error' },
  },
)
