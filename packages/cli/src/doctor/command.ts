// `tokenless doctor [PATH]`: reads a repository's workflows and reports release hazards.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { CliIO } from '../io.js'
import { cliVersion } from '../version.js'
import { runDoctor } from './analyze.js'
import { formatJson } from './format-json.js'
import { formatText } from './format-text.js'
import { DoctorUsageError, discoverWorkflows, loadRepository } from './repository.js'
import type { Rule } from './rule.js'
import { RULES } from './rules/index.js'

export const DOCTOR_USAGE = `Usage: tokenless doctor [PATH] [options]

Finds release hazards in a repository's GitHub Actions workflows (.github/workflows/*.yml and the
local actions and reusable workflows they use) and reports each with file:line, what can go wrong
and the fix. PATH is a repository (default: the current directory), a folder of workflows, or one
workflow file.

Options:
  -f, --format text|json|sarif   report format (default text; sarif is for GitHub code scanning)
  -o, --output FILE              write the report to FILE instead of standard output
      --rule ID[,ID]             run only these rules (repeatable)
      --ignore ID[,ID]           skip these rules (repeatable)
      --list-rules               list the rules with their severity and exit
  -h, --help                     show this help

Accept one finding with a comment on its line (or alone on the line above):
  # tokenless-ignore: RULE-ID the reason the risk is accepted

Exit status: 0 no error-level finding, 1 at least one, 2 a usage error.`

type Format = 'text' | 'json' | 'sarif'

interface DoctorArgs {
  path: string
  format: Format
  output: string | undefined
  only: string[]
  skip: string[]
  listRules: boolean
  help: boolean
}

function parseArgs(args: string[]): DoctorArgs {
  const parsed: DoctorArgs = {
    path: '.',
    format: 'text',
    output: undefined,
    only: [],
    skip: [],
    listRules: false,
    help: false,
  }
  const paths: string[] = []
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined]
    const value = () => {
      if (inline !== undefined) return inline
      const next = args[++index]
      if (next === undefined || (next.startsWith('-') && next !== '-'))
        throw new DoctorUsageError(`${flag} needs a value.`)
      return next
    }
    switch (flag) {
      case '-f':
      case '--format': {
        const format = value()
        if (format !== 'text' && format !== 'json' && format !== 'sarif')
          throw new DoctorUsageError(`unknown format "${format}": use text, json or sarif.`)
        parsed.format = format
        break
      }
      case '-o':
      case '--output':
        parsed.output = value()
        break
      case '--rule':
        parsed.only.push(...splitIds(value()))
        break
      case '--ignore':
        parsed.skip.push(...splitIds(value()))
        break
      case '--list-rules':
        parsed.listRules = true
        break
      case '-h':
      case '--help':
        parsed.help = true
        break
      default:
        if (arg.startsWith('-') && arg !== '-') throw new DoctorUsageError(`unknown option ${arg}.`)
        paths.push(arg)
    }
  }
  if (paths.length > 1)
    throw new DoctorUsageError(`give one PATH, not ${paths.length} (${paths.join(', ')}).`)
  if (paths[0] !== undefined) parsed.path = paths[0]
  return parsed
}

function splitIds(text: string): string[] {
  return text
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '')
}

function chooseRules(only: string[], skip: string[]): Rule[] {
  const known = new Set(RULES.map((rule) => rule.id))
  for (const [option, ids] of [
    ['--rule', only],
    ['--ignore', skip],
  ] as const) {
    const unknown = ids.filter((id) => !known.has(id))
    if (unknown.length > 0)
      throw new DoctorUsageError(
        `unknown rule ${unknown.map((id) => `"${id}"`).join(', ')} in ${option}. Rules: ${[...known].join(', ')}.`,
      )
  }
  return RULES.filter(
    (rule) => (only.length === 0 || only.includes(rule.id)) && !skip.includes(rule.id),
  )
}

export function listRules(): string {
  const width = Math.max(...RULES.map((rule) => rule.id.length))
  return `${RULES.map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.title}`).join('\n')}\n`
}

export async function doctorCommand(args: string[], io: CliIO): Promise<number> {
  let parsed: DoctorArgs
  let rules: Rule[]
  try {
    parsed = parseArgs(args)
    rules = chooseRules(parsed.only, parsed.skip)
  } catch (error) {
    if (!(error instanceof DoctorUsageError)) throw error
    io.stderr.write(`tokenless doctor: ${error.message}\n\n${DOCTOR_USAGE}\n`)
    return 2
  }
  if (parsed.help) {
    io.stdout.write(`${DOCTOR_USAGE}\n`)
    return 0
  }
  if (parsed.listRules) {
    io.stdout.write(listRules())
    return 0
  }
  let found: { root: string; files: string[] }
  try {
    found = discoverWorkflows(resolve(io.cwd, parsed.path), parsed.path)
  } catch (error) {
    if (!(error instanceof DoctorUsageError)) throw error
    io.stderr.write(`tokenless doctor: ${error.message}\n`)
    return 2
  }
  const repository = loadRepository(found.root, found.files)
  const result = runDoctor(repository, rules)
  for (const failure of result.failures)
    io.stderr.write(
      `tokenless doctor: rule ${failure.rule} failed on this repository (${failure.error}); the other rules ran. Please report it.\n`,
    )
  let report: string
  if (parsed.format === 'json') report = formatJson(result)
  else if (parsed.format === 'sarif')
    report = (await import('./format-sarif.js')).formatSarif(result, cliVersion())
  else report = formatText(result)
  if (parsed.output !== undefined) {
    writeFileSync(resolve(io.cwd, parsed.output), report)
    if (parsed.format !== 'text') {
      const { summaryLine } = await import('./format-text.js')
      io.stderr.write(`${summaryLine(result)}\n`)
    }
  } else {
    io.stdout.write(report)
  }
  return result.findings.some((finding) => finding.severity === 'error') ||
    result.failures.length > 0
    ? 1
    : 0
}
