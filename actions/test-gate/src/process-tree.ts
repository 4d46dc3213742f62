import { readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { sleep } from '@tokenless/action-kit'

/**
 * Every process the test commands started, found three ways on Linux (elsewhere only the process
 * group is known): the shell's process group; the descendants of the shell by parent pid; and
 * the processes whose environment carries the run's marker variable, which a child keeps after
 * `setsid` or a double fork (GitHub's runner finds a job's orphans the same way, with
 * RUNNER_TRACKING_ID); and, for a child that cleared its environment too, the processes started
 * after the shell that hold the write end of this step's stdout or stderr pipe (or socket). This process and
 * its ancestors are never among them.
 */
export interface ProcessTree {
  /** The shell's pid, which is also its process group's id (it was spawned detached). */
  pid: number
  /** `NAME=value`, set in the commands' environment. */
  marker: string
}

interface ProcessInfo {
  pid: number
  ppid: number
  state: string
  /** Clock ticks after boot. */
  started: number
}

const PROC = '/proc'

function readProcess(pid: number): ProcessInfo | undefined {
  let stat: string
  try {
    stat = readFileSync(`${PROC}/${pid}/stat`, 'utf8')
  } catch {
    return undefined
  }
  // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
  // cutime cstime priority nice threads itrealvalue starttime: comm may hold spaces and ")".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return {
    pid,
    state: fields[0] ?? '?',
    ppid: Number(fields[1]),
    started: Number(fields[19]),
  }
}

function listProcesses(): ProcessInfo[] {
  let names: string[]
  try {
    names = readdirSync(PROC)
  } catch {
    return []
  }
  const processes: ProcessInfo[] = []
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue
    const info = readProcess(Number(name))
    if (info !== undefined) processes.push(info)
  }
  return processes
}

function carriesMarker(pid: number, marker: Buffer): boolean {
  let environ: Buffer
  try {
    environ = readFileSync(`${PROC}/${pid}/environ`)
  } catch {
    return false
  }
  const at = environ.indexOf(marker)
  return at !== -1 && (at === 0 || environ[at - 1] === 0)
}

/**
 * `pipe:[123]` for this process's stdout and stderr when they are pipes, `socket:[123]` when
 * they are one end of a socket pair (Node's spawn gives its children those for 'pipe').
 */
function ownPipes(): Set<string> {
  const pipes = new Set<string>()
  for (const fd of [1, 2]) {
    try {
      const link = readlinkSync(`${PROC}/self/fd/${fd}`)
      if (link.startsWith('pipe:') || link.startsWith('socket:')) pipes.add(link)
    } catch {
      // Not Linux, or closed.
    }
  }
  return pipes
}

function writesToPipe(pid: number, pipes: Set<string>): boolean {
  let fds: string[]
  try {
    fds = readdirSync(`${PROC}/${pid}/fd`)
  } catch {
    return false
  }
  for (const fd of fds) {
    try {
      if (!pipes.has(readlinkSync(`${PROC}/${pid}/fd/${fd}`))) continue
      const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`${PROC}/${pid}/fdinfo/${fd}`, 'utf8'))
      // O_WRONLY or O_RDWR: a pipe's reading end (same inode) is whoever collects the log.
      if (flags?.[1] !== undefined && (parseInt(flags[1], 8) & 3) !== 0) return true
    } catch {
      // Gone meanwhile.
    }
  }
  return false
}

/** The pids of the tree's processes that are still running (zombies are already ended). */
export function findProcesses(tree: ProcessTree, rootStarted?: number): number[] {
  const processes = listProcesses()
  if (processes.length === 0) return []
  const byPid = new Map(processes.map((info) => [info.pid, info]))
  const excluded = new Set<number>()
  for (let pid = process.pid; pid > 0 && !excluded.has(pid); pid = byPid.get(pid)?.ppid ?? 0) {
    excluded.add(pid)
  }
  const children = new Map<number, number[]>()
  for (const info of processes) {
    const siblings = children.get(info.ppid)
    if (siblings) siblings.push(info.pid)
    else children.set(info.ppid, [info.pid])
  }
  const found = new Set<number>()
  const root = byPid.get(tree.pid)
  // A pid reused after the shell was reaped is not the shell.
  if (root !== undefined && (rootStarted === undefined || root.started === rootStarted)) {
    const queue = [tree.pid]
    for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
      found.add(pid)
      for (const child of children.get(pid) ?? []) if (!found.has(child)) queue.push(child)
    }
  }
  const marker = Buffer.from(`${tree.marker}\0`)
  const pipes = ownPipes()
  for (const info of processes) {
    if (found.has(info.pid) || excluded.has(info.pid)) continue
    // The marker is new for this run and the pipe check needs a start: only processes started
    // since the shell are looked at (a few, where /proc lists hundreds).
    if (rootStarted !== undefined && info.started < rootStarted) continue
    if (carriesMarker(info.pid, marker)) found.add(info.pid)
    else if (pipes.size > 0 && rootStarted !== undefined && writesToPipe(info.pid, pipes)) {
      found.add(info.pid)
    }
  }
  return [...found].filter((pid) => !excluded.has(pid) && byPid.get(pid)?.state !== 'Z')
}

/** When the process started, in clock ticks after boot (Linux), to tell a reused pid. */
export function startTimeOf(pid: number): number | undefined {
  return readProcess(pid)?.started
}

function signal(pid: number, name: NodeJS.Signals | 0): boolean {
  try {
    process.kill(pid, name)
    return true
  } catch {
    return false
  }
}

/**
 * Ends every process of the tree: SIGTERM to the group and to each process found, then, after
 * the grace period, SIGKILL to whatever is left (looked for again each round, since a process
 * may fork while it is being stopped).
 */
export async function endProcessTree(
  tree: ProcessTree,
  graceMs: number,
  rootStarted?: number,
): Promise<void> {
  const remaining = (): { group: boolean; pids: number[] } => ({
    group: signal(-tree.pid, 0),
    pids: findProcesses(tree, rootStarted),
  })
  let left = remaining()
  if (!left.group && left.pids.length === 0) return
  const termed = new Set<number>()
  const terminate = (pids: number[]): void => {
    for (const pid of pids) {
      if (!termed.has(pid)) signal(pid, 'SIGTERM')
      termed.add(pid)
    }
  }
  signal(-tree.pid, 'SIGTERM')
  terminate(left.pids)
  const deadline = Date.now() + graceMs
  while (Date.now() < deadline) {
    await sleep(50)
    left = remaining()
    if (!left.group && left.pids.length === 0) return
    // Started since the last look: they get their SIGTERM too, once.
    terminate(left.pids)
  }
  for (let round = 0; round < 20; round++) {
    signal(-tree.pid, 'SIGKILL')
    for (const pid of left.pids) signal(pid, 'SIGKILL')
    await sleep(20)
    left = remaining()
    if (!left.group && left.pids.length === 0) return
  }
}
