import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError } from '@tokenless/action-kit'
import {
  displayName,
  JUnitReader,
  NotJUnitError,
  parseJUnitReport,
  XmlSyntaxError,
} from '../../actions/test-gate/src/junit/junit-report.js'
import { readReportFile } from '../../actions/test-gate/src/junit/report-file.js'
import { repoRoot } from '../support/action-defaults.js'

const fixture = (name: string) =>
  readFileSync(join(repoRoot, 'test', 'fixtures', 'junit', name), 'utf8')

function syntaxError(xml: string): XmlSyntaxError {
  try {
    parseJUnitReport(xml)
  } catch (error) {
    if (error instanceof XmlSyntaxError) return error
    throw error
  }
  throw new Error('expected an XmlSyntaxError')
}

const suite = (cases: string) => `<testsuite name="s">${cases}</testsuite>`

describe('the XML of a report (saxes)', () => {
  it.each([
    ['<testsuite><b></testsuite>', 'Unexpected close tag', 1, 26],
    [
      '<testsuite>\n<b>\n',
      'The document ends inside <b>: it is cut short or a closing tag is missing',
      3,
      1,
    ],
    ['<testsuite x="1" x="2"/>', 'Duplicate attribute: x', 1, 24],
    ['<testsuite x=1/>', 'Unquoted attribute value', 1, 14],
    ['<testsuite>&nbsp;</testsuite>', 'Undefined entity', 1, 17],
    ['<testsuite/><b/>', 'Documents may contain only one root', 1, 15],
    ['text<testsuite/>', 'Text data outside of root node', 1, 5],
    ['', 'Document must contain a root element', 1, 1],
    ['<testsuite>&#0;</testsuite>', 'Malformed character entity', 1, 15],
    ['<testsuite x="<"/>', 'Disallowed character', 1, 15],
  ])('rejects %j: %s', (xml, reason, line, column) => {
    const error = syntaxError(xml)
    expect(error.reason).toBe(reason)
    expect([error.line, error.column]).toEqual([line, column])
  })

  it('decodes the five entities and character references in text and attributes', () => {
    const report = parseJUnitReport(
      suite(
        `<testcase name="&apos;&quot;&amp;&lt;&gt;&#x27;&#39;" classname="a&#x41;&#66;"><failure>&apos;&quot;&amp;&lt;&gt;&#x27;&#39;</failure></testcase>`,
      ),
    )
    expect(report.failed[0]).toMatchObject({
      name: `'"&<>''`,
      classname: 'aAB',
      message: `'"&<>''`,
    })
  })

  it('does not expand entities declared in a DOCTYPE', () => {
    const error = syntaxError(
      '<!DOCTYPE testsuite [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><testsuite>&b;</testsuite>',
    )
    expect(error.reason).toBe('Undefined entity')
  })

  it('reads the same report whatever the chunks it comes in', () => {
    const xml = fixture('pytest.xml').replace('assert 4 == 3', 'assert 4 == 3 😀 ✓')
    const whole = parseJUnitReport(xml)
    expect(whole.failed[0]?.message).toBe('assert 4 == 3 😀 ✓')
    for (let size = 1; size < 40; size += 3) {
      const reader = new JUnitReader()
      for (let at = 0; at < xml.length; at += size) reader.write(xml.slice(at, at + size))
      expect(reader.end()).toEqual(whole)
    }
  })

  it('reads a report nested 100,000 deep, and refuses one deeper than the limit', () => {
    const depth = 100_000
    const xml = `<testsuites>${'<testsuite name="n">'.repeat(depth)}<testcase name="deep"><failure message="at the bottom"/></testcase>${'</testsuite>'.repeat(depth)}</testsuites>`
    const report = parseJUnitReport(xml)
    expect(report).toMatchObject({ tests: 1, failures: 1 })
    expect(report.failed[0]?.message).toBe('at the bottom')
    const reader = new JUnitReader({ depthLimit: 1000 })
    expect(() => reader.write(xml)).toThrow('elements are nested more than 1,000 deep')
  })
})

