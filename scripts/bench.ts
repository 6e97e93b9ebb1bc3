/**
 * `npm run bench`: runs the bundled action (dist/index.js) as a process
 * against the emulator with an injected ARM latency, per scenario, and prints
 * wall time, ARM requests, peak concurrency, duplicates, peak RSS, the
 * critical-path lower bound (and the bound the concurrency limit sets) and
 * start-up against an `@actions/core`-only bundle.
 * Prints figures and ratios; it asserts nothing.
 *
 *   npm run bench -- [--latency 40] [--page-size 100] [--runs 1]
 *                    [--scenarios small,large,throttled] [--max-concurrency N]
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { repoRoot } from '../emulator/certs.js'
import { runAction, type ActionRun } from '../emulator/run-action.js'
import type { Scenario } from '../emulator/scenario.js'
import { getScenario } from '../emulator/scenarios/index.js'
import { LARGE_INPUTS } from '../emulator/scenarios/performance.js'
import { startEmulator, type EmulatorOptions } from '../emulator/server.js'
import { parse } from 'yaml'

const BUDGET = { capacity: 250, refillPerSecond: 25 }
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100

export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback
}

const latencyMs = Number(arg('latency', '40'))
const pageSize = Number(arg('page-size', '100'))
const runs = Math.max(1, Number(arg('runs', '1')))
const maxConcurrency = arg('max-concurrency', '')
const names = arg('scenarios', 'small,large,throttled').split(',')

/** The concurrency the run uses: `--max-concurrency`, else the input's default in action.yml. */
function effectiveConcurrency(): number {
  if (maxConcurrency) return Number(maxConcurrency)
  const action = parse(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  return Number(action.inputs['max-concurrency']?.default)
}

// ------------------------------------------------------------ start-up baseline

/** Builds a bundle that only imports @actions/core (ncc, in node_modules/.cache) and returns its path. */
function buildCoreOnlyBundle(): string {
  const cache = path.join(repoRoot, 'node_modules', '.cache')
  fs.mkdirSync(cache, { recursive: true })
  const dir = fs.mkdtempSync(path.join(cache, 'bench-core-'))
  fs.writeFileSync(
    path.join(dir, 'entry.mjs'),
    "import * as core from '@actions/core'\ncore.info('ready')\n"
  )
  execFileSync(
    path.join(repoRoot, 'node_modules', '.bin', 'ncc'),
    ['build', path.join(dir, 'entry.mjs'), '-o', path.join(dir, 'out'), '--quiet'],
    { stdio: 'inherit' }
  )
  return path.join(dir, 'out', 'index.mjs')
}

/** Median time from spawn to exit of `node entry`. */
async function startupOf(entry: string, samples = 7): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < samples; i++) {
    const started = performance.now()
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [entry], { stdio: 'ignore' })
      child.once('error', reject)
      child.once('close', () => resolve())
    })
    times.push(performance.now() - started)
  }
  return median(times)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

// ------------------------------------------------------------ critical path

/**
 * The longest chain of dependent ARM reads the action has to make for a
 * scenario, from its resources (list pages count as sequential reads):
 *
 *   workspace → private endpoint → subnet → route table → firewalls (pages) → policy
 *   workspace → private endpoint → role assignments → role definition
 *   endpoints (pages) → deployments (pages)
 *   max(endpoints (pages), computes (pages) → cluster) → node pool subnet → route table → …
 */
function criticalPath(scenario: Scenario): { depth: number; chain: string } {
  const ids = scenario.resources.map(r => r.id.toLowerCase())
  const pages = (n: number): number => Math.max(1, Math.ceil(n / pageSize))
  const count = (re: RegExp): number => ids.filter(id => re.test(id)).length
  const endpoints = pages(count(/\/onlineendpoints\/[^/]+$/))
  const perEndpoint = new Map<string, number>()
  for (const id of ids) {
    const m = /^(.*\/onlineendpoints\/[^/]+)\/deployments\/[^/]+$/.exec(id)
    if (m) perEndpoint.set(m[1]!, (perEndpoint.get(m[1]!) ?? 0) + 1)
  }
  const deployments = pages(Math.max(0, ...perEndpoint.values()))
  const computes = count(/\/computes\/[^/]+$/)
  const clusters = count(/\/managedclusters\/[^/]+$/)
  const firewalls = pages(count(/\/azurefirewalls\/[^/]+$/))
  const groups = pages(count(/\/rulecollectiongroups\/[^/]+$/))
  const outbound = 1 + firewalls + groups
  const chains: Array<[string, number]> = [
    ['workspace → PE → subnet → route table → firewalls → policy', 1 + 1 + 1 + outbound],
    ['workspace → PE → role assignments → role definition', 4],
    ['endpoints → deployments', endpoints + deployments]
  ]
  if (clusters > 0) {
    chains.push([
      'endpoints | computes → cluster → node pool subnet → route table → firewalls → policy',
      Math.max(endpoints, pages(computes) + 1) + 1 + outbound
    ])
  }
  const [chain, depth] = chains.reduce((a, b) => (b[1] > a[1] ? b : a))
  return { depth, chain }
}

