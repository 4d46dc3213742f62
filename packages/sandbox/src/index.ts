export * from './github/index.js'
export * from './oidc/index.js'
