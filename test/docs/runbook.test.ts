import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

const REPO = resolve(import.meta.dirname, '..', '..')
const SCRIPT = join(REPO, 'scripts', 'runbook.mjs')

function runbook(...args: string[]): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' })
  return { code: result.status, output: `${result.stdout}${result.stderr}`.trim() }
}

describe('docs/RELEASING.md', () => {
  it('documents every message the actions can print and every error code, and only those', () => {
    const { code, output } = runbook()
    // On failure the output lists each missing or stale entry and its fix.
    expect({ code, output }).toEqual({
      code: 0,
      output: expect.stringMatching(
        /^docs\/RELEASING\.md documents all \d+ messages the actions can print \(\d+ errors, \d+ failures, \d+ warnings\) and all \d+ error codes, read from \d+ files\.$/,
      ),
    })
  })
})

/** A scratch repository: one action whose messages the test chooses, and a runbook. */
class Scratch {
  readonly root = mkdtempSync(join(tmpdir(), 'tokenless-runbook-'))

  write(path: string, text: string): this {
    mkdirSync(dirname(join(this.root, path)), { recursive: true })
    writeFileSync(join(this.root, path), text)
    return this
  }

  read(path: string): string {
    return readFileSync(join(this.root, path), 'utf8')
  }

  action(main: string): this {
    this.write(
      'packages/action-kit/src/index.ts',
      'export class ConfigurationError extends Error {}\n',
    )
    this.write('actions/demo/src/index.ts', "import { run } from './main.js'\nvoid run\n")
    return this.write(
      'actions/demo/src/main.ts',
      `import { ConfigurationError } from '@tokenless/action-kit'\n${main}`,
    )
  }

  run(...args: string[]) {
    return runbook('--root', this.root, ...args)
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true })
  }
}

function entry(kind: string, pattern: string, means = 'It means this.', fix = 'Do that.'): string {
  return `> **${kind}**: \`${pattern}\`\n\n**Means:** ${means}\n\n**Fix:** ${fix}\n`
}

function doc(...entries: string[]): string {
  return `# Releasing\n\n### demo\n\n${entries.join('\n')}`
}

