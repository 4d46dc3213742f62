// This suite's own actions: publish-oidc, create-release and test-gate, used from this
// repository (`owner/tokenless/actions/x@v1`) or from a checkout of it (`./actions/x`).
import type { PublisherEntry } from '../publishers.js'
import type { TaggerEntry } from '../taggers.js'
import type { TestRunnerEntry } from '../test-runners.js'

export const TOKENLESS_PUBLISHERS: PublisherEntry[] = [
  {
    tool: 'tokenless publish-oidc',
    action: {
      name: /(^|\/)actions\/publish-oidc$|\/tokenless\/.*publish-oidc$/,
      local: /(^|\/)publish-oidc$/,
    },
    ecosystem: 'npm',
    registry: 'publish-oidc',
    token: {},
    provenance: { input: 'provenance', inputDefault: true },
    publishOidc: true,
  },
]

export const TOKENLESS_TAGGERS: TaggerEntry[] = [
  {
    tool: 'tokenless create-release',
    action: { name: /tokenless.*(^|\/)create-release$/, local: /(^|\/)create-release$/ },
    kind: 'release',
    token: { inputs: ['token'] },
  },
]

export const TOKENLESS_TEST_RUNNERS: TestRunnerEntry[] = [
  { action: { name: /(^|\/)test-gate$/, local: /(^|\/)test-gate$/ } },
]
