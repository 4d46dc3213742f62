import { tokenizeXml } from './xml-tokenizer.js'

export type TestOutcome = 'failed' | 'error'

/** A test that did not pass, with where it is when the report says. */
export interface FailedTest {
  name: string
  classname: string | undefined
  outcome: TestOutcome
  /** The failure's message attribute, else the first line of its text. */
  message: string
  file: string | undefined
  line: number | undefined
  /** The report's line of the <testcase>. */
  reportLine: number
}

export interface JUnitCounts {
  tests: number
  failures: number
  errors: number
  skipped: number
  /** Seconds. */
  time: number
}

export interface JUnitReport extends JUnitCounts {
  failed: FailedTest[]
}

export class NotJUnitError extends Error {
  override readonly name = 'NotJUnitError'
  constructor(readonly rootElement: string) {
    super(`the root element is <${rootElement}>, not <testsuites> or <testsuite>`)
  }
}

/** At most this much of a failure's text is kept, for the first line of its message. */
const TEXT_LIMIT = 4096

interface OpenCase {
  name: string
  classname: string | undefined
  file: string | undefined
  line: number | undefined
  reportLine: number
  outcome: 'passed' | 'skipped' | TestOutcome
  message: string | undefined
  text: string
  collecting: boolean
  time: number
}

function number(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const parsed = Number(value.replace(/,/g, ''))
  return Number.isFinite(parsed) ? parsed : undefined
}

function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .find((line) => line !== '') ?? ''
  )
}

/**
 * Reads a JUnit XML report in the dialects in use: jest-junit, pytest (`file`/`line` on
 * <testcase>), Maven surefire (rerun and flaky children count as passed) and go-junit-report.
 * Counts come from the <testcase> elements, not the suites' attributes (nested suites would
 * count twice); the time is the root's, else the sum of the top suites', else the cases'.
 * Throws XmlSyntaxError for malformed XML and NotJUnitError for another kind of document.
 */
export function parseJUnitReport(xml: string): JUnitReport {
  const report: JUnitReport = { tests: 0, failures: 0, errors: 0, skipped: 0, time: 0, failed: [] }
  const stack: string[] = []
  let current: OpenCase | undefined
  let rootTime: number | undefined
  let suitesTime = 0
  let suitesTimed = true
  let caseTime = 0
  tokenizeXml(xml, {
    openElement(name, attributes, line) {
      const depth = stack.length
      stack.push(name)
      if (depth === 0) {
        if (name !== 'testsuites' && name !== 'testsuite') throw new NotJUnitError(name)
        rootTime = number(attributes.get('time'))
      }
      if (name === 'testsuite' && depth === 1 && stack[0] === 'testsuites') {
        const time = number(attributes.get('time'))
        if (time === undefined) suitesTimed = false
        else suitesTime += time
      }
      if (name === 'testcase') {
        current = {
          name: attributes.get('name') ?? '(unnamed)',
          classname: attributes.get('classname') || undefined,
          file: attributes.get('file') || undefined,
          line: number(attributes.get('line')),
          reportLine: line,
          outcome: 'passed',
          message: undefined,
          text: '',
          collecting: false,
          time: number(attributes.get('time')) ?? 0,
        }
        return
      }
      if (current === undefined || stack[stack.length - 2] !== 'testcase') return
      if (name === 'failure' || name === 'error') {
        // A case with both keeps the first: pytest writes an error for a failing teardown too.
        if (current.outcome === 'passed' || current.outcome === 'skipped') {
          current.outcome = name === 'failure' ? 'failed' : 'error'
          current.message = attributes.get('message') || undefined
          current.text = ''
          current.collecting = true
        }
      } else if (name === 'skipped' && current.outcome === 'passed') {
        current.outcome = 'skipped'
      }
    },
    closeElement(name) {
      stack.pop()
      if (current === undefined) return
      if (name === 'failure' || name === 'error') current.collecting = false
      if (name !== 'testcase') return
      report.tests++
      caseTime += current.time
      if (current.outcome === 'skipped') report.skipped++
      else if (current.outcome === 'failed' || current.outcome === 'error') {
        if (current.outcome === 'failed') report.failures++
        else report.errors++
        report.failed.push({
          name: current.name,
          classname: current.classname,
          outcome: current.outcome,
          message: firstLine(current.message ?? current.text) || current.outcome,
          file: current.file,
          line: current.line,
          reportLine: current.reportLine,
        })
      }
      current = undefined
    },
    text(text) {
      if (current?.collecting && current.text.length < TEXT_LIMIT) {
        current.text += text.slice(0, TEXT_LIMIT - current.text.length)
      }
    },
  })
  report.time = rootTime ?? (suitesTimed && suitesTime > 0 ? suitesTime : caseTime)
  return report
}

/** `Class › test`, or the test alone when the class says nothing more (jest-junit's default). */
export function displayName(test: Pick<FailedTest, 'name' | 'classname'>): string {
  if (test.classname === undefined || test.classname === test.name) return test.name
  return `${test.classname} › ${test.name}`
}
