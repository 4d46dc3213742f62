import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  displayName,
  NotJUnitError,
  parseJUnitReport,
} from '../../actions/test-gate/src/junit/junit-report.js'
import { tokenizeXml, XmlSyntaxError } from '../../actions/test-gate/src/junit/xml-tokenizer.js'
import { repoRoot } from '../support/action-defaults.js'

const fixture = (name: string) =>
  readFileSync(join(repoRoot, 'test', 'fixtures', 'junit', name), 'utf8')

function syntaxError(xml: string): XmlSyntaxError {
  try {
    tokenizeXml(xml, {
      openElement: () => undefined,
      closeElement: () => undefined,
      text: () => undefined,
    })
  } catch (error) {
    if (error instanceof XmlSyntaxError) return error
    throw error
  }
  throw new Error('expected an XmlSyntaxError')
}

describe('the XML tokenizer', () => {
  it('reports elements, decoded attributes, text, CDATA, and the line of each start tag', () => {
    const events: string[] = []
    tokenizeXml(
      '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x "y">]>\n<!-- c -->\n<a k="1 &lt; 2" j=\'&#x41;&#66;\'>\n  t&amp;u<![CDATA[<raw>&amp;]]><b/>\n</a>\n',
      {
        openElement: (name, attributes, line) =>
          events.push(`open ${name}@${line} ${JSON.stringify([...attributes])}`),
        closeElement: (name) => events.push(`close ${name}`),
        text: (text) => events.push(`text ${JSON.stringify(text)}`),
      },
    )
    expect(events).toEqual([
      'open a@4 [["k","1 < 2"],["j","AB"]]',
      'text "\\n  t&u"',
      'text "<raw>&amp;"',
      'open b@5 []',
      'close b',
      'text "\\n"',
      'close a',
    ])
  })

  it.each([
    ['<a><b></a>', 'The closing tag </a> does not match the open element <b>', 1, 7],
    [
      '<a>\n<b>\n',
      'The document ends inside <b>: it is cut short or a closing tag is missing',
      3,
      1,
    ],
    ['<a x="1" x="2"/>', 'The attribute x appears twice in <a>', 1, 12],
    ['<a x=1/>', 'The value of the attribute x of <a> is not quoted', 1, 6],
    ['<a>\n  AT&T\n</a>', 'A bare & (write &amp;) or an entity without ; near "&T"', 2, 5],
    [
      '<a>&nbsp;</a>',
      'The entity &nbsp; is not defined (XML knows &lt; &gt; &amp; &quot; &apos;)',
      1,
      4,
    ],
    ['<a/><b/>', 'Markup after the root element has ended', 1, 5],
    ['text<a/>', 'Text before the root element', 1, 1],
    ['<a><!-- open</a>', 'A comment is not closed with -->', 1, 4],
    ['', 'The document has no root element', 1, 1],
    ['<a>&#0;</a>', 'The character reference &#0; is not a valid character', 1, 4],
  ])('rejects %j: %s', (xml, reason, line, column) => {
    const error = syntaxError(xml)
    expect(error.reason).toBe(reason)
    expect([error.line, error.column]).toEqual([line, column])
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
})
