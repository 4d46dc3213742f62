// The report as text: what was rehearsed on what, what was registered, each job and step, what
// the registries and the GitHub stand-in hold afterwards, each job's summary, and the verdict.
import { seconds } from './progress.js'
import type { RehearsalReport } from './rehearsal.js'
import type { JobRecord } from './run-records.js'

const ICONS: Record<string, string> = {
  success: '✓',
  failure: '✗',
  skipped: '-',
  cancelled: '⊘',
  'not-rehearsed': '?',
  waiting: '·',
  running: '●',
  pending: '·',
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : `${prefix}${line}`))
    .join('\n')
}

function jobLines(job: JobRecord): string[] {
  const lines: string[] = []
  const details = [
    job.environment === undefined ? undefined : `environment ${job.environment.name}`,
    job.idToken ? 'id-token: write' : undefined,
    job.attempt > 1 ? `attempt ${job.attempt}` : undefined,
  ].filter((detail) => detail !== undefined)
  lines.push(
    `  ${ICONS[job.status] ?? '?'} ${job.label.padEnd(30)} ${job.status.padEnd(8)} ${seconds(job.durationMs).padStart(7)}${details.length > 0 ? `   ${details.join(', ')}` : ''}`,
  )
  if (job.permissions !== '') lines.push(`      permissions: ${job.permissions}`)
  if (job.concurrency !== undefined) lines.push(`      concurrency: ${job.concurrency}`)
  for (const note of job.notes) lines.push(`      ${note}`)
  for (const step of job.steps) {
    lines.push(
      `      ${ICONS[step.status] ?? '?'} ${step.label} ${step.status === 'skipped' ? '(skipped)' : seconds(step.durationMs)}`,
    )
    for (const note of step.notes) lines.push(`          ${note}`)
    for (const annotation of step.annotations) {
      if (annotation.level === 'notice') continue
      const where =
        annotation.file === undefined
          ? ''
          : ` (${annotation.file}${annotation.line === undefined ? '' : `:${annotation.line}`})`
      lines.push(`          ${annotation.level}: ${annotation.message}${where}`)
    }
    if (step.status === 'failure') {
      const tail = step.log.slice(-20)
      if (tail.length > 0)
        lines.push('          log (last lines):', ...tail.map((line) => `          | ${line}`))
    }
  }
  return lines
}

/** Doctor's findings, one line each; `tokenless doctor` gives the fix of each. */
function doctorLines(report: RehearsalReport): string[] {
  const { counts, findings } = report.doctor
  const plural = (count: number, word: string): string =>
    `${count} ${word}${count === 1 ? '' : 's'}`
  const lines = [
    '',
    `Doctor (what the workflow file shows, run or not): ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}${findings.length > 0 ? '; `tokenless doctor` gives the fix of each' : ''}`,
  ]
  for (const finding of findings) {
    lines.push(
      `  ${finding.severity.padEnd(7)} ${finding.rule} (${finding.file}:${finding.line}): ${finding.message}`,
    )
  }
  return lines
}