// ------------------------------------------------------------ one run

export interface Measured {
  run: ActionRun
  wallMs: number
  armRequests: number
  peakConcurrent: number
  connections: number
  duplicates: number
  throttled: number
  earlyRetries: number
  peakRssMb: number
  /** User + system CPU time of the action process (last /proc sample before exit, 10 ms ticks). */
  cpuMs: number
  startupMs: number
  /** Spawn to the first ARM request (login and SDK loading included). */
  firstArmMs: number
  summaryLine: string
}

export async function measure(
  scenario: Scenario,
  options: EmulatorOptions,
  inputs: Record<string, string>
): Promise<Measured> {
  const emulator = await startEmulator(scenario, options)
  let spawnedAt = 0
  let peakKb = 0
  let cpuTicks = 0
  let poller: NodeJS.Timeout | undefined
  try {
    const run = await runAction({
      emulator,
      inputs: { ...inputs, ...(maxConcurrency ? { 'max-concurrency': maxConcurrency } : {}) },
      timeoutMs: 300_000,
      onSpawn: pid => {
        spawnedAt = Date.now()
        const sample = (): void => {
          try {
            const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
            const kb = Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0)
            peakKb = Math.max(peakKb, kb)
            // Fields 14 and 15 (utime, stime) of /proc/<pid>/stat, counted after the `(comm)` field.
            const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
            cpuTicks = Math.max(cpuTicks, Number(fields[11]) + Number(fields[12]))
          } catch {
            // The process has exited.
          }
        }
        sample()
        poller = setInterval(sample, 10)
      }
    })
    const arm = emulator.requests.filter(r => r.service === 'arm')
    const seen = new Map<string, number>()
    for (const r of arm) {
      if (r.status === 429) continue
      const key = `${r.method} ${r.url}`
      seen.set(key, (seen.get(key) ?? 0) + 1)
    }
    const first = Math.min(...emulator.requests.map(r => Date.parse(r.time)))
    const stats = emulator.armStats()
    return {
      run,
      wallMs: run.durationMs,
      armRequests: arm.length,
      peakConcurrent: stats.peakConcurrent,
      connections: stats.connections,
      duplicates: [...seen.values()].reduce((sum, n) => sum + n - 1, 0),
      throttled: stats.throttled,
      earlyRetries: stats.earlyRetries,
      peakRssMb: peakKb / 1024,
      cpuMs: (cpuTicks * 1000) / CLOCK_TICKS,
      startupMs: first - spawnedAt,
      firstArmMs: Math.min(...arm.map(r => Date.parse(r.time))) - spawnedAt,
      summaryLine: /^ARM reads:.*$/m.exec(run.stdout)?.[0] ?? '(no timing line)'
    }
  } finally {
    if (poller) clearInterval(poller)
    await emulator.close()
  }
}

/** The report without what differs between runs (times, durations). */
function stableReport(run: ActionRun): string {
  return (run.report ?? '').replace(/"(collectedAt|generatedAt|createdAt)":\s*"[^"]*"/g, '"$1":""')
}

// ------------------------------------------------------------ main

