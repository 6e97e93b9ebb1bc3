import { describe, expect, it } from '@jest/globals'
import { escapeMarkdown, escapeTableCell, link } from '../../src/report/markdown.js'
import { HOSTILE } from './report-fixture.js'

/** Pipes not preceded by a backslash: what GFM uses to split table cells. */
const rawPipes = (s: string): number => (s.match(/(?<!\\)\|/g) ?? []).length

describe('escapeMarkdown / escapeTableCell', () => {
  it('neutralises table pipes', () => {
    expect(escapeTableCell(HOSTILE.pipe)).toBe('x\\|y')
    expect(rawPipes(escapeTableCell(HOSTILE.pipe))).toBe(0)
  })

  it('turns HTML into text', () => {
    const out = escapeMarkdown(HOSTILE.html)
    expect(out).not.toContain('<')
    expect(out).not.toContain('>')
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('breaks @mentions with a zero-width space', () => {
    const out = escapeMarkdown(HOSTILE.mention)
    expect(out).not.toMatch(/@[a-z]/i)
    expect(out).toBe('@&#8203;octo-org/admins')
  })

  it('cannot close or open an HTML comment', () => {
    const out = escapeMarkdown(HOSTILE.markerClose)
    expect(out).not.toContain('-->')
    expect(out).not.toContain('<!--')
  })

  it('escapes backticks and markdown punctuation', () => {
    expect(escapeMarkdown(HOSTILE.backticks)).toBe('\\`rm -rf /\\`')
    expect(escapeMarkdown('**b** _i_ [l](u) ![i](x) # h ~~s~~ \\')).toBe(
      // With `[` and `]` escaped, `(`, `)` and `!` cannot start a link or an image.
      '\\*\\*b\\*\\* \\_i\\_ \\[l\\](u) !\\[i\\](x) \\# h \\~\\~s\\~\\~ \\\\'
    )
  })

  it('keeps untrusted text on one line, or on <br>-separated lines in a table cell', () => {
    expect(escapeMarkdown(HOSTILE.newline)).not.toContain('\n')
    const cell = escapeTableCell(HOSTILE.newline)
    expect(cell).not.toContain('\n')
    expect(cell).toBe('line1<br>\\| injected \\| row \\|')
    expect(rawPipes(cell)).toBe(0)
  })

  it('drops control and bidi-override characters and escapes ampersands', () => {
    expect(escapeMarkdown('a\u0000b\u202ec & d')).toBe('abc &amp; d')
  })

  it('only links https URLs', () => {
    expect(link('docs', 'https://learn.microsoft.com/x')).toBe(
      '[docs](https://learn.microsoft.com/x)'
    )
    expect(link('docs', 'javascript:alert(1)')).toBe('[docs](#)')
  })
})
