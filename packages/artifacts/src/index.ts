export * from './archive-members.js'
export * from './package-metadata.js'
export * from './tar-archive.js'
export * from './zip-archive.js'
