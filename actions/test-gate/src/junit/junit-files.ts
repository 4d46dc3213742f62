import { readFile } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { ConfigurationError, globFilesInWorkspace } from '@tokenless/action-kit'
import {
  type FailedTest,
  type JUnitCounts,
  NotJUnitError,
  parseJUnitReport,
} from './junit-report.js'
import { XmlSyntaxError } from './xml-tokenizer.js'

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
 * Reads every report the globs match (relative to cwd). A glob matching no file, malformed XML
 * (with its file and line) and a document that is not a JUnit report are ConfigurationErrors.
 */
export async function readJUnitReports(
  patterns: string[],
  cwd: string,
  workspace: string,
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
  for (const file of files) {
    const name = slash(relative(workspace, file))
    const report = parseReport(await readFile(file, 'utf8'), name)
    results.reports.push(name)
    results.tests += report.tests
    results.failures += report.failures
    results.errors += report.errors
    results.skipped += report.skipped
    results.time += report.time
    for (const failed of report.failed) {
      results.failed.push({
        ...failed,
        report: name,
        sourceFile: sourceFileOf(failed.file, cwd, workspace),
      })
    }
  }
  return results
}

function parseReport(xml: string, name: string) {
  try {
    return parseJUnitReport(xml)
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new ConfigurationError(
        `${name}:${error.line}:${error.column} is not well-formed XML: ${error.reason}. The test reporter wrote a broken report (was it cut short by a crash or a full disk?).`,
        {
          location: { file: name, line: error.line, column: error.column },
          title: 'Malformed JUnit report',
        },
      )
    }
    if (error instanceof NotJUnitError) {
      throw new ConfigurationError(
        `${name} is not a JUnit report: ${error.message}. Point junit at the JUnit XML files only.`,
        { location: { file: name, line: 1 }, input: 'junit' },
      )
    }
    throw error
  }
}
