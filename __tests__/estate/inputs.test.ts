/** The estate inputs: `scope` and `merge-reports`, and what they make optional or forbid. */
import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../src/model/errors.js'
import { readSettings } from '../../src/settings/inputs.js'

const CLIENT = '11111111-2222-3333-4444-555555555555'
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'
const SUB = '0f0f0f0f-1234-5678-9abc-def012345678'

const read = (values: Record<string, string>) => (name: string) => values[name] ?? ''

function problems(values: Record<string, string>): string {
  try {
    readSettings(read(values))
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigurationError')
}

describe('scope', () => {
  it('needs only the login inputs; the single-workspace inputs may be empty', () => {
    const settings = readSettings(
      read({ 'client-id': CLIENT, 'tenant-id': TENANT, scope: `subscription:${SUB}` })
    )
    expect(settings.scope).toEqual({ kind: 'subscriptions', subscriptionIds: [SUB] })
    expect(settings.workspaceName).toBe('')
  })

  it('names the input, what is wrong and the format', () => {
    expect(problems({ 'client-id': CLIENT, 'tenant-id': TENANT, scope: 'rg:ml' })).toContain(
      '`scope`: "rg:ml" does not start with `subscription:` or `management-group:`. Use `subscription:<subscription-id>[,<subscription-id>...]` or `management-group:<management-group-id>`.'
    )
  })

  it('refuses single-workspace inputs next to it, and still needs the login inputs', () => {
    const message = problems({
      scope: 'management-group:mg',
      'workspace-name': 'ml-ws',
      'vnet-id': `/subscriptions/${SUB}/resourceGroups/n/providers/Microsoft.Network/virtualNetworks/v`
    })
    expect(message).toContain('`workspace-name`: is set together with `scope`')
    expect(message).toContain("`vnet-id`: names one workspace's network")
    expect(message).toContain('Input required and not supplied: client-id')
    expect(message).not.toContain('Input required and not supplied: subscription-id')
  })
})

describe('merge-reports', () => {
  it('is a list of globs (one per line, # comments) and needs no Azure input', () => {
    const settings = readSettings(
      read({ 'merge-reports': 'reports/**/*.json\n# old\n!reports/skip/*.json\n' })
    )
    expect(settings.mergeReports).toEqual(['reports/**/*.json', '!reports/skip/*.json'])
  })
})
