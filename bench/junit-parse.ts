// Bench entry (bundled by bench/test-gate.mjs): reads the JUnit report at argv[2] as test-gate
// does (streamed through saxes, 64 KiB at a time) and prints the counts.
import { readReportFile } from '../actions/test-gate/src/junit/report-file.js'

const file = process.argv[2]
if (!file) throw new Error('usage: junit-parse REPORT.xml')
const report = await readReportFile(file, file, {
  deadline: Date.now() + 600_000,
  deadlineName: 'the bench (10 min)',
})
process.stdout.write(`${JSON.stringify({ tests: report.tests, failures: report.failures })}\n`)