describe('parseJUnitReport', () => {
  it('reads jest-junit: failures from CDATA text, skipped, the root time, file without line', () => {
    const report = parseJUnitReport(fixture('jest-junit.xml'))
    expect(report).toMatchObject({ tests: 3, failures: 1, errors: 0, skipped: 1, time: 1.234 })
    expect(report.failed).toEqual([
      {
        name: 'widget sums & rounds',
        classname: 'widget sums & rounds',
        outcome: 'failed',
        message: 'Error: expect(received).toBe(expected) // Object.is equality',
        file: 'src/widget.test.ts',
        line: undefined,
        reportLine: 6,
      },
    ])
    expect(displayName(report.failed[0]!)).toBe('widget sums & rounds')
  })

  it('reads pytest: failure and error messages, file and line, unicode names', () => {
    const report = parseJUnitReport(fixture('pytest.xml'))
    expect(report).toMatchObject({ tests: 5, failures: 1, errors: 1, skipped: 1, time: 0.542 })
    expect(
      report.failed.map((test) => [
        displayName(test),
        test.outcome,
        test.message,
        test.file,
        test.line,
      ]),
    ).toEqual([
      ['tests.test_widget › test_rounds', 'failed', 'assert 4 == 3', 'tests/test_widget.py', 7],
      [
        'tests.test_widget › test_db',
        'error',
        'failed on setup with "ConnectionRefusedError"',
        'tests/test_widget.py',
        11,
      ],
    ])
  })

  it('reads surefire: a testsuite root, flaky failures count as passed', () => {
    const report = parseJUnitReport(fixture('surefire.xml'))
    expect(report).toMatchObject({ tests: 4, failures: 1, errors: 0, skipped: 1, time: 2.5 })
    expect(report.failed[0]).toMatchObject({
      name: 'rounds',
      classname: 'com.acme.WidgetTest',
      message: 'expected: <3> but was: <4>',
    })
  })

  it('reads go-junit-report: the time from the suites when the root has none', () => {
    const report = parseJUnitReport(fixture('go-junit-report.xml'))
    expect(report).toMatchObject({ tests: 3, failures: 1, errors: 0, skipped: 1, time: 0.012 })
    expect(report.failed[0]).toMatchObject({ name: 'TestRound', message: 'Failed' })
  })

  it('takes the first line of the text when a failure has no message', () => {
    const report = parseJUnitReport(
      '<testsuite><testcase name="t"><failure>\n\n  boom\n  at x</failure></testcase></testsuite>',
    )
    expect(report.failed[0]?.message).toBe('boom')
  })

  it('refuses a document that is not a JUnit report', () => {
    expect(() => parseJUnitReport('<coverage line-rate="1"/>')).toThrow(NotJUnitError)
    expect(() => parseJUnitReport('<coverage line-rate="1"/>')).toThrow(
      'the root element is <coverage>, not <testsuites> or <testsuite>',
    )
  })

  it('reads 50,000 test cases in one pass', () => {
    const cases = Array.from(
      { length: 50_000 },
      (_, index) =>
        `<testcase classname="c${index % 100}" name="t${index}" time="0.001">${index % 1000 === 0 ? '<failure message="no"/>' : ''}</testcase>`,
    ).join('\n')
    const report = parseJUnitReport(
      `<testsuites><testsuite name="big">${cases}</testsuite></testsuites>`,
    )
    expect(report).toMatchObject({ tests: 50_000, failures: 50, skipped: 0 })
    expect(report.failed[1]?.reportLine).toBe(1001)
  })

  it.each([
    ['<skipped/><failure message="boom"/>', 'skipped then failure'],
    ['<failure message="boom"/><skipped/>', 'failure then skipped'],
  ])('counts a testcase with both <skipped/> and <failure/> as failed (%s)', (children) => {
    const report = parseJUnitReport(suite(`<testcase name="t">${children}</testcase>`))
    expect(report).toMatchObject({ tests: 1, failures: 1, skipped: 0 })
    expect(report.failed[0]).toMatchObject({ outcome: 'failed', message: 'boom' })
  })

  it('keeps the first error or failure of a testcase', () => {
    const report = parseJUnitReport(
      suite(
        '<testcase name="t"><skipped/><error message="teardown"/><failure message="x"/></testcase>',
      ),
    )
    expect(report).toMatchObject({ tests: 1, failures: 0, errors: 1, skipped: 0 })
    expect(report.failed[0]).toMatchObject({ outcome: 'error', message: 'teardown' })
  })

  it('counts every failure but keeps the details of the first ones only', () => {
    const cases = Array.from(
      { length: 30 },
      (_, index) => `<testcase name="t${index}"><failure message="m${index}"/></testcase>`,
    ).join('')
    const reader = new JUnitReader({ failedLimit: 10 })
    reader.write(suite(cases))
    const report = reader.end()
    expect(report.failures).toBe(30)
    expect(report.failed.map((test) => test.name)).toEqual(
      Array.from({ length: 10 }, (_, index) => `t${index}`),
    )
  })
})

