import { describe, expect, it } from '@jest/globals'
import { parseAnnotations } from '../emulator/run-action.js'
import { logSafe, routeAzureSdkLog } from '../src/log/log-safe.js'
import { AzureLogger } from '@azure/logger'

/**
 * Lines a runner could run as commands: `::` or `##[` after leading white space (the runner trims
 * .NET white space; this also trims invisible format characters, to be stricter than the runner).
 */
function commandLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .filter(line => /^(::|##\[)/.test(line.replace(/^[\s\p{Z}\p{C}\u0085]+/u, '')))
}

const HOSTILE = [
  '::add-mask::x',
  '::set-output name=result::pass',
  '::error title=NET-01::forged',
  '::stop-commands::abc',
  '  ::warning::indented',
  '\t::notice::tab',
  '\u00a0::debug::nbsp',
  '\u0085::error::nel',
  '\u200b::error::zero-width',
  '\ufeff::add-mask::bom',
  '##[set-output name=result;]pass',
  '##[error]legacy'
]

describe('logSafe', () => {
  it.each(HOSTILE)('neutralises %j on any line', line => {
    const text = `first line\n${line}\r\n${line}\rlast ${line}`
    const safe = logSafe(text)
    expect(commandLines(text).length).toBeGreaterThan(0)
    expect(commandLines(safe)).toEqual([])
    expect(parseAnnotations(safe)).toEqual({ annotations: [], masks: [] })
  })

  it('keeps other text as it is, including mid-line `::`', () => {
    const text = 'Rule allow-acr: TCP 443 to AzureContainerRegistry.westeurope::ok\nnext ::line'
    expect(logSafe(text)).toBe(text)
  })

  it('shows a neutralised line with a visible backslash and keeps the line breaks', () => {
    expect(logSafe('a\r\n::add-mask::x\n  ##[error]y')).toBe('a\r\n\\::add-mask::x\n  \\##[error]y')
  })
})

describe('routeAzureSdkLog', () => {
  it("writes the Azure SDK's log lines neutralised", () => {
    const written: string[] = []
    const before = AzureLogger.log
    try {
      routeAzureSdkLog(text => written.push(text))
      AzureLogger.log(
        'azure:identity:info',
        'AADSTS700213: no match\r\n::add-mask::secret\r\nTrace ID: 1'
      )
    } finally {
      AzureLogger.log = before
    }
    expect(written.join('')).toContain('AADSTS700213')
    expect(commandLines(written.join(''))).toEqual([])
  })
})
