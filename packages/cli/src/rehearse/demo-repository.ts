// The demo: demo/ replayed into a temp git repository with a believable history (conventional
// commits, earlier release tags), so validate-tag, the release notes and bump-check read real data.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { git } from '@tokenless/git'
import type { DemoName } from './options.js'

/** Where each demo lives in the tokenless repository. */
export const DEMO_FOLDERS: Record<DemoName, string> = {
  'npm-python': 'demo',
  'python-only': 'demo/python-only',
  monorepo: 'demo/monorepo',
}

/**
 * The demo that fits a workflow: monorepo when it reads packages/*, python-only when it
 * publishes to PyPI or TestPyPI and not to npm, npm-python otherwise.
 */
export function demoFor(workflowText: string): DemoName {
  if (/packages\/\*/.test(workflowText)) return 'monorepo'
  const registries = [...workflowText.matchAll(/^\s*registry:\s*['"]?([\w.:/-]+)/gm)].map(
    (match) => match[1] ?? '',
  )
  const pypi = registries.some((registry) => /pypi/.test(registry))
  const npm = registries.some((registry) => !/pypi/.test(registry))
  return pypi && !npm ? 'python-only' : 'npm-python'
}

interface DemoCommit {
  date: string
  message: string
  version?: string
  tag?: string | string[]
  workflow?: boolean
  /** '@': the file as it is in the demo folder; '@path': a file of another demo (shared); lines. */
  files: Record<string, string | string[]>
}

export interface DemoHistory {
  author: { name: string; email: string }
  repository: string
  branch: string
  commits: DemoCommit[]
  /** Other branches, each cut from a tag of the main branch, with its own commits. */
  branches?: Array<{ name: string; from: string; commits: DemoCommit[] }>
}

export interface WorkflowFile {
  /** Where it goes in the repository: `.github/workflows/release.yml`. */
  path: string
  text: string
}

/**
 * Every file of the demo folder but its history, by path relative to it. A folder with its own
 * history.json is another demo, not part of this one.
 */
function demoFiles(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`
    if (entry.isDirectory()) {
      if (
        entry.name === 'node_modules' ||
        entry.name === '__pycache__' ||
        entry.name === 'dist' ||
        existsSync(join(dir, path, 'history.json'))
      ) {
        continue
      }
      for (const [file, text] of demoFiles(dir, path)) files.set(file, text)
    } else if (path !== 'history.json') {
      // npm leaves every .gitignore out of a package: the packaged command carries it as gitignore.
      const name = entry.name === 'gitignore' ? '.gitignore' : entry.name
      files.set(prefix === '' ? name : `${prefix}/${name}`, readFileSync(join(dir, path), 'utf8'))
    }
  }
  return files
}

/** `@../python/x.py`: a file kept once in another demo's folder, read relative to this one. */
function sharedFile(demoDir: string, reference: string): string | undefined {
  const path = join(demoDir, reference.replace(/^@/, ''))
  return reference.startsWith('@') && existsSync(path) ? readFileSync(path, 'utf8') : undefined
}

function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number)
  const right = b.split('.').map(Number)
  for (let index = 0; index < 3; index++) {
    const diff = (left[index] ?? 0) - (right[index] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

/** The manifests and the changelog as they were at `version`. */
function atVersion(path: string, text: string, version: string): string {
  if (path.endsWith('package.json')) {
    return text.replace(/"version": "[^"]*"/, `"version": "${version}"`)
  }
  if (path.endsWith('pyproject.toml')) {
    return text.replace(/^version = "[^"]*"$/m, `version = "${version}"`)
  }
  if (path === 'CHANGELOG.md') {
    const [head = '', ...sections] = text.split(/^(?=## \[)/m)
    return (
      head +
      sections
        .filter((section) => {
          const found = /^## \[([^\]]+)\]/.exec(section)?.[1]
          return found === undefined || compareVersions(found, version) <= 0
        })
        .join('')
    )
  }
  return text
}

function seconds(date: string): number {
  return Math.floor(new Date(date).getTime() / 1000)
}

function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}\n`
}

/**
 * The workflow files the demo needs: the rehearsed workflow as `.github/workflows/<name>`, and
 * every local reusable workflow it calls (`./.github/workflows/x.yml`), found next to it or in
 * this repository's .github/workflows.
 */
export function demoWorkflowFiles(workflowSource: string, suiteRoot: string): WorkflowFile[] {
  const files: WorkflowFile[] = []
  const queue = [workflowSource]
  while (queue.length > 0) {
    const source = queue.shift() ?? ''
    const path = `.github/workflows/${basename(source)}`
    if (files.some((file) => file.path === path)) continue
    const text = readFileSync(source, 'utf8')
    files.push({ path, text })
    for (const match of text.matchAll(/uses:\s*['"]?\.\/\.github\/workflows\/([\w.-]+)/g)) {
      const name = match[1] ?? ''
      const nextTo = join(dirname(source), name)
      const inSuite = join(suiteRoot, '.github', 'workflows', name)
      if (existsSync(nextTo)) queue.push(nextTo)
      else if (existsSync(inSuite)) queue.push(inSuite)
    }
  }
  return files
}

/** The tags of a commit, one or several. */
function tagsOf(commit: DemoCommit): string[] {
  return commit.tag === undefined ? [] : Array.isArray(commit.tag) ? commit.tag : [commit.tag]
}

/**
 * Builds the demo repository as a bare git repository at `gitDir` (GitHub's copy): one
 * `git fast-import` of every commit and tag in the demo's history.json, the main branch first,
 * then each other branch from the tag it was cut from. Returns the history read.
 */
export async function buildDemoRepository(
  demoDir: string,
  gitDir: string,
  workflows: WorkflowFile[],
): Promise<DemoHistory> {
  const history = JSON.parse(readFileSync(join(demoDir, 'history.json'), 'utf8')) as DemoHistory
  const final = demoFiles(demoDir)
  const who = `${history.author.name} <${history.author.email}>`
  let stream = ''
  let mark = 0
  /** The tree at each tag, and its commit's mark: where another branch starts. */
  const tagged = new Map<string, { mark: number; tree: Map<string, string> }>()
  const replay = (
    branch: string,
    commits: DemoCommit[],
    start: { mark: number; tree: Map<string, string> } | undefined,
    isMain: boolean,
  ): void => {
    const tree = new Map(start?.tree ?? [])
    let parent = start?.mark
    commits.forEach((commit, index) => {
      const last = isMain && index === commits.length - 1
      for (const [path, content] of Object.entries(commit.files)) {
        const text =
          content === '@'
            ? final.get(path)
            : typeof content === 'string'
              ? sharedFile(demoDir, content)
              : `${content.join('\n')}\n`
        if (text === undefined) {
          throw new Error(
            `${join(demoDir, 'history.json')} names ${path}, which is not in ${demoDir}.`,
          )
        }
        tree.set(path, text)
      }
      if (commit.workflow === true || last) {
        for (const workflow of workflows) tree.set(workflow.path, workflow.text)
      }
      if (last) for (const [path, text] of final) tree.set(path, text)
      if (commit.version !== undefined) {
        for (const [path, text] of tree) tree.set(path, atVersion(path, text, commit.version))
      }
      mark += 1
      const when = `${seconds(commit.date)} +0000`
      stream += `commit refs/heads/${branch}\nmark :${mark}\n`
      stream += `author ${who} ${when}\ncommitter ${who} ${when}\n${data(commit.message)}`
      if (parent !== undefined) stream += `from :${parent}\n`
      stream += 'deleteall\n'
      for (const [path, text] of [...tree].sort(([a], [b]) => a.localeCompare(b))) {
        stream += `M 100644 inline ${path}\n${data(text)}`
      }
      for (const tag of tagsOf(commit)) {
        stream += `tag ${tag}\nfrom :${mark}\ntagger ${who} ${when}\n${data(tag)}`
        tagged.set(tag, { mark, tree: new Map(tree) })
      }
      parent = mark
    })
  }
  replay(history.branch, history.commits, undefined, true)
  for (const branch of history.branches ?? []) {
    const from = tagged.get(branch.from)
    if (from === undefined) {
      throw new Error(
        `${join(demoDir, 'history.json')}: the branch ${branch.name} starts from ${branch.from}, which no commit of ${history.branch} is tagged with.`,
      )
    }
    replay(branch.name, branch.commits, from, false)
  }
  await git(dirname(gitDir), [
    'init',
    '--quiet',
    '--bare',
    `--initial-branch=${history.branch}`,
    gitDir,
  ])
  await git(gitDir, ['fast-import', '--quiet'], { input: stream })
  return history
}

/** Every tag of the demo, in the order of its history. */
export function demoTags(history: DemoHistory): string[] {
  return [
    ...history.commits.flatMap(tagsOf),
    ...(history.branches ?? []).flatMap((branch) => branch.commits.flatMap(tagsOf)),
  ]
}
