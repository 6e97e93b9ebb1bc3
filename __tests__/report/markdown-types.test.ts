/**
 * The two kinds of text as types (issue 20): `tsc --noEmit` (lint step of CI) compiles this
 * file, and each `@ts-expect-error` line fails the build if the mistake under it compiles.
 * The assertions pin what the right calls render.
 */
import { describe, expect, it } from '@jest/globals'
import { escapeMarkdown, markup, textToMarkdown } from '../../src/report/markdown.js'
import { text } from '../../src/model/text.js'

describe('markdown types', () => {
  it('cannot escape our markdown twice, nor place untrusted text unescaped', () => {
    const ours = markup`**Route:** ${escapeMarkdown('a*b')}`
    // Never called: these lines exist for the type checker.
    const mistakes = (): unknown[] => [
      // @ts-expect-error escaping markdown we built would show its markup as text
      escapeMarkdown(ours),
      // @ts-expect-error an untrusted string must go through an escaper first
      markup`**Name:** ${'a*b'}`,
      // @ts-expect-error a Text is rendered by textToMarkdown, not escaped as a string
      escapeMarkdown(text`x`)
    ]
    expect(typeof mistakes).toBe('function')
    expect(ours).toBe('**Route:** a\\*b')
  })

  it('renders our code spans as code and Azure values escaped', () => {
    const name = 'ep_`1`'
    expect(textToMarkdown(text`Set \`route\` for endpoint ${name}.`)).toBe(
      'Set <code>route</code> for endpoint ep\\_\\`1\\`.'
    )
    expect(textToMarkdown(text`Endpoint \`${name}\`.`)).toBe('Endpoint <code>ep\\_\\`1\\`</code>.')
  })
})
