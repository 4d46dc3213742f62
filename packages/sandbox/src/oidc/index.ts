export * from './issuer.js'