async function main(): Promise<void> {
  const dist = path.join(repoRoot, 'dist', 'index.js')
  if (!fs.existsSync(dist)) throw new Error('dist/index.js is missing: run `npm run bundle` first')
  const coreOnly = buildCoreOnlyBundle()
  const coreStartup = await startupOf(coreOnly)
  const actionImport = await startupOf(dist)
  fs.rmSync(path.dirname(path.dirname(coreOnly)), { recursive: true, force: true })

  console.log(`Node ${process.version}, ${os().cpus} cores, latency ${latencyMs} ms/ARM request,`)
  console.log(`ARM page size ${pageSize}, max-concurrency ${maxConcurrency || 'default'}`)
  console.log(`@actions/core-only bundle: spawn → exit ${coreStartup.toFixed(0)} ms (median of 7)`)
  console.log(
    `dist/index.js without inputs: spawn → exit ${actionImport.toFixed(0)} ms (${(actionImport / coreStartup).toFixed(2)} × core-only)\n`
  )

  const reports = new Map<string, string>()
  for (const name of names) {
    const throttled = name === 'throttled'
    const scenario = getScenario(throttled ? 'large' : name)
    const inputs = name === 'small' ? {} : LARGE_INPUTS
    const options: EmulatorOptions = {
      latencyMs,
      pageSize,
      ...(throttled ? { armReadBudget: BUDGET } : {})
    }
    const { depth, chain } = criticalPath(scenario)
    const results: Measured[] = []
    for (let i = 0; i < runs; i++) results.push(await measure(scenario, options, inputs))
    const m = results.reduce((a, b) => (b.wallMs < a.wallMs ? b : a))
    reports.set(name, stableReport(m.run))
    const lowerBound = depth * latencyMs + coreStartup
    console.log(`== ${name}: ${scenario.description}`)
    console.log(`  exit code             ${m.run.exitCode}`)
    console.log(`  wall                  ${m.wallMs} ms${runs > 1 ? ` (best of ${runs})` : ''}`)
    console.log(
      `  ARM requests          ${m.armRequests}${throttled ? ` (${m.throttled} answered 429)` : ''}`
    )
    console.log(`  peak concurrent ARM   ${m.peakConcurrent}`)
    console.log(`  ARM TLS connections   ${m.connections}`)
    console.log(
      `  Entra token requests  ${m.run.emulator.requests.filter(r => r.service === 'entra' && r.method === 'POST').length}`
    )
    console.log(`  duplicate requests    ${m.duplicates}`)
    console.log(`  peak RSS              ${m.peakRssMb.toFixed(1)} MB`)
    console.log(`  critical path         ${depth} reads (${chain})`)
    console.log(
      `  lower bound           ${depth} × ${latencyMs} ms + ${coreStartup.toFixed(0)} ms start-up = ${lowerBound.toFixed(0)} ms`
    )
    console.log(`  wall / lower bound    ${(m.wallMs / lowerBound).toFixed(2)}`)
    // On one thread the action cannot finish before its own CPU time is spent.
    console.log(
      `  action CPU            ${m.cpuMs.toFixed(0)} ms; wall / max(lower bound, CPU) ${(m.wallMs / Math.max(lowerBound, m.cpuMs)).toFixed(2)}`
    )
    // With at most c requests in flight, n reads take at least ⌈n / c⌉ round trips, however
    // shallow their dependencies: the bound the concurrency limit itself sets.
    const concurrency = effectiveConcurrency()
    const reads = m.armRequests - m.throttled
    const rounds = Math.ceil(reads / concurrency)
    const boundedLowerBound = Math.max(depth, rounds) * latencyMs + coreStartup
    console.log(
      `  bound at concurrency  max(${depth} deep, ⌈${reads} reads / ${concurrency}⌉ = ${rounds} rounds) × ${latencyMs} ms + ${coreStartup.toFixed(0)} ms = ${boundedLowerBound.toFixed(0)} ms; wall / that ${(m.wallMs / boundedLowerBound).toFixed(2)}`
    )
    if (throttled) {
      const minimum =
        (Math.max(0, m.armRequests - m.throttled - BUDGET.capacity) / BUDGET.refillPerSecond) * 1000
      console.log(`  retries before their Retry-After  ${m.earlyRetries}`)
      console.log(
        `  budget minimum        (${m.armRequests - m.throttled} reads − ${BUDGET.capacity}) / ${BUDGET.refillPerSecond}/s = ${minimum.toFixed(0)} ms; wall / minimum ${minimum > 0 ? (m.wallMs / minimum).toFixed(2) : 'n/a'}`
      )
    }
    console.log(
      `  start-up              ${m.startupMs} ms to first request (${(m.startupMs / coreStartup).toFixed(2)} × core-only), ${m.firstArmMs} ms to first ARM request`
    )
    console.log(`  action log            ${m.summaryLine}\n`)
  }
  if (reports.has('large') && reports.has('throttled')) {
    const same = reports.get('large') === reports.get('throttled')
    console.log(`throttled report equals large report: ${same ? 'yes' : 'NO'}`)
  }
}

export function os(): { cpus: number } {
  return { cpus: Number(execFileSync('nproc').toString().trim()) || 0 }
}

// Only when run as the script: scripts/bench-estate.ts imports `measure` from here.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
