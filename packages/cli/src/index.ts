export * from './io.js'
export * from './main.js'
