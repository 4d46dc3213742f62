// packages/cli/src/doctor/README.md, generated from the rule definitions (a test keeps it in sync).
import { DOCTOR_USAGE } from './command.js'
import { FIX_DOCS } from './fix/fixers.js'
import type { Rule } from './rule.js'
import { RULES } from './rules/index.js'

function section(rule: Rule): string {
  const context = Object.entries(rule.context ?? {})
    .map(([path, text]) => `With \`${path}\` in the repository:\n\n\`\`\`yaml\n${text}\`\`\`\n\n`)
    .join('')
  return `### \`${rule.id}\` (${rule.severity})

${rule.title}

**What can go wrong.** ${rule.why}

**Fix.** ${rule.fix}

${FIX_DOCS[rule.id] === undefined ? '' : `**\`--fix\`** ${FIX_DOCS[rule.id]}\n\n`}${context}Reported:

\`\`\`yaml
${rule.bad}\`\`\`

Not reported:

\`\`\`yaml
${rule.good}\`\`\`
`
}

export function renderRulesDoc(rules: readonly Rule[] = RULES): string {
  const table = rules.map(
    (rule) =>
      `| [\`${rule.id}\`](#${rule.id}-${rule.severity}) | ${rule.severity} | ${rule.title.replace(/\|/g, '\\|')} |`,
  )
  return `<!-- Generated from packages/cli/src/doctor/rules/*.ts by packages/cli/test/doctor/rules-doc.test.ts: edit the rules, then run it with TOKENLESS_UPDATE_DOCS=1. -->
# tokenless doctor

\`tokenless doctor\` reads a repository's GitHub Actions workflows and reports the release hazards
that are visible in the files: the publish job, its permissions and credentials, the order of
tests, tags and publishes, triggers that never fire, and the scripts and actions a release runs.
It follows the composite actions (\`uses: ./path\`, or \`$/path\` for this repository at the
running commit) and reusable workflows (\`uses: ./.github/workflows/x.yml\`) of the repository,
reads YAML anchors and multi-document files, and reports a file that is not valid YAML with its
line instead of stopping.

\`\`\`
${DOCTOR_USAGE}
\`\`\`

Severities: **error** (the release can fail, publish the wrong thing, or be taken over; exit
status 1), **warning** (a hazard with a legitimate use, worth a look), **note** (a fact about the
setup that surprises people on release day).

\`--format sarif\` writes SARIF 2.1.0 for GitHub code scanning:

\`\`\`yaml
      # in a job with \`permissions: { contents: read, security-events: write }\`
      - run: tokenless doctor --format sarif --output doctor.sarif
      - uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: doctor.sarif
          category: tokenless-doctor
\`\`\`

## \`--fix\`

\`tokenless doctor --fix\` rewrites what is mechanical, only where a rule found something, and
edits the file in place line by line: every line it does not change stays as it was, comments
included. \`--fix --dry-run\` prints the same changes as a unified diff and writes nothing. Each
change is said with the rule it answers; then come what is left to do by hand (the trusted
publishers to register on npm and PyPI with their exact values: package, owner, repository,
workflow file, environment; the secrets to delete) and the findings it does not change. A second
\`--fix\` changes nothing. The rules it answers: ${Object.keys(FIX_DOCS)
    .map((id) => `[\`${id}\`](#${id}-${RULES.find((rule) => rule.id === id)?.severity ?? 'error'})`)
    .join(', ')}.

## Rules

| Rule | Severity | Finds |
| --- | --- | --- |
${table.join('\n')}

${rules.map(section).join('\n')}`
}
