import { SaxesParser, type SaxesTagPlain } from 'saxes'

import type { FailedTest, TestOutcome } from './failed-test.js'

export { displayName, type FailedTest, type TestOutcome } from './failed-test.js'

export interface JUnitCounts {
  tests: number
  failures: number
  errors: number
  skipped: number
  /** Seconds. */
  time: number
}

export interface JUnitReport extends JUnitCounts {
  /** The first failed tests (at most `failedLimit`); the counts above count them all. */
  failed: FailedTest[]
}

export class NotJUnitError extends Error {
  override readonly name = 'NotJUnitError'
  constructor(readonly rootElement: string) {
    super(`the root element is <${rootElement}>, not <testsuites> or <testsuite>`)
  }
}

/** Malformed XML, with the line and column (1-based) where the parser found it. */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError'
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} (line ${line}, column ${column})`)
  }
}

/** Elements nested deeper than a reader allows (its memory grows with the depth). */
export class XmlTooDeepError extends Error {
  override readonly name = 'XmlTooDeepError'
  constructor(
    readonly limit: number,
    readonly line: number,
  ) {
    super(`elements are nested more than ${limit.toLocaleString('en-US')} deep`)
  }
}

/** At most this much of a failure's text is kept, for the first line of its message. */
const TEXT_LIMIT = 4096
/** Real reports nest a few levels; each open level costs the parser a few hundred bytes. */
export const DEPTH_LIMIT = 1_000_000
/** Failed tests kept with their details; the summary lists 50 and annotates 50. */
export const FAILED_LIMIT = 1000

interface OpenCase {
  name: string
  classname: string | undefined
  file: string | undefined
  line: number | undefined
  reportLine: number
  /** The depth of the <testcase> element (the root is 1). */
  depth: number
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

/** saxes says `3:0: unclosed tag: b`: the reason alone, as a sentence. */
function reasonOf(message: string): string {
  const reason = message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')
  const unclosed = /^unclosed tag: (.*)$/.exec(reason)
  if (unclosed) {
    return `The document ends inside <${unclosed[1]}>: it is cut short or a closing tag is missing`
  }
  return reason.charAt(0).toUpperCase() + reason.slice(1)
}

/**
 * Reads a JUnit XML report in the dialects in use, fed in chunks as it is read from disk:
 * jest-junit, pytest (`file`/`line` on <testcase>), Maven surefire (rerun and flaky children
 * count as passed) and go-junit-report. The XML is parsed by saxes, a streaming parser: time is
 * linear in the size, memory in the depth (bounded by DEPTH_LIMIT), and entities declared in a
 * DOCTYPE are never expanded. Counts come from the <testcase> elements, not the suites'
 * attributes (nested suites would count twice); the time is the root's, else the sum of the top
 * suites', else the cases'. A testcase with both <skipped/> and <failure/> (or <error/>) failed:
 * a failure is never hidden by a skip. `write` and `close` throw XmlSyntaxError for malformed
 * XML, NotJUnitError for another kind of document and XmlTooDeepError past DEPTH_LIMIT.
 */
export class JUnitReader {
  private readonly parser = new SaxesParser<{ xmlns: false }>({ xmlns: false })
  private readonly report: JUnitReport = {
    tests: 0,
    failures: 0,
    errors: 0,
    skipped: 0,
    time: 0,
    failed: [],
  }
  private depth = 0
  private root: string | undefined
  private current: OpenCase | undefined
  private tagLine = 1
  private rootTime: number | undefined
  private suitesTime = 0
  private suitesTimed = true
  private caseTime = 0
  private readonly collectText = (text: string): void => {
    const current = this.current
    if (current?.collecting && current.text.length < TEXT_LIMIT) {
      current.text += text.slice(0, TEXT_LIMIT - current.text.length)
    }
  }

  constructor(private readonly options: { failedLimit?: number; depthLimit?: number } = {}) {
    const { parser } = this
    parser.on('error', (error) => {
      throw new XmlSyntaxError(reasonOf(error.message), parser.line, Math.max(1, parser.column))
    })
    // The line of `<name`, where the tag starts; opentag comes at its `>`.
    parser.on('opentagstart', () => {
      this.tagLine = parser.line
    })
    parser.on('opentag', (tag) => this.open(tag))
    parser.on('closetag', (tag) => this.close(tag.name))
    // Text is only wanted inside <failure> and <error>: saxes gathers none while no handler is set.
    parser.on('cdata', this.collectText)
  }

  write(chunk: string): void {
    this.parser.write(chunk)
  }

  /** Ends the document and returns the report. */
  end(): JUnitReport {
    this.parser.close()
    const report = this.report
    report.time =
      this.rootTime ?? (this.suitesTimed && this.suitesTime > 0 ? this.suitesTime : this.caseTime)
    return report
  }

  private open(tag: SaxesTagPlain): void {
    const { name, attributes } = tag
    this.depth++
    const depth = this.depth
    if (depth > (this.options.depthLimit ?? DEPTH_LIMIT)) {
      throw new XmlTooDeepError(this.options.depthLimit ?? DEPTH_LIMIT, this.tagLine)
    }
    if (depth === 1) {
      if (name !== 'testsuites' && name !== 'testsuite') throw new NotJUnitError(name)
      this.root = name
      this.rootTime = number(attributes.time)
    }
    if (name === 'testsuite' && depth === 2 && this.root === 'testsuites') {
      const time = number(attributes.time)
      if (time === undefined) this.suitesTimed = false
      else this.suitesTime += time
    }
    if (name === 'testcase') {
      // A <testcase> inside a <testcase> is not one: only the outer one counts.
      if (this.current !== undefined) return
      this.current = {
        name: attributes.name ?? '(unnamed)',
        classname: attributes.classname || undefined,
        file: attributes.file || undefined,
        line: number(attributes.line),
        reportLine: this.tagLine,
        depth,
        outcome: 'passed',
        message: undefined,
        text: '',
        collecting: false,
        time: number(attributes.time) ?? 0,
      }
      return
    }
    const current = this.current
    if (current === undefined || depth !== current.depth + 1) return
    if (name === 'failure' || name === 'error') {
      // A case with both keeps the first: pytest writes an error for a failing teardown too.
      if (current.outcome === 'passed' || current.outcome === 'skipped') {
        current.outcome = name === 'failure' ? 'failed' : 'error'
        current.message = attributes.message || undefined
        current.text = ''
        current.collecting = true
        this.parser.on('text', this.collectText)
      }
    } else if (name === 'skipped' && current.outcome === 'passed') {
      current.outcome = 'skipped'
    }
  }

  private close(name: string): void {
    const depth = this.depth
    this.depth--
    const current = this.current
    if (current === undefined) return
    if (current.collecting && depth === current.depth + 1) {
      current.collecting = false
      this.parser.off('text')
    }
    if (name !== 'testcase' || depth !== current.depth) return
    const report = this.report
    report.tests++
    this.caseTime += current.time
    if (current.outcome === 'skipped') report.skipped++
    else if (current.outcome === 'failed' || current.outcome === 'error') {
      if (current.outcome === 'failed') report.failures++
      else report.errors++
      if (report.failed.length < (this.options.failedLimit ?? FAILED_LIMIT)) {
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
    }
    this.current = undefined
  }
}

/** Reads a whole report held in memory (tests and tools; the action streams its files). */
export function parseJUnitReport(xml: string): JUnitReport {
  const reader = new JUnitReader()
  reader.write(xml)
  return reader.end()
}
