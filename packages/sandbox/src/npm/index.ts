export { startNpmSandbox } from './server.js'
export type {
  NpmFaults,
  NpmFaultSpec,
  NpmRecordedRequest,
  NpmSandbox,
  NpmSandboxOptions,
} from './server.js'
export { runNpmSandbox } from './standalone.js'
export { startVerdaccio } from './verdaccio.js'
export type { VerdaccioProcess } from './verdaccio.js'
export { NPM_ANSWERS } from './registry-answers.js'
export type { NpmAction } from './registry-routes.js'
export { EXCHANGED_TOKEN_LIFETIME_MS } from './registry-tokens.js'
export type { NpmTrustedPublisher } from './trusted-publishers.js'
export type { NpmSeededPackage, NpmSeedOptions } from './seed.js'
export { normalizeRepositoryUrl, npmPurl, PROVENANCE_ANSWERS } from './provenance.js'
export type { ProvenanceVerifier } from './provenance.js'
