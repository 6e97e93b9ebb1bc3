import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../src/model/errors.js'
import { buildStepEnvironment, readActionInputs } from '../emulator/runner-env.js'
import { INPUT_NAMES, parseFailOn, readSettings, type InputName } from '../src/settings/inputs.js'
import { quote } from '../src/model/quote.js'

const CLIENT = '11111111-2222-3333-4444-555555555555'
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'
const SUB = '0F0F0F0F-1234-5678-9ABC-DEF012345678'

/** The step's `with:`: login and target; every other input is what the runner passes for it. */
const VALID: Partial<Record<InputName, string>> = {
  'client-id': CLIENT,
  'tenant-id': TENANT,
  'subscription-id': SUB,
  'resource-group': 'rg-ml',
  'workspace-name': 'mlw-prod'
}

/**
 * What GitHub's runner passes for an input the workflow leaves out: action.yml's
 * default, with `${{ github.token }}` resolved to a token.
 */
const RUNNER_DEFAULTS: Record<string, string> = buildStepEnvironment(
  readActionInputs(),
  {},
  { github: { token: 'ghs_secret' } }
).inputs

function inputs(overrides: Partial<Record<InputName, string>> = {}) {
  const values: Record<string, string> = { ...RUNNER_DEFAULTS, ...VALID, ...overrides }
  return (name: string): string => values[name] ?? ''
}

function errorOf(overrides: Partial<Record<InputName, string>>): ConfigurationError {
  try {
    readSettings(inputs(overrides))
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return error as ConfigurationError
  }
  throw new Error(`expected a ConfigurationError for ${JSON.stringify(overrides)}`)
}

