/**
 * The browser-free half of `npm run screenshots` (scripts/screenshots.ts): which runs are
 * pictured, the HTML page a comment or job summary is drawn on, the check that a run still shows
 * what its picture claims, and the verdict of the page-width check from the numbers the browser
 * measured. Unit-tested without a browser or network (__tests__/docs/screenshots.test.ts).
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import MarkdownIt from 'markdown-it'
import githubAlerts from 'markdown-it-github-alerts'
import { LARGE_INPUTS } from '../emulator/scenarios/performance.js'

/**
 * Content width of a pull request conversation comment. GitHub's page is Primer's layout: at a
 * 1280 px window (the most common desktop width) the 1280 px container (`$width-xl`) less 2 × 32 px
 * page padding, the 296 px right sidebar and its 32 px gutter (`$sidebar-width`, `$gutter`:
 * primer/css src/support/variables/layout.scss), the timeline's 56 px avatar column and the
 * comment's 1 px borders and 16 px padding leave about 780–800 px. 760 keeps a margin for a
 * scrollbar, a narrower window or browser zoom: a layout that fits here fits a usual desktop.
 */
export const COMMENT_WIDTH = 760

/**
 * Content width of a job summary on the run's Summary page: the window less the run's job list
 * on the left (Primer's 320 px wide sidebar) and the summary box's padding, about 1000 px at a
 * 1440 px window and about 860 px at 1280 px. 1000 is the generous end: a summary that does not
 * fit here does not fit most screens.
 */
export const SUMMARY_WIDTH = 1000

/** Padding of GitHub's comment body and job summary box (Primer `p-3`). */
export const BODY_PADDING = 16

/** Taller pages are cropped to this height (a 200-endpoint summary is tens of thousands of px). */
export const MAX_SCREENSHOT_HEIGHT = 2500

export type Kind = 'comment' | 'summary'

export interface ScreenshotCase {
  /** File name part: `comment-<slug>.png`, `summary-<slug>.png`. */
  slug: string
  /** What the picture shows, in the words of docs/screenshots/README.md. */
  title: string
  /** Emulator scenario (emulator/scenarios/index.ts). */
  scenario: string
  /** The step's `with:` (merged over the scenario's login and target). */
  inputs: Record<string, string>
}

/** The README's workflow gates on these; the pictures show what that workflow posts. */
const README_INPUTS = { 'fail-on': 'isolation,rbac' }

export const CASES: readonly ScreenshotCase[] = [
  {
    slug: 'all-pass',
    title: 'every check passes',
    scenario: 'secured',
    inputs: README_INPUTS
  },
  {
    slug: 'one-fail',
    title: 'exactly one check fails (RBAC-01: a custom role whose notActions remove VNet read)',
    scenario: 'access-notactions',
    inputs: README_INPUTS
  },
  {
    slug: 'refused-read',
    title: 'one refused read (HTTP 403 on the network resource group) blocks five checks',
    scenario: 'forbidden-network',
    inputs: README_INPUTS
  },
  {
    slug: '200-endpoints',
    title: 'a large workspace: 200 managed online endpoints, 20 Kubernetes computes, 30 subnets',
    scenario: 'large',
    inputs: { ...README_INPUTS, ...LARGE_INPUTS }
  }
]

/** The PNG a case and kind are saved as, relative to docs/screenshots/. */
export function screenshotFile(kind: Kind, slug: string): string {
  return `${kind}-${slug}.png`
}

/** Picks cases by slug (`--cases a,b`); an unknown slug is an error naming the known ones. */
export function selectCases(list: string | undefined): ScreenshotCase[] {
  if (!list) return [...CASES]
  const slugs = list
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
  const unknown = slugs.filter(slug => !CASES.some(c => c.slug === slug))
  if (unknown.length > 0 || slugs.length === 0) {
    throw new Error(
      `--cases: unknown case ${unknown.map(s => `'${s}'`).join(', ') || "''"}; known: ${CASES.map(c => c.slug).join(', ')}`
    )
  }
  return CASES.filter(c => slugs.includes(c.slug))
}

// ------------------------------------------------------------------ what a run must show

