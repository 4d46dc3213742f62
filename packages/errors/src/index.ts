export * from './configuration-error.js'
export * from './text-excerpt.js'
