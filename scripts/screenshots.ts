/**
 * `npm run screenshots`: what reviewers see, as pictures. Runs the bundled action
 * (dist/index.js) against the emulator for each case of scripts/screenshot-pages.ts, renders the
 * pull request comment it posted and the job summary it wrote as GitHub renders them
 * (GitHub-flavoured markdown in github-markdown-css, at GitHub's widths), screenshots both in a
 * headless Chromium into docs/screenshots/, and checks that nothing is wider than the column.
 * Exits 1 when something does not fit (`--no-fail`: report only), when a case no longer shows
 * what its picture claims, or when no browser is found.
 *
 *   npm run screenshots -- [--cases all-pass,one-fail] [--no-fail] [--out docs/screenshots]
 *                          [--comment-width 760] [--summary-width 1000]
 *
 * CHROME_PATH picks the browser (else chromium / google-chrome on PATH). The HTML pages are
 * written to a temporary directory (printed), never into the repository.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import puppeteer, { type Browser } from 'puppeteer-core'
import { repoRoot } from '../emulator/certs.js'
import { runAction } from '../emulator/run-action.js'
import {
  COMMENT_WIDTH,
  MAX_SCREENSHOT_HEIGHT,
  MEASURE_SCRIPT,
  SUMMARY_WIDTH,
  buildPage,
  caseProblem,
  findBrowser,
  formatVerdicts,
  githubMarkdownCss,
  judgeWidth,
  screenshotFile,
  selectCases,
  widthOf,
  type Kind,
  type Measurement,
  type ScreenshotCase,
  type WidthVerdict
} from './screenshot-pages.js'

const COMMENT_MARKER = '<!-- aml-inference-guard:'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function fail(message: string): never {
  console.error(`screenshots: ${message}`)
  process.exit(1)
}

function positiveInt(name: string, fallback: number): number {
  const raw = arg(name)
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 200 || value > 4000)
    fail(`--${name} must be a whole number of pixels from 200 to 4000, got '${raw}'`)
  return value
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

interface Rendered {
  testCase: ScreenshotCase
  comment: string
  summary: string
}

/** Runs the bundled action for a case as a pull_request run and returns what it posted and wrote. */
async function runCase(testCase: ScreenshotCase): Promise<Rendered> {
  const run = await runAction({ scenario: testCase.scenario, inputs: testCase.inputs })
  const comment = run.comments.filter(c => c.body.includes(COMMENT_MARKER)).at(-1)?.body
  if (!comment) {
    fail(
      `case ${testCase.slug}: the action posted no comment (exit code ${run.exitCode}); its log ends:\n${run.stdout.split('\n').slice(-15).join('\n')}`
    )
  }
  if (!run.report) fail(`case ${testCase.slug}: the action wrote no JSON report`)
  const problem = caseProblem(testCase, JSON.parse(run.report) as Parameters<typeof caseProblem>[1])
  if (problem) {
    fail(
      `case ${testCase.slug} (scenario ${testCase.scenario}) no longer shows ${testCase.title}: ${problem}. Pick another scenario in scripts/screenshot-pages.ts.`
    )
  }
  return { testCase, comment, summary: run.summary }
}

async function shoot(
  browser: Browser,
  htmlFile: string,
  pngFile: string
): Promise<{ measurement: Measurement; height: number }> {
  const page = await browser.newPage()
  try {
    await page.setViewport({ width: 1200, height: 800, deviceScaleFactor: 1 })
    await page.goto(`file://${htmlFile}`, { waitUntil: 'load' })
    // The frame decides the viewport width, so a wider child shows as page overflow.
    const frameWidth = await page.evaluate(
      `Math.ceil(document.querySelector('.frame').getBoundingClientRect().right) + 8`
    )
    await page.setViewport({ width: Number(frameWidth), height: 800, deviceScaleFactor: 1 })
    const frame = await page.$('.frame')
    const box = await frame?.boundingBox()
    if (!box) throw new Error(`no frame in ${htmlFile}`)
    const clip = {
      x: Math.max(0, box.x - 1),
      y: Math.max(0, box.y - 1),
      width: Math.ceil(box.width) + 2,
      height: Math.min(Math.ceil(box.height) + 2, MAX_SCREENSHOT_HEIGHT)
    }
    // As GitHub first shows it: <details> closed. Then opened for the measurement.
    await page.screenshot({ path: pngFile as `${string}.png`, clip, captureBeyondViewport: true })
    const measurement = (await page.evaluate(MEASURE_SCRIPT)) as Measurement
    return { measurement, height: Math.ceil(box.height) }
  } finally {
    await page.close()
  }
}

