// Writes a wheel and an sdist of bench-attest at the next patch version into argv[2]/dist
// (emptied first), counting in argv[2]/version: every bench run uploads new files.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeDists } from '../packages/sandbox/test/fixtures/pypi/dists.js'

const dir = process.argv[2] ?? '.'
const counter = join(dir, 'version')
const next = (existsSync(counter) ? Number(readFileSync(counter, 'utf8')) : 0) + 1
writeFileSync(counter, String(next))
rmSync(join(dir, 'dist'), { recursive: true, force: true })
await writeDists(join(dir, 'dist'), { name: 'bench-attest', version: `1.0.${next}` })
