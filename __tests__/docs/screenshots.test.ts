/**
 * The browser-free half of `npm run screenshots` (scripts/screenshot-pages.ts): the cases the
 * pictures claim, GitHub's markdown as the pictures render it, the page-width verdict from
 * measured numbers, and the browser lookup's error. No browser, no network: the script itself
 * (scripts/screenshots.ts) is the only part that needs Chromium.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { getScenario } from '../../emulator/scenarios/index.js'
import {
  onlyUnbreakableLinesTooWide,
  CASES,
  COMMENT_WIDTH,
  MEASURE_SCRIPT,
  SUMMARY_WIDTH,
  buildPage,
  caseProblem,
  findBrowser,
  formatVerdicts,
  githubMarkdownCss,
  judgeWidth,
  renderMarkdown,
  screenshotFile,
  selectCases,
  statusOf,
  type Measurement
} from '../../scripts/screenshot-pages.js'

const root = new URL('../../', import.meta.url)
const read = (file: string): string => readFileSync(new URL(file, root), 'utf8')

describe('the cases pictured', () => {
  it('are the four the issue asks for, saved under the names docs/screenshots/README.md shows', () => {
    expect(CASES.map(c => c.slug)).toEqual([
      'all-pass',
      'one-fail',
      'refused-read',
      '200-endpoints'
    ])
    const readme = read('docs/screenshots/README.md')
    for (const c of CASES) {
      for (const kind of ['comment', 'summary'] as const) {
        const file = screenshotFile(kind, c.slug)
        expect(readme).toContain(`(${file})`)
        expect(existsSync(new URL(`docs/screenshots/${file}`, root))).toBe(true)
      }
    }
  })

  it('run registered scenarios; the large one has 200 managed online endpoints', () => {
    for (const c of CASES) expect(() => getScenario(c.scenario)).not.toThrow()
    const large = getScenario(CASES.find(c => c.slug === '200-endpoints')!.scenario)
    const endpoints = large.resources.filter(r =>
      /\/workspaces\/[^/]+\/onlineEndpoints\/[^/]+$/i.test(r.id)
    )
    expect(endpoints).toHaveLength(200)
  })

  it('--cases picks a subset and names the known cases for an unknown one', () => {
    expect(selectCases(undefined)).toHaveLength(4)
    expect(selectCases('one-fail, all-pass').map(c => c.slug)).toEqual(['all-pass', 'one-fail'])
    expect(() => selectCases('all-pass,two-fail')).toThrow(
      "--cases: unknown case 'two-fail'; known: all-pass, one-fail, refused-read, 200-endpoints"
    )
  })
})

describe('a run that no longer shows what its picture claims', () => {
  const byId = (slug: string) => CASES.find(c => c.slug === slug)!
  const r = (checkId: string, outcome: string, severity?: string) => ({
    checkId,
    outcome,
    ...(severity ? { severity } : {})
  })

  it('derives the reviewer-facing word when the report has no status: a notice is advice', () => {
    expect(statusOf(r('MOE-06', 'fail', 'notice'))).toBe('advice')
    expect(statusOf(r('MOE-03', 'fail', 'warning'))).toBe('fail')
    expect(statusOf({ ...r('MOE-03', 'fail', 'error'), status: 'advice' })).toBe('advice')
    expect(statusOf(r('NET-02', 'unknown'))).toBe('unknown')
  })

  it('all pass: advice and skipped are fine, a fail or an unknown is not', () => {
    const ok = [r('NET-01', 'pass'), r('MOE-06', 'fail', 'notice'), r('K8S-01', 'skipped')]
    expect(caseProblem(byId('all-pass'), { results: ok })).toBeUndefined()
    expect(caseProblem(byId('all-pass'), { results: [...ok, r('NET-02', 'unknown')] })).toBe(
      'expected every check to pass; failed: none, unknown: NET-02'
    )
  })

  it('one fail: one check (on any number of resources), not two', () => {
    const one = [r('NET-01', 'pass'), r('MOE-03', 'fail', 'error'), r('MOE-03', 'fail', 'error')]
    expect(caseProblem(byId('one-fail'), { results: one })).toBeUndefined()
    expect(caseProblem(byId('one-fail'), { results: [...one, r('NET-01', 'fail', 'error')] })).toBe(
      'expected exactly one failing check and no unknown; failed: MOE-03, NET-01, unknown: none'
    )
  })

  it('refused read: exactly five unknown checks', () => {
    const five = ['NET-02', 'NET-03', 'RBAC-01', 'RBAC-02', 'RBAC-03'].map(id => r(id, 'unknown'))
    expect(caseProblem(byId('refused-read'), { results: five })).toBeUndefined()
    expect(caseProblem(byId('refused-read'), { results: five.slice(1) })).toMatch(
      /^expected five unknown checks and no failure; unknown: NET-03, RBAC-01/
    )
  })

  it('200 endpoints: one MOE-03 result per endpoint', () => {
    const results = Array.from({ length: 200 }, () => r('MOE-03', 'pass'))
    expect(caseProblem(byId('200-endpoints'), { results })).toBeUndefined()
    expect(caseProblem(byId('200-endpoints'), { results: results.slice(7) })).toBe(
      'expected 200 MOE-03 results (one per endpoint), got 193'
    )
  })
})

describe("GitHub's markdown, as the pictures render it", () => {
  it('draws GFM tables, keeps <details>/<sub> and renders markdown inside <details>', () => {
    const html = renderMarkdown(
      [
        '| Check | Result |',
        '| --- | --- |',
        '| NET-01 | ✅ pass |',
        '',
        '<details><summary>How to fix</summary>',
        '',
        '```sh',
        'az ml workspace update --public-network-access Disabled',
        '```',
        '',
        '</details>',
        '',
        '<sub>footer</sub>'
      ].join('\n'),
      'comment'
    )
    expect(html).toContain('<th>Check</th>')
    expect(html).toContain('<td>✅ pass</td>')
    expect(html).toContain('<details><summary>How to fix</summary>')
    expect(html).toContain('<pre><code class="language-sh">az ml workspace update')
    expect(html).toContain('<sub>footer</sub>')
  })

  it('shows an escaped backtick as the backtick a reviewer sees, not as code', () => {
    expect(renderMarkdown('\\`route: auto\\`', 'comment')).toBe('<p>`route: auto`</p>\n')
    expect(renderMarkdown('`route: auto`', 'comment')).toBe('<p><code>route: auto</code></p>\n')
  })

  it('breaks lines at a newline in a comment but not in a summary, as GitHub does', () => {
    expect(renderMarkdown('one\ntwo', 'comment')).toBe('<p>one<br>\ntwo</p>\n')
    expect(renderMarkdown('one\ntwo', 'summary')).toBe('<p>one\ntwo</p>\n')
  })

  it('draws a > [!NOTE] alert with the class github-markdown-css styles', () => {
    const html = renderMarkdown('> [!NOTE]\n> Only failed checks are listed.', 'summary')
    expect(html).toContain('class="markdown-alert markdown-alert-note"')
    expect(html).not.toContain('[!NOTE]')
    expect(githubMarkdownCss()).toContain('.markdown-body .markdown-alert.markdown-alert-note')
  })

  it('puts the body in a .markdown-body column of exactly the given width, with the light theme', () => {
    const page = buildPage({
      kind: 'comment',
      markdown: '**hi**',
      width: COMMENT_WIDTH,
      css: githubMarkdownCss(),
      heading: 'a <b>job</b>'
    })
    expect(page).toContain('.markdown-body { box-sizing: content-box; width: 760px;')
    expect(page).toContain('<article class="markdown-body">\n<p><strong>hi</strong></p>')
    expect(page).toContain('color-scheme: light')
    expect(page).toContain('<title>comment: a &#60;b&#62;job&#60;/b&#62;</title>')
    const summary = buildPage({
      kind: 'summary',
      markdown: '',
      width: SUMMARY_WIDTH,
      css: '',
      heading: 'guard'
    })
    expect(summary).toContain('width: 1000px;')
    expect(summary).toContain('<strong>guard</strong> summary')
  })
})

describe('the page-width check', () => {
  const fitting: Measurement = {
    columnClientWidth: 792,
    columnScrollWidth: 792,
    documentScrollWidth: 810,
    viewportWidth: 810,
    overflowing: []
  }

  it('fits when nothing is wider than the column', () => {
    const verdict = judgeWidth('comment', 'all-pass', 760, fitting)
    expect(verdict).toEqual({
      kind: 'comment',
      slug: 'all-pass',
      width: 760,
      fits: true,
      findings: []
    })
  })

  it('names each table or pre that scrolls inside itself, the column and the page, with the excess', () => {
    const verdict = judgeWidth('summary', 'one-fail', 1000, {
      columnClientWidth: 1032,
      columnScrollWidth: 1040,
      documentScrollWidth: 1060,
      viewportWidth: 1052,
      overflowing: [
        {
          tag: 'table',
          label: 'Check',
          scrollWidth: 1706,
          clientWidth: 1000,
          inDetails: false,
          section: 'Prerequisites'
        },
        {
          tag: 'pre',
          label: 'az role definition create --role-defini',
          scrollWidth: 1500,
          clientWidth: 1000,
          inDetails: true,
          section: ''
        }
      ]
    })
    expect(verdict.fits).toBe(false)
    expect(verdict.findings).toEqual([
      { what: 'table "Check" (Prerequisites)', excessPx: 706, inDetails: false },
      { what: 'pre "az role definition create --role-defini"', excessPx: 500, inDetails: true },
      { what: 'the column (.markdown-body)', excessPx: 8, inDetails: false },
      { what: 'the page (horizontal scroll)', excessPx: 8, inDetails: false }
    ])
    const table = formatVerdicts([judgeWidth('comment', 'all-pass', 760, fitting), verdict])
    const lines = table.split('\n')
    expect(new Set(lines.map(line => line.length)).size).toBe(1) // columns aligned
    expect(lines[1]).toMatch(/^\| -+ \| -+ \| -+ \| -+ \| -+ \|$/)
    expect(
      lines
        .filter((_, i) => i !== 1)
        .map(l => l.split(' | ').map(c => c.replace(/^\| |\|$/g, '').trim()))
    ).toEqual([
      ['case', 'kind', 'width', 'wider than the column', 'verdict'],
      ['all-pass', 'comment', '760 px', '—', 'fits'],
      [
        'one-fail',
        'summary',
        '1000 px',
        'table "Check" (Prerequisites) +706 px; pre "az role definition create --role-defini" +500 px (in <details>); the column (.markdown-body) +8 px; the page (horizontal scroll) +8 px',
        'does not fit'
      ]
    ])
  })

  it('measures with a script the browser can parse', () => {
    expect(() => new Function(`return ${MEASURE_SCRIPT}`)).not.toThrow()
    expect(MEASURE_SCRIPT).toContain("querySelectorAll('table, pre')")
    expect(MEASURE_SCRIPT).toContain('details.open = true')
  })
})

describe('finding a browser', () => {
  const bin = path.join(path.sep, 'opt', 'bin')
  const usr = path.join(path.sep, 'usr', 'bin')
  const PATH = [bin, usr].join(path.delimiter)

  it('uses CHROME_PATH when it is an executable, else the first chromium or chrome on PATH', () => {
    const chrome = path.join(path.sep, 'opt', 'chrome', 'chrome')
    expect(findBrowser({ CHROME_PATH: chrome, PATH }, f => f === chrome)).toEqual({ path: chrome })
    const found = new Set([path.join(usr, 'chromium'), path.join(bin, 'google-chrome')])
    expect(findBrowser({ PATH }, f => found.has(f))).toEqual({
      path: path.join(bin, 'google-chrome')
    })
  })

  it('says how to get one when there is none, naming CHROME_PATH', () => {
    const none = findBrowser({ PATH }, () => false)
    expect(none).toEqual({
      error:
        'No Chromium or Chrome found: CHROME_PATH is not set and none of chromium, chromium-browser, google-chrome, google-chrome-stable is on PATH. Install one (Debian/Ubuntu: `apt-get install chromium`; or any Chrome) or set CHROME_PATH to its executable.'
    })
    const wrong = path.join(path.sep, 'nowhere', 'chrome')
    expect(findBrowser({ CHROME_PATH: wrong, PATH }, () => false)).toEqual({
      error: `CHROME_PATH is '${wrong}', which is not an executable file. Install one (Debian/Ubuntu: \`apt-get install chromium\`; or any Chrome) or set CHROME_PATH to its executable.`
    })
  })
})

describe('a command block wider than the column', () => {
  const id = `/subscriptions/${'1'.repeat(36)}/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws`
  it('is accepted only when the too-wide lines are one option and its value (a shell word cannot be split)', () => {
    const wrapped = ['az resource show \\', `  --ids ${id}`]
    // 8 px per character: the id line is about 1,100 px, the first line 136 px.
    const longest = Math.max(...wrapped.map(l => l.length))
    expect(onlyUnbreakableLinesTooWide(wrapped, longest * 8, 760)).toBe(true)
  })

  it('is not accepted when a too-wide line could still be wrapped at its options', () => {
    const unwrapped = [`az resource show --ids ${id} --query properties --output json`]
    expect(onlyUnbreakableLinesTooWide(unwrapped, unwrapped[0]!.length * 8, 760)).toBe(false)
  })
})

describe('a here-document role definition wider than the column', () => {
  it('is accepted when the too-wide line is one JSON string member', () => {
    const lines = [
      "cat > role.json <<'JSON'",
      '{',
      '  "Description": "Read, join the virtual network and join its subnets (Azure ML inference)",',
      '}'
    ]
    expect(onlyUnbreakableLinesTooWide(lines, lines[2]!.length * 9, 760)).toBe(true)
    expect(onlyUnbreakableLinesTooWide(['a b c d e f g h'], 2000, 760)).toBe(false)
  })
})
