/**
 * Escaping for untrusted text (names and messages from Azure or GitHub) placed
 * in GitHub-flavoured markdown: job summaries and PR comments. The output shows
 * the same characters as the input but cannot start markup, HTML, a mention,
 * a link, or close the comment's hidden marker.
 */

/** C0/C1 controls (except tab/newline, handled separately) and bidi overrides. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

function escapeLine(text: string): string {
  return (
    text
      .replace(INVISIBLE, '')
      .replace(/[&<>"]/g, c => ENTITIES[c] ?? c)
      // Markdown punctuation: emphasis, code, links, images, headings, strikethrough, tables.
      .replace(/[\\`*_[\]()#!~|{}]/g, c => `\\${c}`)
      // `@name` would notify a user or team: break the mention with a zero-width space.
      .replace(/@/g, '@&#8203;')
      // GFM turns a bare `https://host` or `www.host` into a link: break both the same way.
      .replace(/:(?=\/\/)/g, ':&#8203;')
      .replace(/\b(www)\./gi, '$1&#8203;.')
  )
}

/** Untrusted text for inline markdown: newlines become spaces. */
export function escapeMarkdown(text: string): string {
  return escapeLine(text.replace(/\r\n|[\r\n\t]/g, ' '))
}

/** Untrusted text for a table cell: as `escapeMarkdown`, newlines become `<br>`. */
export function escapeTableCell(text: string): string {
  return text
    .split(/\r\n|[\r\n]/)
    .map(line => escapeLine(line.replace(/\t/g, ' ')))
    .join('<br>')
}

/** Untrusted text shown as inline code (`<code>` so that escapes still apply). */
export function inlineCode(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`
}

/** A markdown link whose URL is ours (catalog doc links, run URLs) and text is untrusted. */
export function link(text: string, url: string): string {
  const safeUrl = /^https:\/\//.test(url)
    ? url.replace(/[()\s<>]/g, c => encodeURIComponent(c))
    : '#'
  return `[${escapeMarkdown(text)}](${safeUrl})`
}

/** A GFM table; cells must already be escaped. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
