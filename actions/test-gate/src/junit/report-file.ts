import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { ConfigurationError } from '@tokenless/action-kit'
import {
  type JUnitReport,
  JUnitReader,
  NotJUnitError,
  XmlSyntaxError,
  XmlTooDeepError,
} from './junit-report.js'

/** A report larger than this is refused unread: no test reporter writes one. */
export const REPORT_SIZE_LIMIT = 256 * 1024 * 1024
/** More reports than this is a glob that matches far more than the test reports. */
export const REPORT_COUNT_LIMIT = 10_000

/** What bounds the reading of the reports. */
export interface ReadLimits {
  /** Epoch milliseconds after which reading stops with an error. */
  deadline: number
  /** What set the deadline, for the message: `timeout-minutes (30 min)`. */
  deadlineName: string
  sizeLimit?: number
  depthLimit?: number
  /** The clock (tests). */
  now?: () => number
}

const CHUNK_BYTES = 64 * 1024

function mebibytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MiB`
}

function outOfTime(name: string, limits: ReadLimits, read: number, size: number): never {
  throw new ConfigurationError(
    `Reading the JUnit report ${name} was stopped at ${limits.deadlineName}, which bounds the tests and the reading of their reports together (${read} of ${size} bytes read). Raise timeout-minutes, or look at the report: one this slow to read is broken or far too large.`,
    { location: { file: name, line: 1 }, input: 'timeout-minutes', title: 'JUnit report not read' },
  )
}

/**
 * Streams one report file into a JUnitReader, 64 KiB at a time, so that memory does not grow
 * with the file. A file over the size limit, one that is not a regular file, running past the
 * deadline, malformed XML (with its file and line), a document that is not a JUnit report and
 * nesting past the depth limit are ConfigurationErrors naming the file.
 */
export async function readReportFile(
  file: string,
  name: string,
  limits: ReadLimits,
): Promise<JUnitReport> {
  const now = limits.now ?? Date.now
  // O_NONBLOCK: a FIFO put where a report was expected must not hang the open.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) {
      throw new ConfigurationError(
        `${name} is not a regular file. Point junit at the JUnit XML files the tests wrote.`,
        { input: 'junit' },
      )
    }
    const sizeLimit = limits.sizeLimit ?? REPORT_SIZE_LIMIT
    if (stat.size > sizeLimit) {
      throw new ConfigurationError(
        `${name} is ${mebibytes(stat.size)}, more than the ${mebibytes(sizeLimit)} a JUnit report may be: it was not read. Check that junit matches only the JUnit reports, and that the tests do not write their whole output into them.`,
        { location: { file: name, line: 1 }, input: 'junit', title: 'JUnit report too large' },
      )
    }
    if (now() > limits.deadline) outOfTime(name, limits, 0, stat.size)
    const reader = new JUnitReader({ depthLimit: limits.depthLimit })
    const stream = handle.createReadStream({
      encoding: 'utf8',
      highWaterMark: CHUNK_BYTES,
      autoClose: false,
    })
    let read = 0
    try {
      for await (const chunk of stream as AsyncIterable<string>) {
        if (now() > limits.deadline) outOfTime(name, limits, read, stat.size)
        read += Buffer.byteLength(chunk)
        // A file that grows while it is read is held to the same limit.
        if (read > sizeLimit) {
          throw new ConfigurationError(
            `${name} grew past ${mebibytes(sizeLimit)} while it was read: it is still being written. Read the reports after the tests have ended.`,
            { location: { file: name, line: 1 }, input: 'junit', title: 'JUnit report too large' },
          )
        }
        reader.write(chunk)
      }
      return reader.end()
    } catch (error) {
      throw explain(error, name)
    } finally {
      stream.destroy()
    }
  } finally {
    await handle.close()
  }
}

function explain(error: unknown, name: string): unknown {
  if (error instanceof XmlSyntaxError) {
    return new ConfigurationError(
      `${name}:${error.line}:${error.column} is not well-formed XML: ${error.reason}. The test reporter wrote a broken report (was it cut short by a crash or a full disk?).`,
      {
        location: { file: name, line: error.line, column: error.column },
        title: 'Malformed JUnit report',
      },
    )
  }
  if (error instanceof NotJUnitError) {
    return new ConfigurationError(
      `${name} is not a JUnit report: ${error.message}. Point junit at the JUnit XML files only.`,
      { location: { file: name, line: 1 }, input: 'junit' },
    )
  }
  if (error instanceof XmlTooDeepError) {
    return new ConfigurationError(
      `${name}:${error.line} nests elements more than ${error.limit.toLocaleString('en-US')} deep: it was not read further. No test reporter writes this: point junit at the JUnit reports only.`,
      { location: { file: name, line: error.line }, title: 'JUnit report too deep' },
    )
  }
  return error
}
