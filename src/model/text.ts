/**
 * Text that mixes our own words with values from Azure, GitHub or files.
 *
 * Our words are written in the source and may use markdown code spans
 * (`` `route: auto` ``): renderers show them as written. Values are untrusted:
 * every renderer escapes them for its medium (markdown, workflow commands).
 * A `Text` is not a string, so it cannot be handed to an escaper (escaped
 * twice) or pasted into markdown without its renderer (not escaped at all).
 * It is plain JSON (an array of parts), so a saved report keeps the split.
 */

/** Our words (a string), an untrusted value, or an untrusted value shown as code. */
export type TextPart = string | { value: string } | { code: string }

declare const TEXT: unique symbol
export type Text = readonly TextPart[] & { readonly [TEXT]: true }

type Interpolation = string | number | Text

function brand(parts: TextPart[]): Text {
  // Adjacent words merge, so equal texts have equal parts (and compare as JSON).
  const merged: TextPart[] = []
  for (const part of parts) {
    if (part === '') continue
    const last = merged.at(-1)
    if (typeof part === 'string' && typeof last === 'string')
      merged[merged.length - 1] = last + part
    else merged.push(part)
  }
  return merged as unknown as Text
}

export function isText(value: unknown): value is Text {
  return (
    Array.isArray(value) &&
    value.every(
      part =>
        typeof part === 'string' ||
        (typeof part === 'object' &&
          part !== null &&
          ((typeof (part as { value?: unknown }).value === 'string' &&
            Object.keys(part).length === 1) ||
            (typeof (part as { code?: unknown }).code === 'string' &&
              Object.keys(part).length === 1)))
    )
  )
}

/**
 * `` text`Could not read private endpoint ${name} in \`${rg}\`.` ``: the template's
 * words are ours; a string interpolated is an untrusted value; a number is ours; a
 * `Text` is spliced in. A value our words put between backticks becomes a code value,
 * so it shows as code, escaped, instead of breaking out of the code span.
 */
export function text(strings: TemplateStringsArray, ...values: Interpolation[]): Text {
  const parts: TextPart[] = []
  let pending = strings[0] ?? ''
  values.forEach((v, i) => {
    const next = strings[i + 1] ?? ''
    if (typeof v === 'string' && pending.endsWith('`') && next.startsWith('`')) {
      parts.push(pending.slice(0, -1), { code: v })
      pending = next.slice(1)
      return
    }
    parts.push(pending)
    if (typeof v === 'number') parts.push(String(v))
    else if (typeof v === 'string') parts.push({ value: v })
    else parts.push(...v)
    pending = next
  })
  parts.push(pending)
  return brand(parts)
}

/** Our own words from a constant or a computed choice of our words (never Azure text). */
export function ours(words: string): Text {
  return brand([words])
}

/** An untrusted value as plain text. */
export function value(v: string): Text {
  return brand([{ value: v }])
}

/** An untrusted value shown as code (a name, an id, a command with names). */
export function code(v: string): Text {
  return brand([{ code: v }])
}

export const EMPTY_TEXT: Text = brand([])

export function joinText(items: readonly Text[], separator: string): Text {
  const parts: TextPart[] = []
  items.forEach((item, i) => {
    if (i > 0) parts.push(separator)
    parts.push(...item)
  })
  return brand(parts)
}

export function concatText(...items: readonly Text[]): Text {
  return brand(items.flatMap(item => [...item]))
}

export function isEmptyText(t: Text): boolean {
  return t.length === 0
}

/**
 * The text for plain-text readers (the JSON report's `detail`, annotations, SARIF,
 * the terminal): our words as written, values as they are. Plain-text sinks apply
 * their own escaping (workflow commands, JSON).
 */
export function plainText(t: Text): string {
  return t
    .map(part => (typeof part === 'string' ? part : 'value' in part ? part.value : part.code))
    .join('')
}

/** The parts a function of each untrusted value would give (redaction, shortening). */
export function mapValues(t: Text, fn: (v: string) => string): Text {
  return brand(
    t.map(part =>
      typeof part === 'string'
        ? part
        : 'value' in part
          ? { value: fn(part.value) }
          : { code: fn(part.code) }
    )
  )
}
