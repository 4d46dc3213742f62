export * from './github/index.js'
export * from './oidc/index.js'
export * from './npm/index.js'
export * from './pypi/index.js'
