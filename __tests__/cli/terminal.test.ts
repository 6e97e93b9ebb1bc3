import { describe, expect, it } from '@jest/globals'
import type { TokenCredential } from '@azure/identity'
import { cliLogin, failureReason } from '../../src/cli/credential.js'
import { ProgressLine } from '../../src/cli/main.js'
import { ConfigurationError } from '../../src/model/errors.js'
import { buildReport } from '../../src/report/model.js'
import { plainText, renderTerminal, useColor } from '../../src/report/terminal.js'
import { evaluateAll } from '../../src/evaluate/checks/catalog.js'
import { computeVerdict } from '../../src/evaluate/verdict.js'
import { ok, onlineEndpoint, secureSnapshot } from '../checks/fixtures.js'

function report(name = 'credit-scoring') {
  const snapshot = secureSnapshot({
    onlineEndpoints: ok([onlineEndpoint(name, { publicNetworkAccess: 'Enabled' })])
  })
  const results = evaluateAll(snapshot)
  return buildReport(snapshot, results, computeVerdict(results, { mode: 'any' }), {
    version: '0.1.0',
    failOn: 'any'
  })
}

describe('renderTerminal', () => {
  it('groups results by checklist section with problems first, the fix and the verdict', () => {
    const text = renderTerminal(report(), { color: false })
    const prerequisites = text.indexOf('\nPrerequisites\n')
    const managed = text.indexOf('\nSecure managed online endpoints\n')
    expect(prerequisites).toBeGreaterThan(0)
    expect(managed).toBeGreaterThan(prerequisites)
    const section = text.slice(managed, text.indexOf('\n\n', managed + 2))
    expect(section.indexOf('✗ fail')).toBeLessThan(section.indexOf('✓ pass'))
    expect(section).toMatch(/✗ fail \(error\)\s+MOE-03 .* · credit-scoring\n {6}.+\n {6}Fix: /)
    expect(text).toMatch(
      /\nResults: \d+ pass · 1 fail · 0 advice · 0 unknown · \d+ skipped · fail-on: any\n/
    )
    expect(text).not.toContain('\u001b')
  })

  it('colours only when asked, and strips control characters from Azure text', () => {
    const hostile = report('ep\u001b]0;pwned\u0007\u001b[2J\r\nfake ✓ pass')
    const plain = renderTerminal(hostile, { color: false })
    expect(plain.replace(/\n/g, '')).not.toMatch(/\p{Cc}/u)
    expect(plain).toContain('ep ]0;pwned [2J fake ✓ pass')
    const coloured = renderTerminal(hostile, { color: true })
    expect(coloured).toContain('\u001b[31m✗ fail (error)')
    const sgr = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g')
    expect(coloured.replace(sgr, '')).toBe(plain)
  })

  it('useColor: a TTY without NO_COLOR', () => {
    expect(useColor({ isTTY: true }, {})).toBe(true)
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false)
    expect(useColor({ isTTY: false }, {})).toBe(false)
    expect(useColor({}, {})).toBe(false)
    expect(plainText('a\u202eb\u2028c')).toBe('a b c')
  })
})

describe('ProgressLine', () => {
  it('rewrites one line on a TTY and clears it before a log line; writes nothing elsewhere', () => {
    const written: string[] = []
    const tty = new ProgressLine({ isTTY: true, write: t => written.push(t) })
    tty.show('Reading Azure… 1 request answered')
    tty.show('Reading Azure… 2 requests answered')
    tty.above('Signed in.\n')
    expect(written).toEqual([
      '\r\u001b[2KReading Azure… 1 request answered',
      '\r\u001b[2KReading Azure… 2 requests answered',
      '\r\u001b[2K',
      'Signed in.\n'
    ])
    const piped: string[] = []
    const pipe = new ProgressLine({ write: t => piped.push(t) })
    pipe.show('Reading Azure…')
    pipe.above('Signed in.\n')
    expect(piped).toEqual(['Signed in.\n'])
  })
})

describe('cliLogin', () => {
  const fails = (message: string): TokenCredential => ({
    getToken: () => Promise.reject(new Error(message))
  })
  // A token whose claims name the object id (unsigned: only decoded, never verified, here).
  const claims = Buffer.from(JSON.stringify({ oid: 'oid-1', tid: 'tid-1' })).toString('base64url')
  const works: TokenCredential = {
    getToken: () => Promise.resolve({ token: `e30.${claims}.sig`, expiresOnTimestamp: 0 })
  }

  it('uses the first source that yields a token, and reports who it is', async () => {
    const info: string[] = []
    const login = await cliLogin(
      [
        { name: 'Azure CLI (az login)', create: () => fails('Please run az login.') },
        { name: 'the environment (DefaultAzureCredential)', create: () => works }
      ],
      'https://management.azure.com/.default',
      m => info.push(m)
    )
    expect(login.identity).toEqual({ objectId: 'oid-1' })
    expect(info).toEqual([
      'Signed in to Azure with the environment as object id oid-1 in tenant tid-1.'
    ])
  })

  it('names every source it tried when none works', async () => {
    const aggregate = Object.assign(new Error('ChainedTokenCredential authentication failed.'), {
      errors: [
        new Error('EnvironmentCredential is unavailable. Set AZURE_TENANT_ID.'),
        new Error('ManagedIdentityCredential: no endpoint.\n    at stack (file.js:1:2)')
      ]
    })
    const attempt = cliLogin(
      [
        {
          name: 'Azure CLI (az login)',
          create: () => fails('Azure CLI could not be found. Install it.')
        },
        { name: 'the environment', create: () => ({ getToken: () => Promise.reject(aggregate) }) }
      ],
      'scope',
      () => undefined
    )
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      'No Azure credential worked. Tried:\n- Azure CLI (az login): Azure CLI could not be found.\n- the environment: EnvironmentCredential is unavailable. ManagedIdentityCredential: no endpoint.\nFix: run `az login`'
    )
    expect(failureReason('plain text')).toBe('plain text')
  })
})
