// `tokenless init`: detects what the repository releases, writes its release workflow, prints
// the trusted publishers to register, checks the workflow with doctor and offers a rehearsal.
// Exit codes: 0 written and clean, 1 a problem in the repository or a doctor finding, 2 usage.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { ConfigurationError } from '@tokenless/errors'
import { formatText, loadRepository, runDoctor } from '../doctor/index.js'
import type { CliIO } from '../io.js'
import { findSuiteRoot } from '../rehearse/suite-root.js'
import { detectProject, type ProjectFacts } from './detect.js'
import { InitError, InitUsageError } from './init-error.js'
import { repositoryFields, type RepositoryFields } from './manifest-repository.js'
import { INIT_USAGE, parseInitArgs, type InitOptions } from './options.js'
import { publishersText } from './publishers-text.js'
import { suiteActionRef } from './suite-ref.js'
import { detectionText } from './summary-text.js'
import { releaseWorkflow, yankWorkflow, type WrittenWorkflow } from './workflow-writer.js'

function repositoryRoot(path: string): string {
  if (!existsSync(path)) throw new InitError(`${path} does not exist.`)
  try {
    return execFileSync('git', ['-C', path, 'rev-parse', '--show-toplevel'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    throw new InitError(
      `${path} is not in a git repository: tokenless init reads the tags and the default branch from git history. Run it in a clone of the repository (or git init first).`,
    )
  }
}

function workflows(facts: ProjectFacts, options: InitOptions): WrittenWorkflow[] {
  const suiteRoot = findSuiteRoot()
  const suite = suiteActionRef(suiteRoot)
  const files = [releaseWorkflow(facts, suiteRoot, suite)]
  if (options.yank) files.push(yankWorkflow(facts, suiteRoot, suite))
  return files
}

async function ask(io: CliIO, question: string): Promise<boolean> {
  const stdin = io.stdin
  if (stdin === undefined) return false
  const prompt = createInterface({ input: stdin, output: io.stdout })
  try {
    const answer = await prompt.question(question)
    return /^y(es)?$/i.test(answer.trim())
  } finally {
    prompt.close()
  }
}

/** Whether each file may be written: new, unchanged, --yes, or a person said yes. */
async function mayWrite(
  root: string,
  files: readonly WrittenWorkflow[],
  options: InitOptions,
  io: CliIO,
): Promise<boolean> {
  for (const file of files) {
    const target = join(root, file.file)
    if (!existsSync(target) || options.yes || readFileSync(target, 'utf8') === file.text) continue
    if (io.stdin?.isTTY !== true)
      throw new InitError(
        `${file.file} exists already. Run tokenless init --yes to overwrite it, or --dry-run to see what would be written.`,
      )
    if (!(await ask(io, `${file.file} exists. Overwrite it? [y/N] `))) return false
  }
  return true
}

/** Doctor over the written files (in a scratch folder for --dry-run): no finding allowed. */
function doctorOn(
  root: string,
  files: readonly WrittenWorkflow[],
  dryRun: boolean,
): { clean: boolean; text: string } {
  const base = dryRun ? mkdtempSync(join(tmpdir(), 'tokenless-init-')) : root
  try {
    if (dryRun)
      for (const file of files) {
        mkdirSync(dirname(join(base, file.file)), { recursive: true })
        writeFileSync(join(base, file.file), file.text)
      }
    const result = runDoctor(
      loadRepository(
        base,
        files.map((file) => join(base, file.file)),
      ),
    )
    const clean = result.findings.length === 0 && result.failures.length === 0
    return { clean, text: clean ? '' : formatText(result) }
  } finally {
    if (dryRun) rmSync(base, { recursive: true, force: true })
  }
}

/**
 * The rehearsal to offer: with the version when no manifest holds it, and with CalVer, whose
 * validation computes today's date when no version is given.
 */
function rehearseCommandText(facts: ProjectFacts): string {
  const manifestsHaveVersion = facts.manifests.length > 0
  return manifestsHaveVersion && facts.tags.scheme !== 'calver'
    ? 'npx tokenless rehearse'
    : `npx tokenless rehearse --input version=${facts.version}`
}

/** Sets the "repository" npm checks provenance against where package.json has none. */
function setRepositoryFields(
  root: string,
  manifests: RepositoryFields,
  dryRun: boolean,
  io: CliIO,
): void {
  for (const edit of manifests.edits) {
    if (!dryRun) writeFileSync(join(root, edit.file), edit.text)
    io.stdout.write(
      `${dryRun ? 'Would set' : 'Set'} "repository" in ${edit.file} to ${edit.url}${dryRun ? ' (--dry-run: not written)' : ''}: npm refuses a publish with provenance whose package.json does not name the repository it runs in.\n`,
    )
  }
}

async function runInit(options: InitOptions, io: CliIO): Promise<number> {
  const root = repositoryRoot(resolve(io.cwd, options.path))
  const detected = await detectProject(root, { version: options.version })
  const facts: ProjectFacts =
    options.testCommand === undefined ? detected : { ...detected, testCommand: options.testCommand }
  const files = workflows(facts, options)
  io.stdout.write(detectionText(facts))
  if (options.dryRun) {
    for (const file of files)
      io.stdout.write(`\n--- ${file.file} (--dry-run: not written)\n${file.text}`)
  } else {
    if (!(await mayWrite(root, files, options, io))) {
      io.stdout.write('Nothing written.\n')
      return 1
    }
    for (const file of files) {
      mkdirSync(dirname(join(root, file.file)), { recursive: true })
      writeFileSync(join(root, file.file), file.text)
      io.stdout.write(`Wrote ${file.file}\n`)
    }
  }
  const manifests = repositoryFields(root, facts.npm, facts.repository)
  setRepositoryFields(root, manifests, options.dryRun, io)
  io.stdout.write(`\n${publishersText(facts)}`)
  const doctor = doctorOn(root, files, options.dryRun)
  const names = files.map((file) => file.file).join(', ')
  if (!doctor.clean) {
    io.stdout.write(`\ntokenless doctor on ${names}:\n${doctor.text}`)
    return 1
  }
  io.stdout.write(`\ntokenless doctor: no finding in ${names}.\n`)
  if (manifests.problems.length > 0) {
    io.stdout.write(
      `\nThe release would fail at its npm publish until package.json is changed:\n${manifests.problems.map((problem) => `  ${problem}\n`).join('')}`,
    )
    return 1
  }
  io.stdout.write(
    `\nRehearse the release against the sandbox (nothing leaves the machine):\n  ${rehearseCommandText(facts)}\n`,
  )
  return 0
}

export async function initCommand(args: string[], io: CliIO): Promise<number> {
  let options: InitOptions
  try {
    options = parseInitArgs(args)
  } catch (error) {
    if (!(error instanceof InitUsageError)) throw error
    io.stderr.write(`tokenless init: ${error.message}\n\n${INIT_USAGE}\n`)
    return 2
  }
  if (options.help) {
    io.stdout.write(`${INIT_USAGE}\n`)
    return 0
  }
  try {
    return await runInit(options, io)
  } catch (error) {
    if (error instanceof InitError || error instanceof ConfigurationError) {
      io.stderr.write(`tokenless init: ${error.message}\n`)
      return 1
    }
    throw error
  }
}
