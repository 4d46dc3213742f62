import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** The libraries: typed parameters in, values or their own errors out; no runner, no CLI. */
const LIBRARY_SOURCES = [
  'packages/{artifacts,changelog,errors,git,github,manifests,oidc,versioning,workflow}/src/**/*.ts',
]
const RUNNER_KIT = {
  group: ['@tokenless/action-kit', '@tokenless/action-kit/*'],
  message:
    'A library does not import the runner kit: raise its own error (on @tokenless/errors) and take values as parameters.',
}
const ACTIONS = {
  group: ['**/actions/*/src/**'],
  message: 'Nothing imports an action: move the shared code to a package.',
}
const UPPER_LAYERS = [
  {
    group: ['tokenless', 'tokenless/*', '**/packages/cli/**', '**/cli/src/**'],
    message: 'Nothing imports the tokenless command.',
  },
  {
    group: ['@tokenless/sandbox', '@tokenless/sandbox/*', '**/sandbox/src/**'],
    message: 'Only tests and the CLI use the sandbox.',
  },
  ACTIONS,
]

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
    rules: { 'no-restricted-imports': ['error', { patterns: [RUNNER_KIT, ...UPPER_LAYERS] }] },
  },
  {
    // Runner-independent helpers these files still take from action-kit (HTTP, workspace
    // paths, the repository and event types): the runner parts of the kit stay out of reach.
    files: [
      'packages/github/src/{check-runs,client,environments,git-refs,index,issues,releases}.ts',
      'packages/manifests/src/{cargo-toml,manifest-file,read-manifest}.ts',
      'packages/oidc/src/{id-token,npm-exchange,npmrc,preconditions,pypi-mint,static-tokens}.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@tokenless/action-kit',
              allowImportNames: [
                'ActionEvent',
                'Environment',
                'HttpLimitError',
                'HttpResponse',
                'httpRequest',
                'isInside',
                'Logger',
                'parseRepository',
                'RepoRef',
                'resolveInWorkspace',
                'retryAfterSeconds',
              ],
              message: 'A library takes only runner-independent helpers from action-kit.',
            },
          ],
          patterns: UPPER_LAYERS,
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
              group: ['@tokenless/*', '!@tokenless/errors'],
              message: 'action-kit depends only on @tokenless/errors.',
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
