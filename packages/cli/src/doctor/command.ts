// `tokenless doctor [PATH]`: reads a repository's workflows and reports release hazards.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
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
      --fix                      rewrite what is mechanical (see below), keeping comments and layout,
                                 and print what is left to do by hand
      --dry-run                  with --fix: print the changes as a unified diff, write nothing
  -h, --help                     show this help

Accept one finding with a comment on its line (or alone on the line above):
  # tokenless-ignore: RULE-ID the reason the risk is accepted

--fix answers these rules, and only where they found something: long-lived-token (the token
variables and pypa's \`password:\` leave the publish jobs), setup-node-registry-url, id-token-at-
workflow-level (\`permissions: {}\` at the top, \`id-token: write\` in the publishing jobs),
publish-without-id-token, publish-without-environment (\`environment: release\`), npm-too-old,
release-trigger-types (\`types: [published]\`) and release-without-concurrency. Then it prints the
trusted publishers to register, with their exact values, and the secrets to delete.

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
  fix: boolean
  dryRun: boolean
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  rule: { type: 'string', multiple: true },
  ignore: { type: 'string', multiple: true },
  'list-rules': { type: 'boolean' },
  fix: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

function readArgs(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw usageErrorOf(error, args)
  }
}

function parseDoctorArgs(args: string[]): DoctorArgs {
  const { values, positionals } = readArgs(args)
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json' && format !== 'sarif')
    throw new DoctorUsageError(`unknown format "${format}": use text, json or sarif.`)
  if (positionals.length > 1)
    throw new DoctorUsageError(
      `give one PATH, not ${positionals.length} (${positionals.join(', ')}).`,
    )
  if (values['dry-run'] && !values.fix)
    throw new DoctorUsageError('--dry-run goes with --fix: tokenless doctor --fix --dry-run.')
  if (values.fix && (format !== 'text' || values.output !== undefined))
    throw new DoctorUsageError(
      '--fix prints its changes as text: leave out --format and --output (run doctor again for a report).',
    )
  return {
    path: positionals[0] ?? '.',
    format,
    output: values.output,
    only: (values.rule ?? []).flatMap(splitIds),
    skip: (values.ignore ?? []).flatMap(splitIds),
    listRules: values['list-rules'] ?? false,
    help: values.help ?? false,
    fix: values.fix ?? false,
    dryRun: values['dry-run'] ?? false,
  }
}

/** node:util's parseArgs error, said in this command's words with the option as typed. */
function usageErrorOf(error: unknown, args: string[]): unknown {
  // Read as a plain object: node:util's errors may come from another realm (a test's VM).
  const { code, message = '' } = error as { code?: string; message?: string }
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const typed = /'([^']+)'/.exec(message)?.[1] ?? ''
    return new DoctorUsageError(`unknown option ${typed}.`)
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // A string option with nothing after it, or followed by another option.
    const flag = args.find((arg, index) => {
      const next = args[index + 1]
      return (
        /^(-f|--format|-o|--output|--rule|--ignore)$/.test(arg) &&
        (next === undefined || (next.startsWith('-') && next !== '-'))
      )
    })
    if (flag !== undefined) return new DoctorUsageError(`${flag} needs a value.`)
    const typed = /'([^']+)' does not take an argument/.exec(message)?.[1]
    const given = args.find((arg) => typed !== undefined && arg.startsWith(`${typed}=`))
    if (typed !== undefined)
      return new DoctorUsageError(`${typed} takes no value, got "${given ?? typed}".`)
  }
  return error
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
    parsed = parseDoctorArgs(args)
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
  if (parsed.fix) return fixCommand(found.root, found.files, rules, parsed.dryRun, io)
  const repository = loadRepository(found.root, found.files)
  await (await import('./shell-parser.js')).parseRunScripts(repository)
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

async function fixCommand(
  root: string,
  files: string[],
  rules: Rule[],
  dryRun: boolean,
  io: CliIO,
): Promise<number> {
  const { fixRepository } = await import('./fix/fix-repository.js')
  const { FIXABLE_RULES } = await import('./fix/fixers.js')
  const { byHandText } = await import('./fix/by-hand.js')
  const { detectGitHubRepository } = await import('../init/detect-repository.js')
  const outcome = fixRepository(root, files, rules)
  const out: string[] = []
  if (outcome.files.length === 0) {
    out.push(
      `tokenless doctor --fix: nothing to fix (no finding of ${FIXABLE_RULES.filter((id) => rules.some((rule) => rule.id === id)).join(', ') || 'the rules --fix answers'} that --fix can change).\n`,
    )
  } else {
    const { unifiedDiff } = await import('./fix/unified-diff.js')
    for (const fix of outcome.files) {
      if (dryRun) out.push(unifiedDiff(fix.rel, fix.before, fix.after))
      else writeFileSync(fix.path, fix.after)
      out.push(
        `tokenless doctor --fix: ${dryRun ? 'would change' : 'changed'} ${fix.rel}${dryRun ? ' (--dry-run: nothing written)' : ''}:\n${fix.changes.map((change) => `  ${change}\n`).join('')}`,
      )
    }
    const byHand = byHandText(outcome.repository, outcome.files, await detectGitHubRepository(root))
    if (byHand !== '') out.push(`\n${byHand}`)
  }
  const left = outcome.result.findings
  if (left.length > 0)
    out.push(
      `\n${left.length} finding${left.length > 1 ? 's' : ''} left that --fix does not change${dryRun && outcome.files.length > 0 ? ' (once fixed)' : ''}: run tokenless doctor to read ${left.length > 1 ? 'them' : 'it'}.\n`,
    )
  io.stdout.write(out.join(''))
  return left.some((finding) => finding.severity === 'error') || outcome.result.failures.length > 0
    ? 1
    : 0
}