describe('readSettings: valid inputs', () => {
  it('builds the settings object', () => {
    expect(readSettings(inputs())).toEqual({
      clientId: CLIENT,
      tenantId: TENANT,
      subscriptionId: SUB.toLowerCase(),
      resourceGroup: 'rg-ml',
      workspaceName: 'mlw-prod',
      failOn: { mode: 'none' },
      failOnText: 'none',
      allowUnknown: false,
      githubToken: 'ghs_secret',
      environment: 'AzureCloud',
      cloud: {
        name: 'AzureCloud',
        armEndpoint: 'https://management.azure.com',
        tokenScope: 'https://management.azure.com/.default',
        authorityHost: 'https://login.microsoftonline.com',
        audience: 'api://AzureADTokenExchange',
        disableInstanceDiscovery: false
      },
      route: 'auto',
      deploymentMethod: 'cli',
      maxConcurrency: 16,
      armReadReserve: 25,
      timeoutSeconds: 600,
      comment: 'auto',
      commentMode: 'update',
      commentHeader: '',
      detail: 'full',
      sarifFile: '',
      iacFiles: [],
      deploymentFiles: [],
      gateOn: 'planned',
      terraformPlan: [],
      armTemplate: '',
      armParameters: '',
      configFile: '.github/aml-inference-guard.yml',
      configFileExplicit: false,
      mergeReports: [],
      fromReport: '',
      snapshotFile: '',
      fromSnapshot: ''
    })
  })

  it('reads terraform-plan one path per line (a comma belongs to the path)', () => {
    const settings = readSettings(
      inputs({ 'terraform-plan': 'infra/net,prod/tfplan.json\n# the ML plan\n\n ml/tfplan.json ' })
    )
    expect(settings.terraformPlan).toEqual(['infra/net,prod/tfplan.json', 'ml/tfplan.json'])
  })

  it('reads deployment-files one glob per line or comma-separated, and gate-on', () => {
    const settings = readSettings(
      inputs({
        'deployment-files':
          'deploy/endpoint.yml, deploy/*-deployment.yml\n# a comment\n\nk8s/**/*.yml',
        'gate-on': 'Both'
      })
    )
    expect(settings.deploymentFiles).toEqual([
      'deploy/endpoint.yml',
      'deploy/*-deployment.yml',
      'k8s/**/*.yml'
    ])
    expect(settings.gateOn).toBe('both')
    expect(() => readSettings(inputs({ 'gate-on': 'after' }))).toThrow(
      '`gate-on`: "after" is not an allowed value. Allowed values: planned, live, both.'
    )
  })

  it('trims whitespace and applies defaults for empty optional inputs', () => {
    const settings = readSettings(
      inputs({
        'client-id': `  ${CLIENT}\t`,
        'resource-group': ' rg ',
        'fail-on': '',
        environment: '',
        'github-token': ''
      })
    )
    expect(settings.clientId).toBe(CLIENT)
    expect(settings.resourceGroup).toBe('rg')
    expect(settings.failOn).toEqual({ mode: 'none' })
    expect(settings.environment).toBe('AzureCloud')
    expect(settings.githubToken).toBe('')
  })

  it.each([
    ['rg'],
    ['a'],
    ['x'.repeat(90)],
    ['My_RG-(prod).1'],
    ['ressourcengruppe-ü'],
    ['資源グループ'],
    ['rg.x']
  ])('accepts resource group %s', name => {
    expect(readSettings(inputs({ 'resource-group': name })).resourceGroup).toBe(name)
  })

  it.each([['abc'], ['1ws'], ['a'.repeat(33)], ['ws_with-Both']])('accepts workspace %s', name => {
    expect(readSettings(inputs({ 'workspace-name': name })).workspaceName).toBe(name)
  })

  it.each([
    ['none', { mode: 'none' }, 'none'],
    ['NONE', { mode: 'none' }, 'none'],
    ['any', { mode: 'any' }, 'any'],
    [' Any ', { mode: 'any' }, 'any'],
    ['isolation', { mode: 'categories', categories: ['isolation'] }, 'isolation'],
    [
      'Kubernetes, RBAC ,isolation,',
      { mode: 'categories', categories: ['isolation', 'rbac', 'kubernetes'] },
      'isolation,rbac,kubernetes'
    ],
    ['outbound,outbound', { mode: 'categories', categories: ['outbound'] }, 'outbound'],
    ['none,none', { mode: 'none' }, 'none']
  ])('parses fail-on %j', (raw, failOn, text) => {
    const settings = readSettings(inputs({ 'fail-on': raw }))
    expect(settings.failOn).toEqual(failOn)
    expect(settings.failOnText).toBe(text)
  })

  it.each([
    ['azurecloud', 'AzureCloud', 'https://management.azure.com'],
    ['AZUREUSGOVERNMENT', 'AzureUSGovernment', 'https://management.usgovcloudapi.net'],
    ['azureChinaCloud', 'AzureChinaCloud', 'https://management.chinacloudapi.cn']
  ])('normalises environment %s', (raw, canonical, arm) => {
    const settings = readSettings(inputs({ environment: raw }))
    expect(settings.environment).toBe(canonical)
    expect(settings.cloud.name).toBe(canonical)
    expect(settings.cloud.armEndpoint).toBe(arm)
  })

  it('custom with both endpoints', () => {
    const settings = readSettings(
      inputs({
        environment: 'Custom',
        'authority-host': 'https://localhost:8443/',
        'arm-endpoint': 'https://localhost:8444',
        audience: 'api://emulator'
      })
    )
    expect(settings.environment).toBe('custom')
    expect(settings.cloud).toEqual({
      name: 'custom',
      armEndpoint: 'https://localhost:8444',
      tokenScope: 'https://management.azure.com/.default',
      authorityHost: 'https://localhost:8443',
      audience: 'api://emulator',
      disableInstanceDiscovery: true
    })
  })

  it('overrides on a named cloud keep its token scope', () => {
    const settings = readSettings(
      inputs({ environment: 'AzureChinaCloud', 'arm-endpoint': 'https://proxy.example.com/arm' })
    )
    expect(settings.cloud.armEndpoint).toBe('https://proxy.example.com/arm')
    expect(settings.cloud.tokenScope).toBe('https://management.core.chinacloudapi.cn/.default')
  })
})

