// The demo: demo/ replayed into a temp git repository with a believable history (conventional
// commits, earlier release tags), so validate-tag, the release notes and bump-check read real data.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { git } from '@tokenless/git'

export interface DemoHistory {
  author: { name: string; email: string }
  repository: string
  branch: string
  commits: Array<{
    date: string
    message: string
    version?: string
    tag?: string
    workflow?: boolean
    files: Record<string, '@' | string[]>
  }>
}

export interface WorkflowFile {
  /** Where it goes in the repository: `.github/workflows/release.yml`. */
  path: string
  text: string
}

/** Every file of the demo folder but its history, by path relative to it. */
function demoFiles(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name === '__pycache__' || entry.name === 'dist') {
        continue
      }
      for (const [file, text] of demoFiles(dir, path)) files.set(file, text)
    } else if (path !== 'history.json') {
      files.set(path, readFileSync(join(dir, path), 'utf8'))
    }
  }
  return files
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

/**
 * Builds the demo repository as a bare git repository at `gitDir` (GitHub's copy): one
 * `git fast-import` of every commit and tag in demo/history.json. Returns the history read.
 */
export async function buildDemoRepository(
  demoDir: string,
  gitDir: string,
  workflows: WorkflowFile[],
): Promise<DemoHistory> {
  const history = JSON.parse(readFileSync(join(demoDir, 'history.json'), 'utf8')) as DemoHistory
  const final = demoFiles(demoDir)
  const tree = new Map<string, string>()
  const who = `${history.author.name} <${history.author.email}>`
  let stream = ''
  history.commits.forEach((commit, index) => {
    const last = index === history.commits.length - 1
    for (const [path, content] of Object.entries(commit.files)) {
      const text = content === '@' ? final.get(path) : `${content.join('\n')}\n`
      if (text === undefined) {
        throw new Error(`demo/history.json names ${path}, which is not in ${demoDir}.`)
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
    const when = `${seconds(commit.date)} +0000`
    stream += `commit refs/heads/${history.branch}\nmark :${index + 1}\n`
    stream += `author ${who} ${when}\ncommitter ${who} ${when}\n${data(commit.message)}`
    if (index > 0) stream += `from :${index}\n`
    stream += 'deleteall\n'
    for (const [path, text] of [...tree].sort(([a], [b]) => a.localeCompare(b))) {
      stream += `M 100644 inline ${path}\n${data(text)}`
    }
    if (commit.tag !== undefined) {
      stream += `tag ${commit.tag}\nfrom :${index + 1}\ntagger ${who} ${when}\n${data(commit.tag)}`
    }
  })
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
