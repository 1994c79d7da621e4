/**
 * Lint rules, including the one-way import boundaries of the architecture:
 *
 *   questions/    may import zod and other questions/ files only
 *   src/rules/    may import zod, questions/ and src/rules/ only (and types from src/i18n/: the
 *                 shape of the sentences it words a result with)
 *   src/export/   may import zod, questions/, src/rules/, src/i18n/ and src/export/ only
 *   src/embed/    may import zod, src/rules/ and src/embed/ only (no React, no DOM)
 *   src/machine/  may import zod, xstate, questions/, src/rules/ and src/machine/ only
 *   src/ui/       may import anything; only src/ui/, the page's two entries (src/boot.ts and
 *                 src/main.tsx) and tests/ may import it
 *
 * `no-restricted-imports` matches the import specifier as written, so a relative path that leaves a
 * folder is recognised by how many `../` it climbs: the zones below are generated per folder depth.
 * Each file gets exactly one `no-restricted-imports` setting, because a later flat-config entry
 * replaces (does not merge) the options of an earlier one.
 */
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import { defineConfig, globalIgnores } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import path from 'node:path';
import tseslint from 'typescript-eslint';

const SOURCE = '{js,mjs,cjs,jsx,ts,mts,cts,tsx}';
const MAX_DEPTH = 8;
const depths = Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => depth);

/** Files exactly `depth` folders below `root`. */
const filesAt = (root, depth) => [path.posix.join(root, '*/'.repeat(depth), `*.${SOURCE}`)];
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The path from a file `depth` folders below `root` to `target`, as an import specifier would spell it. */
const relativeFrom = (root, depth, target) => {
  const folder = path.posix.join(root, ...Array.from({ length: depth }, (_, i) => `__${String(i)}`));
  const relative = path.posix.relative(folder, target);
  return relative.startsWith('../') ? relative : `./${relative}`;
};
const PARENT = '(?:\\.\\./)';

/**
 * A folder that may import only the listed packages, its own files and the listed folders, and
 * only types from `typeFolders`. Everything else (other packages, `node:` modules, other project
 * folders, values from a type folder) is an error. typescript-eslint's version of the rule is the
 * one that can tell a type-only import from a value import.
 */
function allowListZone({ root, packages, folders, typeFolders = [], why }) {
  const packagePattern = {
    regex: `^(?!\\.{1,2}(?:/|$)|(?:${packages.map(escapeRegex).join('|')})(?:/|$))`,
    message: `${root}/ may import only ${packages.join(', ')} from packages. ${why}`,
  };
  return depths.map((depth) => {
    const leaving = `^(?:\\./)?${PARENT}{${String(depth + 1)}}`;
    const below = (folder) => escapeRegex(relativeFrom(root, depth, folder).slice('../'.length * (depth + 1)));
    const allowed = [...folders, ...typeFolders].map(below);
    const lookahead = allowed.length > 0 ? `(?!(?:${allowed.join('|')})(?:/|$))` : '';
    return {
      name: `boundaries/${root}/depth-${String(depth)}`,
      files: filesAt(root, depth),
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            patterns: [
              packagePattern,
              {
                regex: leaving + lookahead,
                message: `${root}/ may import only ${[root, ...folders].join('/, ')}/ from this project. ${why}`,
              },
              ...typeFolders.map((folder) => ({
                regex: `${leaving}${below(folder)}(?:/|$)`,
                allowTypeImports: true,
                message: `${root}/ may import only types from ${folder}/. ${why}`,
              })),
            ],
          },
        ],
      },
    };
  });
}

/** Folders outside the UI: they must not import `src/ui`. */
function noUiZone({ root, ignores }) {
  return depths.map((depth) => ({
    name: `boundaries/${root}/no-ui/depth-${String(depth)}`,
    files: filesAt(root, depth),
    ignores,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(?:\\./)?${escapeRegex(relativeFrom(root, depth, 'src/ui').replace(/^\.\//, ''))}(?:/|$)`,
              message:
                'Only src/ui/, src/boot.ts, src/main.tsx and tests/ may import src/ui/: imports flow one way, into the UI.',
            },
          ],
        },
      ],
    },
  }));
}

const PURE = 'It is plain data and logic: no React, no xstate, no DOM, no UI.';
const boundaries = [
  ...allowListZone({ root: 'questions', packages: ['zod'], folders: [], why: PURE }),
  ...allowListZone({
    root: 'src/rules',
    packages: ['zod'],
    folders: ['questions'],
    typeFolders: ['src/i18n'],
    why: PURE,
  }),
  ...allowListZone({
    root: 'src/export',
    packages: ['zod'],
    folders: ['questions', 'src/rules', 'src/i18n'],
    why: PURE,
  }),
  ...allowListZone({
    root: 'src/embed',
    packages: ['zod'],
    folders: ['src/rules'],
    why: 'The embed protocol and clinic config are plain data and logic; the React side lives in src/ui/embed/.',
  }),
  ...allowListZone({
    root: 'src/storage',
    packages: ['zod'],
    folders: ['questions'],
    why: 'Saved answers are checked and stored without React or the UI; only local-store.ts touches storage.',
  }),
  ...allowListZone({
    root: 'src/machine',
    packages: ['xstate', 'zod'],
    folders: ['questions', 'src/rules'],
    why: 'The machine drives the UI but never imports it, React or the DOM.',
  }),
  ...noUiZone({
    root: 'src',
    ignores: [
      'src/ui/**',
      'src/boot.ts',
      'src/main.tsx',
      'src/rules/**',
      'src/machine/**',
      'src/export/**',
      'src/embed/**',
      'src/storage/**',
    ],
  }),
  ...noUiZone({ root: '.', ignores: ['src/**', 'questions/**', 'tests/**'] }),
  {
    name: 'boundaries/no-browser-globals',
    files: [
      `questions/**/*.${SOURCE}`,
      `src/rules/**/*.${SOURCE}`,
      `src/export/**/*.${SOURCE}`,
      `src/embed/**/*.${SOURCE}`,
    ],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch'].map((name) => ({
          name,
          message: `${name} is a browser global: questions/ and src/rules/ stay pure so they run and test anywhere.`,
        })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: 'No dynamic import() here: questions/ and src/rules/ stay static.' },
      ],
    },
  },
];

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'coverage/', 'reports/', '.stryker-tmp/', 'tests/e2e/.artifacts/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: [`**/*.{js,mjs,cjs}`],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: [`public/**/*.{js,mjs}`],
    languageOptions: { globals: globals.browser },
  },
  {
    files: [`src/**/*.{ts,tsx}`, `tests/component/**/*.{ts,tsx}`],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['**/*.tsx'],
    extends: [jsxA11y.flatConfigs.strict],
  },
  {
    files: [`tests/**/*.${SOURCE}`],
    extends: [vitest.configs.recommended],
  },
  {
    files: [`tests/component/**/*.${SOURCE}`],
    extends: [testingLibrary.configs['flat/react']],
  },
  boundaries,
);