describe('readSettings: from-report', () => {
  it('needs none of the Azure inputs (no login happens)', () => {
    const settings = readSettings(
      inputs({
        'from-report': 'report.json',
        'client-id': '',
        'tenant-id': '',
        'subscription-id': '',
        'resource-group': '',
        'workspace-name': ''
      })
    )
    expect(settings.fromReport).toBe('report.json')
    expect(settings.clientId).toBe('')
    expect(settings.workspaceName).toBe('')
  })

  it('still rejects Azure inputs that are set but invalid', () => {
    const error = errorOf({ 'from-report': 'report.json', 'client-id': 'nope' })
    expect(error.message).toContain('`client-id`: "nope" is not a GUID')
  })
})

describe('readSettings: snapshot-file, from-snapshot, and the CLI without OIDC', () => {
  const NO_AZURE = {
    'client-id': '',
    'tenant-id': '',
    'subscription-id': '',
    'resource-group': '',
    'workspace-name': ''
  }

  it('from-snapshot needs none of the Azure inputs', () => {
    const settings = readSettings(inputs({ ...NO_AZURE, 'from-snapshot': 'snap.json' }))
    expect([settings.fromSnapshot, settings.subscriptionId, settings.snapshotFile]).toEqual([
      'snap.json',
      '',
      ''
    ])
  })

  it('from-snapshot cannot be combined with from-report', () => {
    const error = errorOf({ 'from-snapshot': 'snap.json', 'from-report': 'report.json' })
    expect(error.message).toContain('`from-snapshot`: cannot be combined with `from-report`')
  })

  it('without OIDC login (the CLI), client-id and tenant-id may be empty but the target may not', () => {
    const cli = (values: Partial<Record<InputName, string>>) =>
      readSettings(inputs(values), { oidcLogin: false })
    expect(cli({ 'client-id': '', 'tenant-id': '', 'snapshot-file': 's.json' })).toMatchObject({
      clientId: '',
      snapshotFile: 's.json',
      workspaceName: 'mlw-prod'
    })
    expect(() => cli({ 'client-id': '', 'workspace-name': '' })).toThrow(
      'Input required and not supplied: workspace-name'
    )
  })
})

