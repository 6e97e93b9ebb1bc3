/**
 * Markdown for job summaries and PR comments, as a type. `Markdown` is what we
 * built; a plain string is untrusted text (names and messages from Azure, GitHub
 * or a file). Escapers take only untrusted strings (handing them `Markdown` does
 * not compile, so nothing is escaped twice) and `markup` accepts only `Markdown` or
 * numbers (a plain string must go through an escaper, so nothing is escaped not
 * at all). Escaped output shows the same characters as the input but cannot
 * start markup, HTML, a mention, a link, or close the comment's hidden marker.
 */
import { type Text } from '../model/text.js'

declare const MARKDOWN: unique symbol
/** Markdown this tool built: safe to place as it is. */
export type Markdown = string & { readonly [MARKDOWN]: true }
/** Any text that is not `Markdown`: escaped before it is placed. */
export type Untrusted = string & { readonly [MARKDOWN]?: never }

/** Our own markup written in the source (literal markdown: headings, bold, tags). */
export function markup(
  strings: TemplateStringsArray,
  ...values: Array<Markdown | number>
): Markdown {
  return strings.reduce(
    (out, part, i) => out + part + (i < values.length ? String(values[i]) : ''),
    ''
  ) as Markdown
}

/** Lines of markdown joined. */
export function joinMarkdown(parts: readonly Markdown[], separator = '\n'): Markdown {
  return parts.join(separator) as Markdown
}

/** C0/C1 controls (except tab/newline, handled separately) and bidi overrides. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

function escapeLine(text: string): string {
  return (
    text
      .replace(INVISIBLE, '')
      .replace(/[&<>"]/g, c => ENTITIES[c] ?? c)
      // Markdown punctuation: emphasis, code, links, headings, strikethrough, tables. `(`, `)`
      // and `!` start nothing once `[` is escaped, so they stay as written (fewer backslashes in the source).
      .replace(/[\\`*_[\]#~|]/g, c => `\\${c}`)
      // `@name` would notify a user or team: break the mention with a zero-width space.
      .replace(/@/g, '@&#8203;')
      // GFM turns a bare `https://host` or `www.host` into a link: break both the same way.
      .replace(/:(?=\/\/)/g, ':&#8203;')
      .replace(/\b(www)\./gi, '$1&#8203;.')
  )
}

/** Untrusted text for inline markdown: newlines become spaces. */
export function escapeMarkdown(text: Untrusted): Markdown {
  return escapeLine(text.replace(/\r\n|[\r\n\t]/g, ' ')) as Markdown
}

/** Untrusted text for a table cell: as `escapeMarkdown`, newlines become `<br>`. */
export function escapeTableCell(text: Untrusted): Markdown {
  return text
    .split(/\r\n|[\r\n]/)
    .map(line => escapeLine(line.replace(/\t/g, ' ')))
    .join('<br>') as Markdown
}

/**
 * Untrusted text shown as inline code (`<code>` so that escapes still apply). In a long
 * value a `/` may break the line (`<wbr>`, not copied), so an ARM id does not widen a
 * table past the page.
 */
export function inlineCode(text: Untrusted): Markdown {
  const escaped = escapeMarkdown(text)
  const breakable = text.length > LONG_CODE ? escaped.replace(/\//g, '/<wbr>') : escaped
  return `<code>${breakable}</code>` as Markdown
}

/** Longer than a resource name may be (an ARM id, a path): allowed to break at `/`. */
const LONG_CODE = 40

/**
 * Text whose only markup is code spans (`` `route: auto` ``): the spans show as code,
 * everything else is escaped. Safe for any input, so our words read back from a saved
 * (possibly forged) report can do no more than show code.
 */
export function withCodeSpans(text: Untrusted): Markdown {
  const out: string[] = []
  let last = 0
  for (const m of text.matchAll(/`([^`\r\n]+)`/g)) {
    out.push(escapeMarkdown(text.slice(last, m.index)), inlineCode(m[1] ?? ''))
    last = m.index + m[0].length
  }
  out.push(escapeMarkdown(text.slice(last)))
  return out.join('') as Markdown
}

/** A `Text` as markdown: our words with their code spans, values escaped (as code where marked). */
export function textToMarkdown(t: Text): Markdown {
  return t
    .map(part =>
      typeof part === 'string'
        ? withCodeSpans(part)
        : 'value' in part
          ? escapeMarkdown(part.value)
          : inlineCode(part.code)
    )
    .join('') as Markdown
}

/** A markdown link whose URL is ours (catalog doc links, run URLs) and text is untrusted. */
export function link(text: Untrusted, url: string): Markdown {
  const safeUrl = /^https:\/\//.test(url)
    ? url.replace(/[()\s<>]/g, c => encodeURIComponent(c))
    : '#'
  return `[${escapeMarkdown(text)}](${safeUrl})` as Markdown
}

/** A GFM table of markdown cells. */
export function table(header: readonly Markdown[], rows: readonly Markdown[][]): Markdown {
  const line = (cells: readonly Markdown[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => markup`---`)), ...rows.map(line)].join(
    '\n'
  ) as Markdown
}

/**
 * Commands to copy, in a fenced block whose fence is longer than any run of backticks
 * in them (untrusted names cannot close it). A long command is wrapped at its options
 * with shell line continuations, so it fits the page and still pastes as one command.
 */
export function codeBlock(commands: readonly string[], language = 'sh'): Markdown {
  // HTML comment delimiters cannot be in an Azure name; broken here so that the comment's
  // hidden marker stays the only one even when a hostile name quotes it.
  const body = commands
    .map(wrapCommand)
    .join('\n')
    .replace(/\r\n?/g, '\n')
    .replace(/<!--/g, '<!-\u200b-')
    .replace(/--!?>/g, m => `-\u200b${m.slice(1)}`)
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map(m => m[0].length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${language}\n${body}\n${fence}` as Markdown
}

const WRAP_AT = 72

function wrapCommand(command: string): string {
  if (command.length <= WRAP_AT || command.includes('\n')) return command
  // Split before each ` --option`; values (names, ids) never hold ` --` followed by a letter.
  const parts = command.split(/ (?=--[a-z])/)
  return parts.map((part, i) => (i === 0 ? part : `  ${part}`)).join(' \\\n')
}
