// Progress while a rehearsal runs: a live view of jobs and steps on a terminal, one line per
// event otherwise. `--json` shows none (the report is the output).
import type { JobRecord, RunEvent, RunListener, StepRecord } from './run-records.js'

const ICONS: Record<string, string> = {
  waiting: '·',
  pending: '·',
  running: '●',
  success: '✓',
  failure: '✗',
  skipped: '-',
  cancelled: '⊘',
  'not-rehearsed': '?',
}

export function seconds(ms: number | undefined): string {
  if (ms === undefined) return ''
  return ms < 1000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`
}

function stepKind(step: StepRecord): string {
  switch (step.kind) {
    case 'stand-in':
      return ' (stand-in)'
    case 'not-rehearsed':
      return ' (not rehearsed)'
    default:
      return ''
  }
}

/** How many log lines of a failed step the progress shows: the end is where the reason is. */
const FAILED_LOG_LINES = 15

/** One line per event: for logs, CI and pipes. */
export function plainProgress(write: (text: string) => void): RunListener {
  return (event: RunEvent) => {
    switch (event.type) {
      case 'phase':
        write(`… ${event.detail}\n`)
        break
      case 'job-started':
        write(
          `[${event.job.label}] started${event.job.environment ? ` (environment ${event.job.environment.name})` : ''}\n`,
        )
        break
      case 'step-finished': {
        const { step, job } = event
        if (step.status === 'skipped') {
          write(`[${job.label}] - ${step.label} (skipped)\n`)
          break
        }
        write(
          `[${job.label}] ${ICONS[step.status] ?? '?'} ${step.label}${stepKind(step)} ${seconds(step.durationMs)}\n`,
        )
        if (step.status === 'failure') {
          for (const line of step.log.slice(-FAILED_LOG_LINES))
            write(`[${job.label}]   | ${line}\n`)
        }
        break
      }
      case 'job-finished': {
        const { job } = event
        const why =
          job.status === 'skipped' || job.steps.length === 0
            ? ` — ${job.notes[job.notes.length - 1] ?? ''}`
            : ''
        write(
          `[${job.label}] ${ICONS[job.status] ?? '?'} ${job.status} ${seconds(job.durationMs)}${why}\n`,
        )
        break
      }
      default:
        break
    }
  }
}

/** A live view redrawn in place on a terminal: every job with its status and time, the running jobs' steps. */
export class LiveProgress {
  private readonly jobs: JobRecord[] = []
  private phase = ''
  private drawn = 0
  private timer: ReturnType<typeof setInterval> | undefined
  private frame = 0

  constructor(
    private readonly write: (text: string) => void,
    private readonly columns: number,
  ) {}

  readonly listener: RunListener = (event) => {
    if (event.type === 'phase') {
      if (event.name === 'rerun') {
        // The first attempt's frame stays on screen; the rerun draws below it.
        this.draw()
        this.drawn = 0
        this.jobs.length = 0
      }
      this.phase = event.detail
    }
    if (event.type === 'job-queued' && !this.jobs.includes(event.job)) this.jobs.push(event.job)
    if (event.type === 'job-started' || event.type === 'job-queued') this.phase = ''
    this.timer ??= setInterval(() => this.draw(), 100)
  }

  private lines(): string[] {
    const spinner = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'][this.frame % 10] ?? '●'
    const now = performance.now()
    const lines: string[] = []
    if (this.phase !== '') lines.push(`${spinner} ${this.phase}`)
    for (const job of this.jobs) {
      const icon = job.status === 'running' ? spinner : (ICONS[job.status] ?? '?')
      const time =
        job.status === 'running' ? seconds(now - (job.startedAt ?? now)) : seconds(job.durationMs)
      lines.push(`${icon} ${job.label.padEnd(28)} ${job.status === 'waiting' ? 'waiting' : time}`)
      if (job.status !== 'running' && job.status !== 'failure') continue
      for (const step of job.steps) {
        if (job.status === 'failure' && step.status !== 'failure') continue
        const stepIcon = step.status === 'running' ? spinner : (ICONS[step.status] ?? '?')
        const stepTime =
          step.status === 'running'
            ? seconds(now - (step.startedAt ?? now))
            : seconds(step.durationMs)
        lines.push(`    ${stepIcon} ${step.label}${stepKind(step)} ${stepTime}`)
      }
    }
    return lines.map((line) =>
      line.length > this.columns - 1 ? `${line.slice(0, this.columns - 2)}…` : line,
    )
  }

  private draw(): void {
    this.frame++
    const lines = this.lines()
    let text = this.drawn > 0 ? `\x1b[${this.drawn}A` : ''
    for (const line of lines) text += `\x1b[2K${line}\n`
    // Lines left from a longer earlier frame are cleared.
    for (let extra = lines.length; extra < this.drawn; extra++) text += '\x1b[2K\n'
    const total = Math.max(lines.length, this.drawn)
    if (total > lines.length) text += `\x1b[${total - lines.length}A`
    this.drawn = lines.length
    this.write(text)
  }

  /** The last frame, then no more redraws. */
  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer)
    this.timer = undefined
    this.phase = ''
    this.draw()
  }
}