describe('readSettings: invalid inputs', () => {
  it.each(['client-id', 'tenant-id', 'subscription-id'] as const)(
    '%s must be a GUID and the message says where to copy it from',
    name => {
      const error = errorOf({ [name]: 'my-app' })
      expect(error.message).toContain(`\`${name}\``)
      expect(error.message).toContain('"my-app" is not a GUID')
      expect(error.message).toMatch(/copy the .* (ID|Subscription ID)/)
    }
  )

  it('client-id message points at the app registration Overview page', () => {
    expect(errorOf({ 'client-id': 'x' }).message).toContain(
      "copy the Application (client) ID from the app registration's Overview page in Entra ID"
    )
  })

  it.each([
    'client-id',
    'tenant-id',
    'subscription-id',
    'resource-group',
    'workspace-name'
  ] as const)('an empty required %s says it is required and what to set', name => {
    const error = errorOf({ [name]: '   ' })
    expect(error.message).toContain(`Input required and not supplied: ${name} (needed to `)
    expect(error.message).toMatch(/\)\. To fix it, /)
  })

  it('collects every error into one ConfigurationError, one line each', () => {
    const error = errorOf({
      'client-id': '',
      'tenant-id': 'nope',
      'subscription-id': '123',
      'resource-group': 'bad/rg',
      'workspace-name': 'x',
      'fail-on': 'sometimes',
      environment: 'Mars',
      audience: 'has space',
      'authority-host': 'http://login.example.com',
      'arm-endpoint': 'https://arm.example.com?x=1'
    })
    const lines = error.message.split('\n')
    expect(lines[0]).toBe("The action's inputs have 10 problems:")
    expect(lines).toHaveLength(11)
    for (const name of [
      'client-id',
      'tenant-id',
      'subscription-id',
      'resource-group',
      'workspace-name',
      'fail-on',
      'environment',
      'audience',
      'authority-host',
      'arm-endpoint'
    ]) {
      expect(lines.filter(line => line.includes(name)).length).toBeGreaterThanOrEqual(1)
    }
  })

  it.each([
    ['x'.repeat(91), /at most 90/],
    ['rg.', /cannot end in a period/],
    ['rg name', /letters, digits/],
    ['rg/x', /letters, digits/],
    ['rg$x', /letters, digits/],
    ['rg🙂', /letters, digits/]
  ])('rejects resource group %j', (name, message) => {
    const error = errorOf({ 'resource-group': name })
    expect(error.message).toContain('`resource-group`')
    expect(error.message).toMatch(message)
  })

  it.each([['ab'], ['a'.repeat(34)], ['-ws'], ['_ws'], ['ws.name'], ['wörk'], ['ws name']])(
    'rejects workspace name %j',
    name => {
      expect(errorOf({ 'workspace-name': name }).message).toMatch(
        /`workspace-name`: .* is not a valid workspace name: 3-33 characters/
      )
    }
  )

  it.each([
    [
      'sometimes',
      /"sometimes" is not an allowed value\. Allowed values: none, any, or a comma-separated list of isolation, rbac, outbound, kubernetes/
    ],
    ['isolation,network,dns', /"network", "dns" are not allowed values/],
    ['none,isolation', /mixes none with other values/],
    ['any, rbac', /mixes any with other values/],
    ['none,any', /mixes none and any with other values: none and any stand alone/],
    ['isolation;rbac', /"isolation;rbac" is not an allowed value/]
  ])('rejects fail-on %j', (raw, message) => {
    const error = errorOf({ 'fail-on': raw })
    expect(error.message).toContain('`fail-on`')
    expect(error.message).toMatch(message)
  })

  it('rejects an unknown environment listing the allowed values', () => {
    expect(errorOf({ environment: 'AzureGermanCloud' }).message).toContain(
      '`environment`: "AzureGermanCloud" is not a known Azure cloud. Allowed values: AzureCloud, AzureUSGovernment, AzureChinaCloud, custom.'
    )
  })

  it('detail: full by default, redacted when asked (any case), and an unknown value names the allowed ones', () => {
    expect(readSettings(inputs()).detail).toBe('full')
    expect(readSettings(inputs({ detail: 'Redacted' })).detail).toBe('redacted')
    expect(errorOf({ detail: 'public' }).message).toContain(
      '`detail`: "public" is not an allowed value. Allowed values: full, redacted.'
    )
  })

  it('accepts comment: on-failure, and rejects an unknown comment value listing the allowed ones', () => {
    expect(readSettings(inputs({ comment: 'On-Failure' })).comment).toBe('on-failure')
    expect(errorOf({ comment: 'failure' }).message).toContain(
      '`comment`: "failure" is not an allowed value. Allowed values: auto, always, on-failure, never.'
    )
  })

  it.each([
    [{}, /`authority-host`, `arm-endpoint`\)/],
    [{ 'authority-host': 'https://login.example.com' }, /not set: `arm-endpoint`\)/],
    [{ 'arm-endpoint': 'https://arm.example.com' }, /not set: `authority-host`\)/]
  ])('custom requires both endpoints (%j)', (overrides, missing) => {
    const message = errorOf({ environment: 'custom', ...overrides }).message
    expect(message).toContain(
      'environment: custom requires both `authority-host` and `arm-endpoint`'
    )
    expect(message).toMatch(missing)
  })

  it('custom with an invalid endpoint reports that endpoint, not a missing one', () => {
    const message = errorOf({
      environment: 'custom',
      'authority-host': 'ftp://x',
      'arm-endpoint': 'https://arm.example.com'
    }).message
    expect(message).toContain('`authority-host`: "ftp://x" is not an https URL')
    expect(message).not.toContain('requires both')
  })

  it.each([
    ['http://login.example.com', /is not an https URL/],
    ['login.example.com', /is not a URL/],
    ['/relative', /is not a URL/],
    ['https://user:pw@login.example.com', /user name or password/],
    ['https://login.example.com/?tenant=x', /query string/],
    ['https://login.example.com/?', /query string/],
    ['https://login.example.com/#frag', /fragment/],
    ['https://login example.com', /spaces or control characters/],
    ['javascript:alert(1)', /not an https URL/]
  ])('rejects URL %j in authority-host and arm-endpoint', (value, message) => {
    for (const name of ['authority-host', 'arm-endpoint'] as const) {
      const error = errorOf({ [name]: value })
      expect(error.message).toContain(`\`${name}\``)
      expect(error.message).toMatch(message)
    }
  })

  it.each([['api://Azure AD'], ['a'.repeat(601)], ['api://x\u0000y']])(
    'rejects audience %j',
    value => {
      expect(errorOf({ audience: value }).message).toContain('`audience`')
    }
  )

  it('never shows the github-token value, even when rejecting it', () => {
    const error = errorOf({ 'github-token': 'ghp_abc\nsecret' })
    expect(error.message).toContain('`github-token`: must be a single line')
    expect(error.message).not.toContain('secret')
    expect(error.message).not.toContain('ghp_abc')
  })

  it('reports an input whose getter throws (as @actions/core does for required inputs)', () => {
    const getInput = (name: string) => {
      if (name === 'tenant-id') throw new Error('Input required and not supplied: tenant-id')
      return inputs()(name)
    }
    expect(() => readSettings(getInput)).toThrow(/`tenant-id`: could not be read/)
  })
})

