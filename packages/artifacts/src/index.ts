export * from './archive-checks.js'
export * from './archive-members.js'
export * from './package-metadata.js'
export * from './artifact-error.js'
