// Where the rehearsal's runner is not GitHub's: the OS a job asked for (every job runs here, on
// this machine), the versions a setup action asked for and this machine does not have, and the
// tools GitHub's image has that this machine lacks, each with the way to install it instead of a
// bare `command not found`.
import type { JobRecord } from './run-records.js'

/** Tools of GitHub's ubuntu-latest image (or put there by a setup action), with how to install each. */
export const RUNNER_TOOLS: Readonly<Record<string, string>> = {
  pipx: 'python3 -m pip install --user pipx (or apt-get install pipx)',
  uv: 'curl -LsSf https://astral.sh/uv/install.sh | sh (or pipx install uv); astral-sh/setup-uv installs it on GitHub',
  uvx: 'curl -LsSf https://astral.sh/uv/install.sh | sh (uvx comes with uv)',
  gh: 'apt-get install gh (see https://cli.github.com)',
  jq: 'apt-get install jq',
  yq: 'the yq binary from https://github.com/mikefarah/yq/releases',
  python: 'apt-get install python-is-python3 (GitHub’s image has python as well as python3)',
  twine: 'pipx install twine',
  poetry: 'pipx install poetry',
  hatch: 'pipx install hatch',
  pdm: 'pipx install pdm',
  flit: 'pipx install flit',
  maturin: 'pipx install maturin',
  pnpm: 'corepack enable pnpm (or npm install -g pnpm)',
  yarn: 'corepack enable yarn (or npm install -g yarn)',
  zstd: 'apt-get install zstd',
  docker: 'Docker Engine (https://docs.docker.com/engine/install/)',
  cargo: 'rustup (https://rustup.rs)',
  rustc: 'rustup (https://rustup.rs)',
  go: 'Go (https://go.dev/dl/)',
  java: 'apt-get install default-jdk',
  mvn: 'apt-get install maven',
  gradle: 'Gradle (https://gradle.org/install/)',
  ruby: 'apt-get install ruby',
  gem: 'apt-get install ruby',
  dotnet: 'the .NET SDK (https://dot.net)',
  pwsh: 'PowerShell (https://aka.ms/powershell)',
  aws: 'the AWS CLI (https://aws.amazon.com/cli/)',
  az: 'the Azure CLI (https://aka.ms/azure-cli)',
  gcloud: 'the Google Cloud CLI (https://cloud.google.com/sdk)',
  kubectl: 'kubectl (https://kubernetes.io/docs/tasks/tools/)',
  helm: 'Helm (https://helm.sh/docs/intro/install/)',
  make: 'apt-get install make',
  zip: 'apt-get install zip',
  unzip: 'apt-get install unzip',
  rsync: 'apt-get install rsync',
  xvfb: 'apt-get install xvfb',
  sqlite3: 'apt-get install sqlite3',
}

/**
 * A shell's "not found" line: bash's `x.sh: line 3: pipx: command not found`, sh's
 * `x.sh: 3: pipx: not found`, a publish shim's `pnpm: command not found`.
 */
const NOT_FOUND = /(?:^|:\s*)([\w.+-]+): (?:command )?not found\s*$/

/** The first command a step's log says is not found, with what to say about it. */
export function missingTool(log: readonly string[]): { tool: string; advice: string } | undefined {
  for (const line of log) {
    const tool = NOT_FOUND.exec(line)?.[1]
    if (tool === undefined) continue
    const install = RUNNER_TOOLS[tool]
    return {
      tool,
      advice:
        install === undefined
          ? `${tool} is not on this machine's PATH (the step expects it: on GitHub's runner image, or installed by an earlier step there). Install it here, then rehearse again.`
          : `${tool} is not installed on this machine; GitHub's runner has it. Install it with: ${install}. Then rehearse again.`,
    }
  }
  return undefined
}

/** The OS a `runs-on:` asks for, when it is not Linux. */
function otherOs(runsOn: string): string | undefined {
  if (/\bmacos\b|\bmacOS\b/i.test(runsOn)) return 'macOS'
  if (/\bwindows\b/i.test(runsOn)) return 'Windows'
  return undefined
}

/** Every difference from GitHub's runner the jobs of a run met, one line each. */
export function runnerDifferences(jobs: readonly JobRecord[]): string[] {
  const lines: string[] = []
  for (const job of jobs) {
    const os = otherOs(job.runsOn)
    if (os !== undefined) {
      lines.push(
        `job ${job.label}: runs-on ${job.runsOn} runs on ${os} on GitHub; the rehearsal ran it on Linux (this machine), so ${os}-only steps, paths and tools may behave differently`,
      )
    } else if (/self-hosted/.test(job.runsOn)) {
      lines.push(
        `job ${job.label}: runs-on ${job.runsOn} is a self-hosted runner on GitHub (its own tools and network); the rehearsal ran it on this machine`,
      )
    }
    for (const step of job.steps) {
      // A setup action's version this machine does not have (setup-node, setup-python, ...).
      if (/^actions\/setup-\w+@/.test(step.uses ?? '')) {
        for (const annotation of step.annotations) {
          if (
            annotation.level === 'warning' &&
            / was asked for; this machine has /.test(annotation.message)
          )
            lines.push(`${job.label} › ${step.label}: ${annotation.message}`)
        }
      }
      if (step.status !== 'failure') continue
      const missing = missingTool(step.log)
      if (missing !== undefined) lines.push(`${job.label} › ${step.label}: ${missing.advice}`)
    }
  }
  return [...new Set(lines)]
}
