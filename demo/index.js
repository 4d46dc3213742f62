export { greet } from './src/greet.js'
export { farewell } from './src/farewell.js'
