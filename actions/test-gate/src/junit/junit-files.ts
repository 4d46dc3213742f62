import { isAbsolute, relative, resolve } from 'node:path'
import { ConfigurationError, globFilesInWorkspace } from '@tokenless/action-kit'
import { type FailedTest, FAILED_LIMIT, type JUnitCounts } from './junit-report.js'
import { REPORT_COUNT_LIMIT, type ReadLimits, readReportFile } from './report-file.js'

/** A failed test with its report, and its source file relative to the workspace when known. */
export interface ReportedFailure extends FailedTest {
  /** The report it came from, relative to the workspace. */
  report: string
  /** The test's source file relative to the workspace, for an annotation. */
  sourceFile: string | undefined
}

export interface JUnitResults extends JUnitCounts {
  /** Reports read, relative to the workspace. */
  reports: string[]
  failed: ReportedFailure[]
}

function slash(path: string): string {
  return path.split('\\').join('/')
}

/** Test files in reports are relative to where the tests ran (pytest's rootdir, jest's cwd). */
function sourceFileOf(
  file: string | undefined,
  cwd: string,
  workspace: string,
): string | undefined {
  if (file === undefined) return undefined
  const absolute = isAbsolute(file) ? file : resolve(cwd, file)
  const path = relative(workspace, absolute)
  return path.startsWith('..') || isAbsolute(path) ? slash(file) : slash(path)
}

/**
 * Reads every report the globs match (relative to cwd), one after the other, streamed, within
 * the limits (the deadline above all). A glob matching no file, malformed XML (with its file and
 * line), a document that is not a JUnit report and a limit passed are ConfigurationErrors.
 */
export async function readJUnitReports(
  patterns: string[],
  cwd: string,
  workspace: string,
  limits: ReadLimits,
): Promise<JUnitResults> {
  const files = new Set<string>()
  for (const pattern of patterns) {
    const matched = await globFilesInWorkspace(workspace, pattern, { input: 'junit', cwd })
    if (matched.length === 0) {
      throw new ConfigurationError(
        `The junit glob ${pattern} matches no file in ${slash(relative(workspace, cwd)) || '.'}. The tests wrote no report there: check the reporter's output path (jest-junit's outputDirectory, pytest --junitxml, surefire's reportsDirectory) and the glob.`,
        { input: 'junit' },
      )
    }
    for (const file of matched) files.add(file)
  }
  const results: JUnitResults = {
    tests: 0,
    failures: 0,
    errors: 0,
    skipped: 0,
    time: 0,
    reports: [],
    failed: [],
  }
  if (files.size > REPORT_COUNT_LIMIT) {
    throw new ConfigurationError(
      `The junit globs match ${files.size} files, more than the ${REPORT_COUNT_LIMIT} reports test-gate reads: none was read. Make the globs match only the JUnit reports (e.g. reports/junit-*.xml, not **/*.xml).`,
      { input: 'junit' },
    )
  }
  for (const file of files) {
    const name = slash(relative(workspace, file))
    const report = await readReportFile(file, name, limits)
    results.reports.push(name)
    results.tests += report.tests
    results.failures += report.failures
    results.errors += report.errors
    results.skipped += report.skipped
    results.time += report.time
    for (const failed of report.failed.slice(0, FAILED_LIMIT - results.failed.length)) {
      results.failed.push({
        ...failed,
        report: name,
        sourceFile: sourceFileOf(failed.file, cwd, workspace),
      })
    }
  }
  return results
}