describe('scripts/runbook.mjs on a scratch repository', () => {
  let scratch: Scratch
  beforeEach(() => {
    scratch = new Scratch()
  })
  afterEach(() => scratch.remove())

  it('reads strings, templates, conditionals, consts, functions, factories and warnings', () => {
    scratch.action(`
const HINT = 'Set it.'
const MISSING = 'Nothing to do.'
function explain(status: number, name: string): string {
  if (status === 404) return \`\${name} was not found\`
  return \`\${name} failed with HTTP \${status}\`
}
function inputError(message: string): ConfigurationError {
  return new ConfigurationError(message)
}
export function run(ctx: { log: { warning(m: string, a?: object): void } }, tag: string, sha: string, ok: boolean, findings: { warn(r: string, d: string): void }) {
  if (!tag) throw new ConfigurationError(MISSING)
  if (ok) throw new ConfigurationError(ok ? 'First branch.' : \`Tag \${tag} is at \${sha.slice(0, 7)}. \${HINT}\`)
  if (sha) throw new ConfigurationError(explain(404, tag))
  if (sha === tag) throw inputError(\`The input \${tag} is wrong.\`)
  let message = 'One.'
  if (ok) message = 'Two.'
  ctx.log.warning(message, { title: 'x' })
  findings.warn('bump', 'The bump is too small.')
  throw new Error('Plain ' + 'failure.')
}
`)
    const { code, output } = scratch.run('--list')
    expect(code).toBe(0)
    const rows = output.split('\n').map((line) => line.split('\t'))
    expect(
      rows.map(([kind, group, site, pattern]) => `${kind} | ${group} | ${site} | ${pattern}`),
    ).toEqual([
      'error | demo | actions/demo/src/main.ts:13 | Nothing to do.',
      'error | demo | actions/demo/src/main.ts:14 | First branch.',
      'error | demo | actions/demo/src/main.ts:14 | Tag <tag> is at <sha>. Set it.',
      'error | demo | actions/demo/src/main.ts:15 | <name> was not found',
      'error | demo | actions/demo/src/main.ts:15 | <name> failed with HTTP <status>',
      'warning | demo | actions/demo/src/main.ts:19 | One.',
      'warning | demo | actions/demo/src/main.ts:19 | Two.',
      'warning | demo | actions/demo/src/main.ts:20 | The bump is too small.',
      'failure | demo | actions/demo/src/main.ts:21 | Plain failure.',
      // A factory's callers come after the sinks: tagError(message) is read at its call.
      'error | demo | actions/demo/src/main.ts:16 | The input <tag> is wrong.',
    ])
  })

  it('passes when every message has an explained entry, whatever the placeholders are called', () => {
    scratch
      .action(
        'export function run(tag: string) { throw new ConfigurationError(`Tag ${tag} is bad.`) }\n',
      )
      .write('docs/RELEASING.md', doc(entry('error', 'Tag <release-tag> is bad.')))
    expect(scratch.run()).toEqual({
      code: 0,
      output:
        'docs/RELEASING.md documents all 1 messages the actions can print (1 errors, 0 failures, 0 warnings), read from 3 files.',
    })
  })

  it('fails on a message with no entry, and names the file, the line and the fix', () => {
    scratch
      .action("export function run() { throw new ConfigurationError('The tag is missing.') }\n")
      .write('docs/RELEASING.md', doc())
    expect(scratch.run()).toEqual({
      code: 1,
      output: [
        'docs/RELEASING.md does not match the code: 1 problem.',
        '- Not in docs/RELEASING.md: the error "The tag is missing." (actions/demo/src/main.ts:2). Run `node scripts/runbook.mjs --write` to add its entry under "### demo", then write what it means and the fix.',
      ].join('\n'),
    })
  })

  it('fails on an entry whose message the code no longer prints, and suggests the new wording', () => {
    scratch
      .action(
        "export function run() { throw new ConfigurationError('The tag v1 is missing from the remote.') }\n",
      )
      .write(
        'docs/RELEASING.md',
        doc(
          entry('error', 'The tag v1 is missing from origin.'),
          entry('warning', 'Gone entirely.'),
        ),
      )
    expect(scratch.run()).toEqual({
      code: 1,
      output: [
        'docs/RELEASING.md does not match the code: 3 problems.',
        '- Not in docs/RELEASING.md: the error "The tag v1 is missing from the remote." (actions/demo/src/main.ts:2). Run `node scripts/runbook.mjs --write` to add its entry under "### demo", then write what it means and the fix.',
        '- docs/RELEASING.md:5 documents "The tag v1 is missing from origin.", which the code no longer prints. It may have become "The tag v1 is missing from the remote." (actions/demo/src/main.ts:2): edit the entry\'s message to that.',
        '- docs/RELEASING.md:11 documents "Gone entirely.", which the code no longer prints. Edit the entry to the message as the code now prints it, or delete the entry.',
      ].join('\n'),
    })
  })

  it('fails on an entry without its explanation, a duplicate, and a wrong kind', () => {
    scratch
      .action(
        "export function run(log: { warning(m: string): void }) { log.warning('Careful.'); throw new ConfigurationError('Stop.') }\n",
      )
      .write(
        'docs/RELEASING.md',
        doc(
          entry('error', 'Stop.', 'TODO', ''),
          entry('error', 'Stop.'),
          entry('error', 'Careful.', 'It means this.', 'TODO'),
        ),
      )
    expect(scratch.run()).toEqual({
      code: 1,
      output: [
        'docs/RELEASING.md does not match the code: 4 problems.',
        '- docs/RELEASING.md:11 documents "Stop." again (first at line 5). Keep one entry and link to it from elsewhere.',
        '- docs/RELEASING.md:5: the entry for "Stop." has no **Means:** and no **Fix:** text. Write what the message means and what to do about it.',
        '- docs/RELEASING.md:17 calls "Careful." an error, but the code prints it as a warning (actions/demo/src/main.ts:2). Change **error** to **warning**.',
        '- docs/RELEASING.md:17: the entry for "Careful." has no **Fix:** text. Write what the message means and what to do about it.',
      ].join('\n'),
    })
  })

  it('fails on a message it cannot read, and says how to make it readable', () => {
    scratch
      .action(
        'export function run(messages: string[]) { throw new ConfigurationError(messages.join(" ")) }\n',
      )
      .write('docs/RELEASING.md', doc())
    expect(scratch.run()).toEqual({
      code: 1,
      output: [
        'docs/RELEASING.md does not match the code: 1 problem.',
        '- actions/demo/src/main.ts:2: the error message `messages.join(" ")` cannot be read statically. Write it as a string or template literal (or a const, or a function returning one), or, if it only passes on a message documented where it is made, add { file: \'actions/demo/src/main.ts\', text: \'messages.join(" ")\' } to FORWARDERS in scripts/runbook.mjs.',
      ].join('\n'),
    })
  })

  it('fails on a FORWARDERS entry that no code uses any more', () => {
    scratch
      .action(
        "import { warnNothing } from '../../../packages/github/src/client.js'\nexport function run() { warnNothing() }\n",
      )
      .write('packages/github/src/client.ts', 'export function warnNothing(): void {}\n')
      .write('docs/RELEASING.md', doc())
    expect(scratch.run()).toEqual({
      code: 1,
      output: [
        'docs/RELEASING.md does not match the code: 1 problem.',
        "- FORWARDERS in scripts/runbook.mjs lists { file: 'packages/github/src/client.ts', text: 'message' }, but no message there is passed on as `message` any more. Remove it from FORWARDERS.",
      ].join('\n'),
    })
  })

  it('says when the runbook does not exist', () => {
    scratch.action("export function run() { throw new ConfigurationError('Stop.') }\n")
    expect(scratch.run()).toEqual({
      code: 1,
      output:
        'docs/RELEASING.md does not exist. Run `node scripts/runbook.mjs --write` to create it with an entry per message.',
    })
  })

  it("--write adds skeletons under the action's section, keeps written entries, and the check then asks for the explanations", () => {
    scratch
      .action(
        "export function run(ok: boolean) { if (ok) throw new ConfigurationError('Old.'); throw new ConfigurationError('New.') }\n",
      )
      .write(
        'docs/RELEASING.md',
        `# Releasing\n\n### demo\n\n${entry('error', 'Old.', 'Hand-written meaning.', 'Hand-written fix.')}\n### Later\n\nProse.\n`,
      )
    expect(scratch.run('--write')).toEqual({
      code: 1,
      output: [
        'docs/RELEASING.md: added 1 entry: write their **Means:** and **Fix:**.',
        'docs/RELEASING.md does not match the code: 1 problem.',
        '- docs/RELEASING.md:11: the entry for "New." has no **Means:** and no **Fix:** text. Write what the message means and what to do about it.',
      ].join('\n'),
    })
    expect(scratch.read('docs/RELEASING.md')).toBe(
      [
        '# Releasing',
        '',
        '### demo',
        '',
        '> **error**: `Old.`',
        '',
        '**Means:** Hand-written meaning.',
        '',
        '**Fix:** Hand-written fix.',
        '',
        '> **error**: `New.`',
        '',
        '**Means:** TODO',
        '',
        '**Fix:** TODO',
        '',
        '### Later',
        '',
        'Prose.',
        '',
      ].join('\n'),
    )
    expect(scratch.run('--write').output.split('\n')[0]).toBe('docs/RELEASING.md: added 0 entries.')
  })

  it('reads a typed error with its code first, and checks every code has one row', () => {
    scratch
      .write(
        'packages/versioning/src/index.ts',
        [
          "import { ConfigurationError } from '@tokenless/action-kit'",
          "export type VersionErrorCode = 'TL_TAG_PREFIX' | 'TL_TAG_NAME' | 'TL_TAG_EMPTY'",
          'export class VersionError extends ConfigurationError {',
          '  constructor(readonly code: VersionErrorCode, message: string) { super(message) }',
          '}',
          'function tagError(message: string): VersionError {',
          "  return new VersionError('TL_TAG_NAME', message)",
          '}',
          'export function parseTag(tag: string): string {',
          "  if (!tag.startsWith('v')) throw new VersionError('TL_TAG_PREFIX', `Tag ${tag} lacks v.`)",
          "  if (tag.includes(' ')) throw tagError('Tags have no spaces.')",
          '  return tag',
          '}',
          '',
        ].join('\n'),
      )
      .action("import { parseTag } from '@tokenless/versioning'\nexport const run = parseTag\n")
    expect(scratch.run('--list').output.split('\n')).toEqual([
      'error\tVersions and tags (any action)\tpackages/versioning/src/index.ts:10\tTag <tag> lacks v.\tTL_TAG_PREFIX',
      'error\tVersions and tags (any action)\tpackages/versioning/src/index.ts:11\tTags have no spaces.\tTL_TAG_NAME',
    ])
    scratch.write(
      'docs/RELEASING.md',
      [
        '# Releasing',
        '',
        '### Versions and tags (any action)',
        '',
        entry('error', 'Tag <t> lacks v.'),
        entry('error', 'Tags have no spaces.'),
        '## Error codes',
        '',
        '| Code | Defined in | Means |',
        '| --- | --- | --- |',
        '| `TL_TAG_PREFIX` | @tokenless/versioning | The tag lacks its prefix. |',
        '| `TL_TAG_NAME` | @tokenless/git | TODO |',
        '| `TL_TAG_PREFIX` | @tokenless/versioning | Again. |',
        '| `TL_TAG_GONE` | @tokenless/versioning | A code no package defines. |',
        '',
      ].join('\n'),
    )
    expect(scratch.run()).toEqual({
      code: 1,
      output: [
        'docs/RELEASING.md does not match the code: 5 problems.',
        '- docs/RELEASING.md:23 lists the error code TL_TAG_PREFIX again (first at line 21). Keep one row.',
        '- Not in docs/RELEASING.md: the error code TL_TAG_EMPTY (packages/versioning/src/index.ts:2). Add the row | `TL_TAG_EMPTY` | @tokenless/versioning | what it means | to the table under "## Error codes" (`node scripts/runbook.mjs --write` adds it), then write what it means.',
        '- docs/RELEASING.md:22 says TL_TAG_NAME is defined in "@tokenless/git", but @tokenless/versioning defines it (packages/versioning/src/index.ts:2). Change the row to @tokenless/versioning.',
        '- docs/RELEASING.md:22: the row for TL_TAG_NAME does not say what it means. Write it: what was found, and where its messages are.',
        '- docs/RELEASING.md:24 lists the error code TL_TAG_GONE, which no package defines any more. Delete the row, or rename it to the code that replaced it.',
      ].join('\n'),
    })
  })

  it('--write adds a row for each code the table lacks, making the table when there is none', () => {
    scratch
      .write(
        'packages/errors/src/index.ts',
        "export const CONFIGURATION_ERROR_CODE = 'TL_CONFIGURATION'\n",
      )
      .action(
        "import '../../../packages/errors/src/index.js'\nexport function run() { throw new ConfigurationError('Stop.') }\n",
      )
      .write('docs/RELEASING.md', doc(entry('error', 'Stop.')))
    expect(scratch.run('--list').output).toBe(
      'error\tdemo\tactions/demo/src/main.ts:3\tStop.\tTL_CONFIGURATION',
    )
    expect(scratch.run('--write').output.split('\n').slice(0, 3)).toEqual([
      'docs/RELEASING.md: added 1 entry: write their **Means:** and **Fix:**.',
      'docs/RELEASING.md does not match the code: 1 problem.',
      '- docs/RELEASING.md:15: the row for TL_CONFIGURATION does not say what it means. Write it: what was found, and where its messages are.',
    ])
    expect(scratch.read('docs/RELEASING.md').split('\n').slice(-6)).toEqual([
      '## Error codes',
      '',
      '| Code | Defined in | Means |',
      '| --- | --- | --- |',
      '| `TL_CONFIGURATION` | @tokenless/errors | TODO |',
      '',
    ])
  })
})
