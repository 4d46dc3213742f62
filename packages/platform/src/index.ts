export * from './http-request.js'
export * from './repository.js'
export * from './runtime-types.js'
export * from './workspace-path.js'