interface ReportResultLike {
  checkId: string
  outcome: string
  severity?: string
  status?: string
}

/** The word a reviewer sees for a result (reports before `status` existed derive it). */
export function statusOf(result: ReportResultLike): string {
  if (result.status) return result.status
  if (result.outcome === 'fail') return result.severity === 'notice' ? 'advice' : 'fail'
  return result.outcome
}

/**
 * Why a run's JSON report does not show what the case's picture claims, or undefined when it
 * does: a scenario that drifts must not leave a picture captioned with something it no longer
 * shows.
 */
export function caseProblem(
  testCase: ScreenshotCase,
  report: { results: ReportResultLike[] }
): string | undefined {
  const checksWith = (status: string): string[] => [
    ...new Set(report.results.filter(r => statusOf(r) === status).map(r => r.checkId))
  ]
  const failed = checksWith('fail')
  const unknown = checksWith('unknown')
  const list = (ids: string[]): string => (ids.length ? ids.join(', ') : 'none')
  switch (testCase.slug) {
    case 'all-pass':
      if (failed.length || unknown.length)
        return `expected every check to pass; failed: ${list(failed)}, unknown: ${list(unknown)}`
      if (!report.results.some(r => statusOf(r) === 'pass')) return 'expected passing results'
      return undefined
    case 'one-fail':
      if (failed.length !== 1 || unknown.length)
        return `expected exactly one failing check and no unknown; failed: ${list(failed)}, unknown: ${list(unknown)}`
      return undefined
    case 'refused-read':
      if (unknown.length !== 5 || failed.length)
        return `expected five unknown checks and no failure; unknown: ${list(unknown)}, failed: ${list(failed)}`
      return undefined
    case '200-endpoints': {
      const endpoints = report.results.filter(r => r.checkId === 'MOE-03').length
      return endpoints === 200
        ? undefined
        : `expected 200 MOE-03 results (one per endpoint), got ${endpoints}`
    }
    default:
      return `no expectation for case '${testCase.slug}'`
  }
}

// ------------------------------------------------------------------ the page

/**
 * GitHub's markdown dialect: markdown-it follows CommonMark, the spec GitHub's cmark-gfm
 * implements (its HTML-block rules decide whether markdown inside `<details>` renders), with the
 * GFM tables, strikethrough and autolinks on. Comments turn a single newline into a line break;
 * files, and so job summaries, do not (docs.github.com: "Basic writing and formatting syntax").
 * Raw HTML passes through: GitHub keeps the tags we use (`details`, `summary`, `sub`, `code`,
 * `br`) and sanitizes the rest, which this picture need not imitate. Alerts (`> [!NOTE]`) render
 * as GitHub draws them, through markdown-it-github-alerts and github-markdown-css's styles.
 */
export function renderMarkdown(markdown: string, kind: Kind): string {
  const md = new MarkdownIt({ html: true, linkify: true, breaks: kind === 'comment' })
  md.use(githubAlerts)
  return md.render(markdown)
}

/** github-markdown-css, light theme (the stylesheet GitHub's markdown rendering is taken from). */
export function githubMarkdownCss(): string {
  const file = createRequire(import.meta.url).resolve(
    'github-markdown-css/github-markdown-light.css'
  )
  return readFileSync(file, 'utf8')
}

/** Content width of a kind of text on GitHub. */
export function widthOf(kind: Kind, widths: { comment: number; summary: number }): number {
  return kind === 'comment' ? widths.comment : widths.summary
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)

export interface PageOptions {
  kind: Kind
  markdown: string
  /** Content width in px (COMMENT_WIDTH or SUMMARY_WIDTH unless overridden). */
  width: number
  /** github-markdown-css text. */
  css: string
  /** Shown in the frame's header, as GitHub shows the author or the job. */
  heading: string
}

/**
 * A standalone page: the rendered markdown in a `.markdown-body` column exactly `width` px wide
 * (plus GitHub's 16 px padding), framed like a comment or a summary box, on a page just wide
 * enough for the frame, so anything wider than the column shows as overflow.
 */
