// Bench entry (bundled by bench/test-gate.mjs): parses the JUnit report at argv[2] as test-gate
// does and prints the counts.
import { readFile } from 'node:fs/promises'
import { parseJUnitReport } from '../actions/test-gate/src/junit/junit-report.js'

const file = process.argv[2]
if (!file) throw new Error('usage: junit-parse REPORT.xml')
const report = parseJUnitReport(await readFile(file, 'utf8'))
process.stdout.write(`${JSON.stringify({ tests: report.tests, failures: report.failures })}\n`)
