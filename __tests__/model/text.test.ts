import { describe, expect, it } from '@jest/globals'
import { code, concatText, isText, joinText, ours, plainText, text } from '../../src/model/text.js'

describe('Text: our words and untrusted values kept apart', () => {
  it('takes the template words as ours and interpolated strings as untrusted values', () => {
    const name = 'ep-`x`'
    expect([...text`Endpoint ${name} has ${2} deployments.`]).toEqual([
      'Endpoint ',
      { value: 'ep-`x`' },
      ' has 2 deployments.'
    ])
  })

  it('turns a value our words put in backticks into a code value', () => {
    expect([...text`Set \`route\` or grant Reader on \`${'net-rg'}\`.`]).toEqual([
      'Set `route` or grant Reader on ',
      { code: 'net-rg' },
      '.'
    ])
  })

  it('splices texts, joins and concatenates without losing the split', () => {
    const names = joinText(
      ['a', 'b*'].map(n => code(n)),
      ', '
    )
    const t = concatText(text`Endpoints ${names}`, ours(' are public.'))
    expect([...t]).toEqual(['Endpoints ', { code: 'a' }, ', ', { code: 'b*' }, ' are public.'])
    expect(plainText(t)).toBe('Endpoints a, b* are public.')
  })

  it('recognises saved parts and refuses anything else', () => {
    expect(isText(['a', { value: 'b' }, { code: 'c' }])).toBe(true)
    expect(isText(['a', { value: 1 }])).toBe(false)
    expect(isText([{ value: 'b', code: 'c' }])).toBe(false)
    expect(isText('a')).toBe(false)
  })
})