async function main(): Promise<void> {
  let cases: ScreenshotCase[]
  try {
    cases = selectCases(arg('cases'))
  } catch (error) {
    fail((error as Error).message)
  }
  const widths = {
    comment: positiveInt('comment-width', COMMENT_WIDTH),
    summary: positiveInt('summary-width', SUMMARY_WIDTH)
  }
  const noFail = process.argv.includes('--no-fail')
  const outDir = path.resolve(repoRoot, arg('out') ?? path.join('docs', 'screenshots'))

  // Before the runs: a missing browser should not cost a minute of runs first.
  const browserPath = findBrowser(process.env, isExecutable)
  if ('error' in browserPath) fail(browserPath.error)
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'index.js')))
    fail('dist/index.js is missing: run `npm run bundle` first (`npm run screenshots` does).')

  const htmlDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aml-guard-screenshots-'))
  fs.mkdirSync(outDir, { recursive: true })
  const css = githubMarkdownCss()

  const rendered: Rendered[] = []
  for (const testCase of cases) {
    console.log(`run: ${testCase.slug} (scenario ${testCase.scenario})`)
    rendered.push(await runCase(testCase))
  }

  let browser: Browser
  try {
    browser = await puppeteer.launch({
      executablePath: browserPath.path,
      headless: true,
      // Root in a container has no user namespace for Chromium's sandbox; the pages are ours.
      args: ['--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--font-render-hinting=none']
    })
  } catch (error) {
    fail(
      `could not start the browser at ${browserPath.path}: ${(error as Error).message.split('\n')[0]}. Set CHROME_PATH to a working Chromium or Chrome.`
    )
  }

  const verdicts: WidthVerdict[] = []
  try {
    for (const { testCase, comment, summary } of rendered) {
      for (const [kind, markdown] of [
        ['comment', comment],
        ['summary', summary]
      ] as Array<[Kind, string]>) {
        const width = widthOf(kind, widths)
        const base = screenshotFile(kind, testCase.slug)
        const htmlFile = path.join(htmlDir, base.replace(/\.png$/, '.html'))
        fs.writeFileSync(
          htmlFile,
          buildPage({ kind, markdown, width, css, heading: 'aml-inference-guard' })
        )
        const pngFile = path.join(outDir, base)
        const { measurement, height } = await shoot(browser, htmlFile, pngFile)
        const cropped = height > MAX_SCREENSHOT_HEIGHT ? ` (cropped: ${height} px tall)` : ''
        console.log(`wrote ${path.relative(repoRoot, pngFile)}${cropped}`)
        verdicts.push(judgeWidth(kind, testCase.slug, width, measurement))
      }
    }
  } finally {
    await browser.close()
  }

  console.log(`\nHTML pages: ${htmlDir}\n`)
  console.log(formatVerdicts(verdicts))
  const tooWide = verdicts.filter(v => !v.fits)
  if (tooWide.length > 0) {
    console.log(
      `\n${tooWide.length} of ${verdicts.length} pages do not fit GitHub's width${noFail ? ' (--no-fail: reported only)' : ''}.`
    )
    if (!noFail) process.exit(1)
  } else console.log(`\nAll ${verdicts.length} pages fit.`)
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error))
})