export function renderReport(report: RehearsalReport): string {
  const out: string[] = []
  const inputs = Object.entries(report.inputs).map(
    // An empty input is shown as "": the maintainer left it empty.
    ([name, value]) =>
      `${name}=${typeof value === 'string' && value !== '' ? value : JSON.stringify(value)}`,
  )
  out.push(
    '',
    `Rehearsal of ${report.workflow} (${report.event}${inputs.length > 0 ? `: ${inputs.join(', ')}` : ''}) on ${report.repository} at ${report.ref.replace(/^refs\/(heads|tags)\//, '')} (${report.sha.slice(0, 7)})`,
    `  from ${report.source}`,
  )
  for (const note of report.notes) out.push(`  ${note}`)
  out.push(...doctorLines(report))
  out.push('', 'Sandbox (127.0.0.1 only; every publish goes here, whatever the workflow names):')
  for (const [name, url] of Object.entries(report.sandbox)) out.push(`  ${name.padEnd(13)} ${url}`)
  out.push('', 'Trusted publishers registered:')
  if (report.trustedPublishers.length === 0)
    out.push('  none (the workflow has no publish-oidc step, or the repository no package)')
  for (const publisher of report.trustedPublishers) {
    out.push(
      `  ${(publisher.registry === 'npm' ? 'npm' : publisher.registry === 'pypi' ? 'PyPI' : 'TestPyPI').padEnd(8)} ${publisher.name}: owner ${publisher.owner}, repository ${publisher.repository}, workflow ${publisher.workflow}, ${publisher.environment === undefined ? 'no environment (a token from any environment matches)' : `environment ${publisher.environment}`}${publisher.overridden ? '   (from --trusted-publisher)' : ''}`,
    )
  }
  for (const seed of report.seeded) {
    out.push(
      `  seeded on npm: ${seed.name}@${seed.version} from ${seed.from} (npm takes no first publish through OIDC)`,
    )
  }
  if (report.faults.length > 0) {
    out.push('', 'Faults injected (attempt 1 only):')
    for (const fault of report.faults) {
      out.push(`  ${fault.description}: matched ${fault.matched} call(s), applied ${fault.applied}`)
    }
  }
  if (report.concurrency !== undefined) out.push('', `Concurrency: ${report.concurrency}`)
  for (const attempt of report.attempts) {
    out.push(
      '',
      `Jobs${report.attempts.length > 1 ? ` (attempt ${attempt.attempt}${attempt.attempt > 1 ? ': the failed jobs rerun on the same sandbox state' : ''})` : ''}: ${attempt.result} in ${seconds(attempt.durationMs)}`,
    )
    for (const job of attempt.jobs) out.push(...jobLines(job))
  }
  if (report.notRehearsed.length > 0) {
    out.push('', 'Not rehearsed (the run went on without them):')
    for (const item of report.notRehearsed) out.push(`  ? ${item}`)
  }
  if (report.unrehearsedPublishes.length > 0) {
    out.push('', 'Publish and release steps that did not run against the sandbox:')
    for (const item of report.unrehearsedPublishes) out.push(`  ! ${item}`)
  }
  if (report.differences.length > 0) {
    out.push('', "Differences from GitHub's runner:")
    for (const item of report.differences) out.push(`  ~ ${item}`)
  }

  out.push('', 'Published (read back from the registries):')
  const { npm, pypi, releases } = report.readBack
  let any = false
  for (const pkg of npm) {
    for (const version of pkg.published) {
      any = true
      const tags = Object.entries(pkg.distTags)
        .filter(([, tagged]) => tagged === version)
        .map(([tag]) => tag)
      out.push(
        `  npm      ${pkg.name}@${version}  dist-tag ${tags.join(', ') || '(none)'}  ${pkg.integrity[version] ?? ''}`,
      )
    }
    if (pkg.uploads > pkg.published.length) {
      out.push(
        `  npm      ${pkg.name}: ${pkg.uploads} publishes accepted for ${pkg.published.length} version(s)`,
      )
    }
  }
  for (const project of pypi) {
    for (const file of project.files) {
      any = true
      const count = project.uploads[file.filename] ?? 0
      out.push(
        `  ${project.registry === 'pypi' ? 'PyPI    ' : 'TestPyPI'} ${project.name} ${file.version}  ${file.filename}  sha256 ${file.sha256.slice(0, 16)}…${file.yanked ? '  (yanked)' : ''}${count > 1 ? `  uploaded ${count} times` : ''}`,
      )
    }
  }
  if (!any) out.push('  nothing')
  for (const line of report.versionDisagreements ?? []) {
    out.push(`  ✗ ${line}: the tag and the package disagree`)
  }
  out.push('', 'GitHub release (read back from the GitHub stand-in):')
  if (releases.length === 0) out.push('  none')
  for (const release of releases) {
    const flags = [
      release.draft ? 'draft' : 'published',
      release.prerelease ? 'prerelease' : undefined,
      release.latest ? 'latest' : undefined,
    ].filter(Boolean)
    out.push(
      `  ${release.tag} "${release.name}" (${flags.join(', ')}) by ${release.author}, target ${release.target}`,
    )
    out.push(`    ${release.url}`)
    if (release.assets.length > 0) {
      out.push(
        `    assets: ${release.assets.map((asset) => `${asset.name} (${asset.size} B)`).join(', ')}`,
      )
    }
    const body = release.body.trim().split('\n').slice(0, 12)
    if (body.length > 0 && body[0] !== '') out.push(indent(body.join('\n'), '    │ '))
  }
  if (report.readBack.issues.length > 0) {
    out.push('', 'Issues (read back from the GitHub stand-in):')
    for (const issue of report.readBack.issues) {
      out.push(`  #${issue.number} "${issue.title}" (${issue.state})`, `    ${issue.url}`)
    }
  }
  const last = report.attempts[report.attempts.length - 1]
  const summaries = (last?.jobs ?? []).filter((job) => job.summary.trim() !== '')
  if (summaries.length > 0) {
    out.push('', 'Job summaries:')
    for (const job of summaries) {
      out.push(`  ── ${job.label} ──`)
      out.push(indent(job.summary.trimEnd(), '  '))
    }
  }
  out.push(
    '',
    `Time: ${seconds(report.timing.total)} (${Object.entries(report.timing)
      .filter(([name]) => name !== 'total' && !name.startsWith('start '))
      .map(([name, ms]) => `${name} ${seconds(ms)}`)
      .join(', ')})`,
  )
  out.push('', report.verdict, '')
  return out.join('\n')
}
