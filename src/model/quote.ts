// Quoting untrusted values for messages lives apart from the input parser, so the suppressions
// matcher and the pipeline can quote without importing the action's inputs.
const MAX_QUOTED = 60

/**
 * A user value quoted for an error message: at most 60 characters (longer ones
 * are cut with "…"), in double quotes, with quotes, backslashes, control,
 * format and line-break characters escaped, so a value cannot start a new log
 * line, inject a workflow command (`::set-output`) or reorder text (bidi controls).
 */
export function quote(value: string): string {
  const chars = Array.from(value)
  const cut = chars.length > MAX_QUOTED
  const shown = (cut ? chars.slice(0, MAX_QUOTED) : chars).join('')
  const escaped = shown.replace(/[\\"\p{C}\p{Zl}\p{Zp}]/gu, c => {
    if (c === '\\' || c === '"') return `\\${c}`
    const code = c.codePointAt(0) ?? 0
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
  return `"${escaped}"${cut ? `… (${chars.length} characters)` : ''}`
}
