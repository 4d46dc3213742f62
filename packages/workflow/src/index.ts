// Reading GitHub Actions workflows: the model (jobs, steps, needs order, matrix) and the
// expression language (`${{ }}`), as the rehearsal runs them.
export {}
