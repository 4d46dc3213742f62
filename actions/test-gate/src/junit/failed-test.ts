// What the summary needs of a failed test, apart from the reader: the gate's first chunk imports
// this, and the XML parser stays in the chunk loaded only when there are reports to read.

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

/** `Class › test`, or the test alone when the class says nothing more (jest-junit's default). */
export function displayName(test: Pick<FailedTest, 'name' | 'classname'>): string {
  if (test.classname === undefined || test.classname === test.name) return test.name
  return `${test.classname} › ${test.name}`
}
