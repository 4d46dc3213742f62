// npm run setup: what `npm start` and `npm test` need beyond `npm ci` and Node.js, installed from
// Debian with apt-get when it is missing (as root, or through sudo), and said: what was already
// there and what was installed. Run it twice: the second run installs nothing.
//   node scripts/setup.mjs --check   only says what is missing (exit 1 when something is)
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const check = process.argv.includes('--check')
const unknown = process.argv.slice(2).filter((arg) => arg !== '--check')
if (unknown.length > 0) {
  console.error(`npm run setup: unknown argument ${unknown.join(' ')}; it takes only --check.`)
  process.exit(2)
}

/** The first line a command prints, or undefined when it cannot run or fails. */
function versionOf(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' })
  if (result.error !== undefined || result.status !== 0) return undefined
  return `${result.stdout}${result.stderr}`.trim().split('\n')[0]
}

// Each need: the Debian package that provides it, why it is needed, and how to tell it is there.
const NEEDS = [
  {
    apt: 'git',
    why: 'the rehearsal and the tests make git repositories',
    present: () => versionOf('git', ['--version']),
  },
  {
    apt: 'python3',
    why: "setup-python's stand-in runs the Python of this machine",
    present: () => versionOf('python3', ['--version']),
  },
  {
    apt: 'python3-pip',
    why: 'jobs run `python -m pip` (the demo builds its wheel with pip), as on GitHub',
    present: () => versionOf('python3', ['-m', 'pip', '--version'])?.replace(/ from .*/, ''),
  },
  {
    apt: 'twine',
    why: "the PyPI stand-in's tests upload with Debian's twine, /usr/bin/twine",
    present: () => (existsSync('/usr/bin/twine') ? '/usr/bin/twine' : undefined),
  },
  {
    apt: 'libfaketime',
    why: "rehearse --clock and --approval-wait move the jobs' clock with it (LD_PRELOAD)",
    present: () =>
      [
        '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
        '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1',
      ].find((path) => existsSync(path)),
  },
  {
    apt: 'hyperfine',
    why: 'npm run bench times with it',
    present: () => versionOf('hyperfine', ['--version']),
  },
]

function survey() {
  return NEEDS.map((need) => ({ ...need, found: need.present() }))
}

const before = survey()
const there = before.filter((need) => need.found !== undefined)
const missing = before.filter((need) => need.found === undefined)
if (there.length > 0) {
  console.log('Already there:')
  for (const need of there) console.log(`  ${need.apt.padEnd(13)} ${need.found}`)
}
if (missing.length === 0) {
  console.log('Nothing to install: npm start and npm test have what they need.')
  process.exit(0)
}
console.log('Missing:')
for (const need of missing) console.log(`  ${need.apt.padEnd(13)} ${need.why}`)
const packages = missing.map((need) => need.apt)
if (check) {
  console.log(`Run \`npm run setup\` to install them (apt-get install ${packages.join(' ')}).`)
  process.exit(1)
}

if (versionOf('apt-get', ['--version']) === undefined) {
  console.error(
    `No apt-get here (npm run setup installs from Debian or Ubuntu). Install ${packages.join(', ')} with this system's package manager, then run npm run setup again to check.`,
  )
  process.exit(1)
}
const root = typeof process.getuid === 'function' && process.getuid() === 0
if (!root && versionOf('sudo', ['--version']) === undefined) {
  console.error(
    `apt-get needs root and there is no sudo: run \`apt-get install ${packages.join(' ')}\` as root, or npm run setup as root.`,
  )
  process.exit(1)
}
const apt = (args) => {
  const [command, prefix] = root ? ['apt-get', []] : ['sudo', ['apt-get']]
  console.log(`$ ${root ? '' : 'sudo '}apt-get ${args.join(' ')}`)
  const result = spawnSync(command, [...prefix, ...args], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (result.status !== 0) {
    console.error(
      `apt-get ${args[0]} failed (exit ${result.status ?? result.error?.message}): nothing more was done. Fix what it says, then run npm run setup again.`,
    )
    process.exit(1)
  }
}
apt(['update', '-qq'])
apt(['install', '-y', '-qq', '--no-install-recommends', ...packages])

const after = survey()
const still = after.filter((need) => need.found === undefined)
console.log('Installed:')
for (const need of after.filter((each) => packages.includes(each.apt) && each.found !== undefined))
  console.log(`  ${need.apt.padEnd(13)} ${need.found}`)
if (still.length > 0) {
  console.error(
    `Still missing after apt-get: ${still.map((need) => need.apt).join(', ')}. Install them by hand.`,
  )
  process.exit(1)
}
console.log('npm start and npm test have what they need.')