describe('readSettings: fuzz-ish values', () => {
  const nasty: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \t '],
    ['10k characters', 'a'.repeat(10_000)],
    ['10k multibyte', '🙂'.repeat(10_000)],
    ['unicode', 'Ünïcödé-名前-\u202Egnp.exe'],
    ['newline', 'value\nmore'],
    ['carriage return', 'value\rmore'],
    ['line separator', 'value\u2028more'],
    ['workflow command', '::set-output name=x::y'],
    ['workflow command after newline', 'x\n::add-mask::y'],
    ['shell metacharacters', '$(rm -rf /); `id` && echo "x" | cat > /tmp/x'],
    ['null byte', 'a\u0000b'],
    ['percent escapes', '%0A::error::pwned'],
    ['quotes and backslashes', '"\\\'"'],
    ['bidi override', '\u202Eevil'],
    ['lone surrogate', 'a\uD800b']
  ]
  // Inputs whose every value in `nasty` is invalid (empty counts for the required ones).
  const strict: InputName[] = [
    'client-id',
    'tenant-id',
    'subscription-id',
    'resource-group',
    'workspace-name'
  ]

  for (const name of INPUT_NAMES) {
    it.each(nasty)(
      `${name}: %s gives a ConfigurationError naming the input, or valid settings`,
      (_, value) => {
        let result: unknown
        try {
          result = readSettings(inputs({ [name]: value }))
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError)
          const message = (error as Error).message
          expect(message).toContain(name)
          // Every line of the message is ours: no user value can start a line or carry a workflow command.
          for (const line of message.split('\n').slice(1)) expect(line.startsWith('- ')).toBe(true)
          expect(message).not.toMatch(/^::/m)
          for (const raw of ['\u0000', '\u2028', '\u2029', '\u202E', '\r']) {
            expect(message).not.toContain(raw)
          }
          expect(message.length).toBeLessThan(2000)
          return
        }
        // Accepted values are only those that are legitimately fine for that input.
        expect(strict).not.toContain(name)
        expect(result).toBeDefined()
      }
    )
  }
})

describe('quote', () => {
  it('escapes control, line-break and bidi characters and quotes', () => {
    expect(quote('a\nb"c\\\u202E\u2028')).toBe('"a\\u000ab\\"c\\\\\\u202e\\u2028"')
  })

  it('truncates long values by code point and says how long they were', () => {
    const quoted = quote('🙂'.repeat(100))
    expect(quoted).toBe(`"${'🙂'.repeat(60)}"… (100 characters)`)
  })
})

