export * from './io.js'
export * from './main.js'
export * from './node-version.js'