export function buildPage(options: PageOptions): string {
  const { kind, width } = options
  const frame = width + 2 * BODY_PADDING + 2
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`${kind}: ${options.heading}`)}</title>
<style>
${options.css}
</style>
<style>
  html, body { margin: 0; background: #ffffff; }
  body { padding: 8px; width: ${frame}px; }
  .frame { box-sizing: border-box; width: ${frame}px; border: 1px solid #d1d9e0; border-radius: 6px; }
  .frame-header { padding: 8px ${BODY_PADDING}px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0;
    border-radius: 6px 6px 0 0; color: #59636e; font: 14px/1.5 -apple-system, BlinkMacSystemFont,
    "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
  .frame-header strong { color: #1f2328; }
  .markdown-body { box-sizing: content-box; width: ${width}px; padding: ${BODY_PADDING}px; border-radius: 0 0 6px 6px; }
</style>
</head>
<body>
<div class="frame frame-${kind}">
<div class="frame-header">${kind === 'comment' ? `<strong>github-actions</strong> bot commented` : `<strong>${escapeHtml(options.heading)}</strong> summary`}</div>
<article class="markdown-body">
${renderMarkdown(options.markdown, kind)}
</article>
</div>
</body>
</html>
`
}

// ------------------------------------------------------------------ the width check

/**
 * What the browser measures in a page built by buildPage (MEASURE_SCRIPT), every `<details>`
 * opened first: a reviewer opens them, and a table folded inside one must fit too.
 */
export interface Measurement {
  /** `.markdown-body` clientWidth (content + padding) and scrollWidth. */
  columnClientWidth: number
  columnScrollWidth: number
  /** The document's scrollWidth and the viewport's width. */
  documentScrollWidth: number
  viewportWidth: number
  /** Each table or pre whose content is wider than its box (it scrolls inside itself). */
  overflowing: Array<{
    tag: string
    /** First header cell of a table, first 40 characters of a pre. */
    label: string
    scrollWidth: number
    clientWidth: number
    inDetails: boolean
    /** The heading above it (a summary has a table per checklist section), or ''. */
    section: string
    /** A pre's lines, as written (absent for a table). */
    lines?: string[]
  }>
}

/** Runs in the page (page.evaluate): opens every `<details>` and measures. Returns a Measurement. */
export const MEASURE_SCRIPT = `(() => {
  const column = document.querySelector('.markdown-body')
  for (const details of column.querySelectorAll('details')) details.open = true
  const text = s => (s || '').replace(/\\s+/g, ' ').trim()
  const sectionOf = el => {
    for (let at = el; at && at !== column; at = at.parentElement)
      for (let prev = at.previousElementSibling; prev; prev = prev.previousElementSibling)
        if (/^H[1-6]$/.test(prev.tagName)) return text(prev.textContent)
    return ''
  }
  const overflowing = []
  for (const el of column.querySelectorAll('table, pre')) {
    if (el.scrollWidth <= el.clientWidth) continue
    const tag = el.tagName.toLowerCase()
    const th = tag === 'table' ? el.querySelector('th') : null
    overflowing.push({
      tag,
      label: text(th ? th.textContent : el.textContent).slice(0, 40),
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
      inDetails: el.parentElement !== null && el.parentElement.closest('details') !== null,
      section: sectionOf(el),
      ...(tag === 'pre' ? { lines: el.textContent.split('\\n') } : {})
    })
  }
  return {
    columnClientWidth: column.clientWidth,
    columnScrollWidth: column.scrollWidth,
    documentScrollWidth: document.documentElement.scrollWidth,
    viewportWidth: document.documentElement.clientWidth,
    overflowing
  }
})()`

export interface Finding {
  /** e.g. `table "Check"`, `pre "az role assignment create …"`, `the column`. */
  what: string
  /** How many px wider than its box. */
  excessPx: number
  inDetails: boolean
  /**
   * A command block wider than the column only where one argument (an ARM id) is: the
   * commands are already wrapped at every option, and a shell word cannot be split, so
   * the block scrolls sideways as GitHub's code blocks do. Reported, not counted against fitting.
   */
  unbreakable?: boolean
}

/**
 * Whether every line of a too-wide command block that is wider than its box holds at most
 * an option and its value (`--ids /subscriptions/…`) or one JSON string member, so no
 * further wrap is possible.
 * The width of a line is estimated from the block's widest line (monospace).
 */
export function onlyUnbreakableLinesTooWide(
  lines: readonly string[],
  scrollWidth: number,
  clientWidth: number
): boolean {
  const longest = Math.max(1, ...lines.map(l => l.length))
  const charPx = scrollWidth / longest
  const wide = lines.filter(l => l.length * charPx > clientWidth)
  return (
    wide.length > 0 &&
    wide.every(
      l =>
        l
          .trim()
          .replace(/\s*\\$/, '')
          .split(/\s+/).length <= 2 ||
        // One JSON member with a string value (a here-document's role definition): a JSON
        // string cannot hold a line break.
        /^\s*"[^"]+": "(?:[^"\\]|\\.)*",?$/.test(l)
    )
  )
}

export interface WidthVerdict {
  kind: Kind
  slug: string
  width: number
  fits: boolean
  findings: Finding[]
}

/** The verdict of the width check: fits when nothing is wider than the column. */
export function judgeWidth(kind: Kind, slug: string, width: number, m: Measurement): WidthVerdict {
  const findings: Finding[] = m.overflowing.map(o => ({
    what: `${o.tag} "${o.label}"${o.section ? ` (${o.section})` : ''}`,
    excessPx: o.scrollWidth - o.clientWidth,
    inDetails: o.inDetails,
    ...(o.tag === 'pre' &&
    o.lines &&
    onlyUnbreakableLinesTooWide(o.lines, o.scrollWidth, o.clientWidth)
      ? { unbreakable: true }
      : {})
  }))
  if (m.columnScrollWidth > m.columnClientWidth)
    findings.push({
      what: 'the column (.markdown-body)',
      excessPx: m.columnScrollWidth - m.columnClientWidth,
      inDetails: false
    })
  if (m.documentScrollWidth > m.viewportWidth)
    findings.push({
      what: 'the page (horizontal scroll)',
      excessPx: m.documentScrollWidth - m.viewportWidth,
      inDetails: false
    })
  return { kind, slug, width, fits: findings.every(f => f.unbreakable), findings }
}

/** One markdown table: case, kind, width, what is too wide and by how much, verdict. */
export function formatVerdicts(verdicts: WidthVerdict[]): string {
  const rows = verdicts.map(v => [
    v.slug,
    v.kind,
    `${v.width} px`,
    v.findings.length === 0
      ? '—'
      : v.findings
          .map(
            f =>
              `${f.what} +${f.excessPx} px${f.inDetails ? ' (in <details>)' : ''}${f.unbreakable ? ' (one argument, scrolls)' : ''}`
          )
          .join('; '),
    v.fits ? 'fits' : 'does not fit'
  ])
  const header = ['case', 'kind', 'width', 'wider than the column', 'verdict']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i]!.length)))
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  return [
    line(header),
    `| ${widths.map(w => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(line)
  ].join('\n')
}

// ------------------------------------------------------------------ the browser

const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

/**
 * The browser to drive: `CHROME_PATH`, else the first of chromium / google-chrome on PATH.
 * `isExecutable` is injected so this is testable without one.
 */
export function findBrowser(
  env: Record<string, string | undefined>,
  isExecutable: (file: string) => boolean
): { path: string } | { error: string } {
  const install =
    'Install one (Debian/Ubuntu: `apt-get install chromium`; or any Chrome) or set CHROME_PATH to its executable.'
  const configured = env['CHROME_PATH']
  if (configured) {
    return isExecutable(configured)
      ? { path: configured }
      : { error: `CHROME_PATH is '${configured}', which is not an executable file. ${install}` }
  }
  for (const dir of (env['PATH'] ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of BROWSER_NAMES) {
      const file = path.join(dir, name)
      if (isExecutable(file)) return { path: file }
    }
  }
  return {
    error: `No Chromium or Chrome found: CHROME_PATH is not set and none of ${BROWSER_NAMES.join(', ')} is on PATH. ${install}`
  }
}
