export * from "./configuration-error.js"