describe('readReportFile: the limits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-junit-limits-'))
  const report = join(dir, 'report.xml')
  writeFileSync(report, fixture('pytest.xml'))
  const later = () => Date.now() + 60_000

  async function refusal(promise: Promise<unknown>): Promise<ConfigurationError> {
    try {
      await promise
    } catch (error) {
      if (error instanceof ConfigurationError) return error
      throw error
    }
    throw new Error('expected a ConfigurationError')
  }

  it('reads a report within them', async () => {
    const read = await readReportFile(report, 'report.xml', {
      deadline: later(),
      deadlineName: 'timeout-minutes (1 min)',
    })
    expect(read).toMatchObject({ tests: 5, failures: 1, errors: 1 })
  })

  it('stops at the deadline, naming the file and the limit', async () => {
    const error = await refusal(
      readReportFile(report, 'reports/report.xml', {
        deadline: Date.now() - 1,
        deadlineName: 'timeout-minutes (0.5 min)',
      }),
    )
    expect(error.message).toBe(
      `Reading the JUnit report reports/report.xml was stopped at timeout-minutes (0.5 min), which bounds the tests and the reading of their reports together (0 of ${statSync(report).size} bytes read). Raise timeout-minutes, or look at the report: one this slow to read is broken or far too large.`,
    )
    expect(error.location).toEqual({ file: 'reports/report.xml', line: 1 })
  })

  it('stops between chunks when the deadline passes during the reading', async () => {
    const big = join(dir, 'big.xml')
    writeFileSync(big, suite('<testcase name="t"/>'.repeat(20_000)))
    // The clock moves 600 ms per look: the first two looks (before the file, before its first
    // chunk) are in time, the third (before the second chunk) is not.
    let now = 0
    const error = await refusal(
      readReportFile(big, 'big.xml', {
        deadline: 1500,
        deadlineName: 'timeout-minutes (1 min)',
        now: () => (now += 600),
      }),
    )
    expect(error.message).toMatch(
      /^Reading the JUnit report big\.xml was stopped at timeout-minutes \(1 min\), which bounds the tests and the reading of their reports together \(65536 of 400032 bytes read\)\./,
    )
  })

  it('refuses a report over the size limit unread', async () => {
    const error = await refusal(
      readReportFile(report, 'report.xml', {
        deadline: later(),
        deadlineName: 'timeout-minutes (1 min)',
        sizeLimit: 1024,
      }),
    )
    expect(error.message).toMatch(
      /^report\.xml is \d\.\d\d MiB, more than the 0\.00 MiB a JUnit report may be: it was not read\. Check that junit matches only the JUnit reports, and that the tests do not write their whole output into them\.$/,
    )
  })

  it('stops a file that grows past the size limit while it is read', async () => {
    // A /proc file says it is 0 bytes long and has more: as a report still being written.
    const error = await refusal(
      readReportFile('/proc/self/status', 'status.xml', {
        deadline: later(),
        deadlineName: 'timeout-minutes (1 min)',
        sizeLimit: 16,
      }),
    )
    expect(error.message).toBe(
      'status.xml grew past 0.00 MiB while it was read: it is still being written. Read the reports after the tests have ended.',
    )
  })

  it('refuses a FIFO without waiting for a writer', async () => {
    const fifo = join(dir, 'fifo.xml')
    execFileSync('mkfifo', [fifo])
    const error = await refusal(
      readReportFile(fifo, 'fifo.xml', {
        deadline: later(),
        deadlineName: 'timeout-minutes (1 min)',
      }),
    )
    expect(error.message).toBe(
      'fifo.xml is not a regular file. Point junit at the JUnit XML files the tests wrote.',
    )
  })

  it('refuses nesting past the depth limit, naming the file and line', async () => {
    const deep = join(dir, 'deep.xml')
    writeFileSync(deep, `<testsuites>\n${'<testsuite>'.repeat(50)}`)
    const error = await refusal(
      readReportFile(deep, 'deep.xml', {
        deadline: later(),
        deadlineName: 'timeout-minutes (1 min)',
        depthLimit: 20,
      }),
    )
    expect(error.message).toBe(
      'deep.xml:2 nests elements more than 20 deep: it was not read further. No test reporter writes this: point junit at the JUnit reports only.',
    )
  })
})