describe('parseFailOn', () => {
  it('returns none for empty or only commas', () => {
    expect(parseFailOn('')).toEqual({ mode: 'none' })
    expect(parseFailOn(' , ,')).toEqual({ mode: 'none' })
  })
})

describe('max-concurrency', () => {
  it('defaults to 16 and accepts a whole number from 1 to 256', () => {
    expect(readSettings(inputs()).maxConcurrency).toBe(16)
    expect(readSettings(inputs({ 'max-concurrency': '1' })).maxConcurrency).toBe(1)
    expect(readSettings(inputs({ 'max-concurrency': '64' })).maxConcurrency).toBe(64)
  })

  it('rejects anything else, saying what to set', () => {
    for (const value of ['0', '257', '2.5', 'many']) {
      expect(errorOf({ 'max-concurrency': value }).message).toContain('`max-concurrency`')
    }
  })
})

describe('arm-read-reserve', () => {
  it('defaults to 25 (one second of ARM refill) and accepts a whole number from 0 to 200', () => {
    expect(readSettings(inputs()).armReadReserve).toBe(25)
    expect(readSettings(inputs({ 'arm-read-reserve': '0' })).armReadReserve).toBe(0)
    expect(readSettings(inputs({ 'arm-read-reserve': ' 60 ' })).armReadReserve).toBe(60)
    expect(readSettings(inputs({ 'arm-read-reserve': '200' })).armReadReserve).toBe(200)
  })

  it('rejects anything else, naming the input, the range and the default', () => {
    for (const value of ['-1', '201', '2.5', 'some', '1e2']) {
      const message = errorOf({ 'arm-read-reserve': value }).message
      expect(message).toContain('`arm-read-reserve`')
      expect(message).toContain('from 0 to 200')
      expect(message).toContain('leave it empty for 25')
    }
  })
})

describe('timeout-seconds', () => {
  it('defaults to 600 and accepts a whole number of seconds from 1 to 21600', () => {
    expect(readSettings(inputs()).timeoutSeconds).toBe(600)
    expect(readSettings(inputs({ 'timeout-seconds': '1' })).timeoutSeconds).toBe(1)
    expect(readSettings(inputs({ 'timeout-seconds': ' 900 ' })).timeoutSeconds).toBe(900)
    expect(readSettings(inputs({ 'timeout-seconds': '21600' })).timeoutSeconds).toBe(21600)
  })

  it.each(['0', '21601', '2.5', '10s', '-5', 'forever'])(
    'rejects %j, naming the input and the range',
    value => {
      const message = errorOf({ 'timeout-seconds': value }).message
      expect(message).toContain('`timeout-seconds`')
      expect(message).toContain('from 1 to 21600')
    }
  )
})

