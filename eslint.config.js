import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * The libraries: typed parameters in, values or their own errors out; no runner, no CLI. Every
 * package but the runner kit, platform, the command and the stand-ins, so a new one is covered.
 */
const LIBRARY_SOURCES = ['packages/*/src/**/*.ts']
const NOT_LIBRARIES = ['packages/{action-kit,platform,cli,sandbox}/src/**']
const RUNNER_KIT = {
  group: ['@tokenless/action-kit', '@tokenless/action-kit/*', '**/action-kit/src/**'],
  message:
    'A library does not import the runner kit: raise its own error (on @tokenless/errors), take values as parameters, and take HTTP, workspace paths and the runtime types from @tokenless/platform.',
}
const ACTIONS = {
  group: ['**/actions/*/src/**'],
  message: 'Nothing imports an action: move the shared code to a package.',
}
const COMMAND = {
  group: ['tokenless', 'tokenless/*', '**/packages/cli/**', '**/cli/src/**'],
  message: 'Nothing imports the tokenless command.',
}
const SANDBOX = {
  group: ['@tokenless/sandbox', '@tokenless/sandbox/*', '**/sandbox/src/**'],
  message: 'Only tests and the CLI use the sandbox.',
}
const UPPER_LAYERS = [COMMAND, SANDBOX, ACTIONS]

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Layers (ARCHITECTURE.md): imports go from actions and the CLI down to the libraries, never up.
  {
    files: LIBRARY_SOURCES,
    ignores: NOT_LIBRARIES,
    rules: { 'no-restricted-imports': ['error', { patterns: [RUNNER_KIT, ...UPPER_LAYERS] }] },
  },
  {
    files: ['packages/sandbox/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [RUNNER_KIT, COMMAND, ACTIONS],
        },
      ],
    },
  },
  {
    files: ['packages/platform/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tokenless/*', '!@tokenless/errors'],
              message: 'platform depends only on @tokenless/errors.',
            },
            ...UPPER_LAYERS,
          ],
        },
      ],
    },
  },
  {
    files: ['packages/action-kit/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tokenless/*', '!@tokenless/errors', '!@tokenless/platform'],
              message: 'action-kit depends only on @tokenless/errors and @tokenless/platform.',
            },
            ...UPPER_LAYERS,
          ],
        },
      ],
    },
  },
  {
    files: ['actions/*/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...UPPER_LAYERS.filter((pattern) => pattern !== ACTIONS),
            {
              group: ['../../*/src/**', '../../../actions/**'],
              message: 'Actions never import each other: move shared code to a package.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/cli/src/rehearse/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/doctor/*', '!**/doctor/index.js'],
              message: "rehearse uses doctor through doctor's index, never its internals.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'actions/*/src/**/*.ts'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 150, skipBlankLines: false, skipComments: false, IIFEs: true },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
)
