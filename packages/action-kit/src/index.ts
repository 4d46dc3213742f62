export * from './configuration-error.js'
export * from './context.js'
export * from './exec.js'
export * from './inputs.js'
export * from './run-action.js'
export * from './runner-files.js'
export * from './summary.js'
export * from './workflow-commands.js'
export * from './concurrency.js'
export * from './text-excerpt.js'
export * from './timers.js'
export * from './markdown.js'
// Runner-independent helpers, in @tokenless/platform so that libraries use them without the kit.
export {
  DEFAULT_MAX_BYTES,
  HttpLimitError,
  type HttpRequestOptions,
  type HttpResponse,
  httpRequest,
  retryAfterSeconds,
  assertInWorkspace,
  globBase,
  globFilesInWorkspace,
  globInWorkspace,
  isInside,
  resolveInWorkspace,
  type WorkspaceGlobOptions,
  type WorkspacePathOptions,
  parseRepository,
  type RepoRef,
} from '@tokenless/platform'