describe('route, deployment-method, principal-id, vnet-id, subnet-id', () => {
  const VNET =
    '/subscriptions/0f0f0f0f-1234-5678-9abc-def012345678/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet-ml'

  it('defaults to route auto and deployment-method cli, with no network or principal named', () => {
    const settings = readSettings(inputs())
    expect(settings.route).toBe('auto')
    expect(settings.deploymentMethod).toBe('cli')
    expect(settings.vnetId).toBeUndefined()
    expect(settings.subnetId).toBeUndefined()
    expect(settings.principalId).toBeUndefined()
  })

  it('accepts every allowed value, case-insensitively', () => {
    const settings = readSettings(
      inputs({
        route: 'Both',
        'deployment-method': 'ARM-Template',
        'principal-id': 'ABCDEF01-2345-6789-ABCD-EF0123456789',
        'vnet-id': VNET,
        'subnet-id': `${VNET}/subnets/snet-ml`
      })
    )
    expect(settings).toMatchObject({
      route: 'both',
      deploymentMethod: 'arm-template',
      principalId: 'abcdef01-2345-6789-abcd-ef0123456789',
      vnetId: VNET,
      subnetId: `${VNET}/subnets/snet-ml`
    })
  })

  it.each([
    [
      { route: 'aks' },
      '`route`: "aks" is not an allowed value. Allowed values: auto, managed, kubernetes, both.'
    ],
    [{ 'deployment-method': 'terraform' }, 'Allowed values: cli, sdk, studio, arm-template.'],
    [{ 'principal-id': 'me' }, '`principal-id`: "me" is not a GUID.'],
    [
      { 'vnet-id': 'vnet-ml' },
      '`vnet-id`: "vnet-ml" is not a Microsoft.Network/virtualNetworks resource id.'
    ],
    [{ 'subnet-id': VNET }, 'is not a Microsoft.Network/virtualNetworks/subnets resource id'],
    [
      { 'vnet-id': VNET, 'subnet-id': `${VNET}-other/subnets/snet-ml` },
      'is not a subnet of `vnet-id`'
    ]
  ])('%j is a configuration error naming the input', (overrides, expected) => {
    expect(errorOf(overrides).message).toContain(expected)
  })
})

describe('allow-unknown', () => {
  it('is false unless set to true (any case)', () => {
    expect(readSettings(inputs()).allowUnknown).toBe(false)
    expect(readSettings(inputs({ 'allow-unknown': 'false' })).allowUnknown).toBe(false)
    expect(readSettings(inputs({ 'allow-unknown': 'True' })).allowUnknown).toBe(true)
  })

  it('refuses anything else, naming the input and the fix', () => {
    expect(errorOf({ 'allow-unknown': 'yes' }).message).toContain(
      '`allow-unknown`: "yes" is not true or false. Leave it unset (false)'
    )
  })
})

describe('a default means the default (generated from action.yml)', () => {
  // A host other than the runner (the CLI, a composite wrapper) may send nothing where the
  // runner sends action.yml's default: both must give the same settings. `${{ … }}` defaults
  // only the runner can resolve, so they are compared end to end (e2e/defaults.test.ts).
  const literal = readActionInputs().filter(
    input => input.default !== undefined && !input.default.includes('${{')
  )

  it('covers every input with a literal default', () => {
    expect(literal.map(input => input.name)).toEqual(
      expect.arrayContaining(['config-file', 'fail-on', 'environment', 'max-concurrency'])
    )
  })

  it.each(literal.map(input => [input.name, input.default ?? '']))(
    '%s: left empty and set to its default %j give the same settings',
    (name, value) => {
      const absent = readSettings(inputs({ [name]: '' }))
      const written = readSettings(inputs({ [name]: value }))
      expect(written).toEqual(absent)
    }
  )

  it('config-file: another path is the user’s own and must exist; the default spelled ./ is still the default', () => {
    expect(readSettings(inputs({ 'config-file': 'ci/guard.yml' })).configFileExplicit).toBe(true)
    expect(
      readSettings(inputs({ 'config-file': './.github/aml-inference-guard.yml' }))
        .configFileExplicit
    ).toBe(false)
  })
})

describe('planned inputs in modes that judge no planned state', () => {
  const planned: Array<[InputName, string]> = [
    ['deployment-files', 'deploy/*.yml'],
    ['terraform-plan', 'infra/tfplan.json']
  ]
  it.each(planned)('%s with scope is refused, not ignored', (name, value) => {
    const error = errorOf({
      [name]: value,
      scope: `subscription:${SUB}`,
      'subscription-id': '',
      'resource-group': '',
      'workspace-name': ''
    })
    expect(error.message).toContain(
      `\`${name}\`: is set with \`scope\`, which judges no planned state, so the files would be ignored.`
    )
  })

  it('deployment-files with from-report is refused', () => {
    expect(
      errorOf({ 'deployment-files': 'deploy/*.yml', 'from-report': 'report.json' }).message
    ).toContain('`deployment-files`: is set with `from-report`')
  })
})
