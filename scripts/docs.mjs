// Writes each action's inputs and outputs tables into its README.md from action.yml, between
// <!-- action-docs:start --> and <!-- action-docs:end -->. With --check, fails instead of writing
// when a README is out of date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { actionNames, root } from './actions.mjs'

const START = '<!-- action-docs:start -->'
const END = '<!-- action-docs:end -->'
const check = process.argv.includes('--check')

function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim()
}

function defaultCell(value) {
  if (value === undefined) return ''
  return value === '' ? '`""`' : `\`${cell(value)}\``
}

export function renderDocs(yml) {
  const inputs = Object.entries(yml.inputs ?? {})
  const outputs = Object.entries(yml.outputs ?? {})
  const lines = ['### Inputs', '']
  if (inputs.length === 0) lines.push('None.')
  else {
    lines.push('| Input | Description | Required | Default |', '| --- | --- | --- | --- |')
    for (const [name, spec] of inputs) {
      lines.push(
        `| \`${name}\` | ${cell(spec.description)} | ${spec.required ? 'yes' : 'no'} | ${defaultCell(spec.default)} |`,
      )
    }
  }
  lines.push('', '### Outputs', '')
  if (outputs.length === 0) lines.push('None.')
  else {
    lines.push('| Output | Description |', '| --- | --- |')
    for (const [name, spec] of outputs) lines.push(`| \`${name}\` | ${cell(spec.description)} |`)
  }
  return lines.join('\n')
}

let stale = 0
for (const name of actionNames()) {
  const dir = join(root, 'actions', name)
  const yml = parse(readFileSync(join(dir, 'action.yml'), 'utf8'))
  const readmePath = join(dir, 'README.md')
  const readme = existsSync(readmePath)
    ? readFileSync(readmePath, 'utf8')
    : `# ${name}\n\n${cell(yml.description)}\n\n${START}\n${END}\n`
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start === -1 || end === -1 || end < start) {
    console.error(
      `actions/${name}/README.md has no ${START} ... ${END} block: add one where the tables go.`,
    )
    stale++
    continue
  }
  const next = `${readme.slice(0, start + START.length)}\n${renderDocs(yml)}\n${readme.slice(end)}`
  if (next === readme) continue
  if (check) {
    console.error(
      `actions/${name}/README.md does not match actions/${name}/action.yml: run npm run docs.`,
    )
    stale++
  } else {
    writeFileSync(readmePath, next)
    console.log(`wrote actions/${name}/README.md`)
  }
}
if (stale > 0) process.exit(1)
