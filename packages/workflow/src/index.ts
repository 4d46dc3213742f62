// Reading GitHub Actions workflows: the model (jobs, steps, needs order, matrix) and the
// expression language (`${{ }}`), as the rehearsal runs them.
export * from './expressions.js'
export * from './inputs.js'
export * from './job-waves.js'
export * from './labels.js'
export * from './matrix.js'
export * from './model.js'
export * from './workflow-error.js'
