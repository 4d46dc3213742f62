export { startGitHubSandbox } from './server.js'
export type {
  ContractViolation,
  GitHubSandbox,
  GitHubSandboxOptions,
  RecordedRequest,
} from './server.js'
export { runGitHubSandbox } from './standalone.js'
export type { GitHubSandboxState, SandboxRepositoryOptions } from './sandbox-state.js'
export type { Fault, FaultInjector, FaultSpec } from './faults.js'
export { ALL_WRITE, DEFAULT_TOKEN, GITHUB_ACTIONS_APP } from './tokens.js'
export type {
  Permissions,
  PermissionLevel,
  SandboxApp,
  TokenKind,
  TokenRegistration,
  TokenRegistry,
} from './tokens.js'
export type { RefInfo } from './git-store.js'
export { loadGitHubDescription, octokitDescriptionFile } from './openapi-description.js'
export type { DescriptionLoad } from './openapi-description.js'
