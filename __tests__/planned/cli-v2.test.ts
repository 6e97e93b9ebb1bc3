// Azure ML CLI v2 endpoint and deployment files → planned resources. The shapes and allowed values
// are Microsoft's: "CLI (v2) online endpoint YAML schema"
// (https://learn.microsoft.com/azure/machine-learning/reference-yaml-endpoint-online: `name`,
// `auth_mode` key|aml_token|aad_token, `compute` only for Kubernetes endpoints,
// `public_network_access` enabled|disabled) and "CLI (v2) managed online deployment YAML schema"
// (https://learn.microsoft.com/azure/machine-learning/reference-yaml-deployment-managed-online:
// `endpoint_name`, `egress_public_network_access` enabled|disabled).
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parsePlannedFile, parsePlannedFiles } from '../../src/planned/cli-v2.js'
import { ConfigurationError } from '../../src/model/errors.js'

const fixture = (name: string): { path: string; content: string } => ({
  path: `deploy/${name}`,
  content: readFileSync(new URL(`../fixtures/planned/${name}`, import.meta.url), 'utf8')
})

const errorOf = (file: { path: string; content: string }): string => {
  try {
    parsePlannedFile(file)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigurationError')
}

describe('parsePlannedFile', () => {
  it('reads a managed endpoint with ARM spelling and the line of each key', () => {
    expect(parsePlannedFile(fixture('endpoint-public.yml'))).toEqual({
      kind: 'onlineEndpoint',
      schema: 'managedOnlineEndpoint',
      file: 'deploy/endpoint-public.yml',
      line: 3,
      name: 'fraud-score',
      computeType: 'Managed',
      publicNetworkAccess: 'Enabled',
      fields: {
        $schema: {
          value: 'https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json',
          line: 2
        },
        name: { value: 'fraud-score', line: 3 },
        auth_mode: { value: 'key', line: 4 },
        public_network_access: { value: 'enabled', line: 5 }
      }
    })
  })

  it('leaves public network access unset when the file omits it (the service default applies)', () => {
    const parsed = parsePlannedFile(fixture('endpoint-default.yml'))
    expect(parsed).toMatchObject({ name: 'fraud-score', computeType: 'Managed' })
    expect(parsed).not.toHaveProperty('publicNetworkAccess')
  })

  it('reads a managed deployment: its endpoint and egress, ignoring the schema keys it does not use', () => {
    expect(parsePlannedFile(fixture('deployment-blue.yml'))).toMatchObject({
      kind: 'onlineDeployment',
      schema: 'managedOnlineDeployment',
      name: 'blue',
      line: 3,
      endpointName: 'fraud-score',
      computeType: 'Managed',
      egressPublicNetworkAccess: 'Disabled',
      fields: { egress_public_network_access: { value: 'disabled', line: 15 } }
    })
  })

  it('reads the compute of a Kubernetes endpoint without the azureml: prefix', () => {
    expect(parsePlannedFile(fixture('kubernetes-endpoint.yml'))).toMatchObject({
      kind: 'onlineEndpoint',
      computeType: 'Kubernetes',
      compute: 'aks-compute',
      fields: { compute: { value: 'azureml:aks-compute', line: 3 } }
    })
  })

  it('skips another Azure ML schema with a note', () => {
    expect(parsePlannedFile(fixture('environment.yml'))).toEqual({
      skipped:
        '`deployment-files`: "deploy/environment.yml" declares the "environment" schema, not an online endpoint or deployment; it was not read.'
    })
  })

  it('refuses a value the schema does not allow, naming the file, the line and the allowed values', () => {
    expect(errorOf(fixture('bad-access.yml'))).toBe(
      '`deployment-files`: "deploy/bad-access.yml" line 4: `public_network_access` is "public"; Microsoft\'s managedOnlineEndpoint schema allows enabled, disabled. Fix the value in the file.'
    )
  })

  it.each([
    [
      'no $schema',
      'name: fraud-score\n',
      /"deploy\/x.yml" has no `\$schema`.*Add the line `\$schema: https:\/\/azuremlschemas.azureedge.net\/latest\/managedOnlineEndpoint.schema.json`/
    ],
    ['invalid YAML', '$schema: [unclosed\n', /"deploy\/x.yml" line \d+ is not valid YAML/],
    ['a list', '- a\n- b\n', /does not hold a YAML mapping/],
    [
      'a deployment without endpoint_name',
      '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineDeployment.schema.json\nname: blue\n',
      /`endpoint_name` is missing; Microsoft's managedOnlineDeployment schema requires it/
    ],
    [
      'a managed endpoint with compute',
      '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\nname: ep-one\ncompute: azureml:aks\n',
      /line 3: `compute` is set, but a managed online endpoint/
    ],
    [
      'a Kubernetes endpoint without compute',
      '$schema: https://azuremlschemas.azureedge.net/latest/kubernetesOnlineEndpoint.schema.json\nname: ep-one\n',
      /`compute` is missing/
    ],
    [
      'a name with markdown in it',
      '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\nname: "a`b](http://x)"\n',
      /line 2: `name` "a`b\]\(http:\/\/x\)" is not a valid online endpoint or deployment name/
    ],
    [
      'an unknown auth_mode',
      '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\nname: ep-one\nauth_mode: none\n',
      /line 3: `auth_mode` is "none"; .* allows key, aml_token, aad_token/
    ],
    [
      'a mapping where a value belongs',
      '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\nname: ep-one\npublic_network_access:\n  enabled: true\n',
      /line 3: `public_network_access` is not a text value/
    ]
  ])('refuses %s with the fix', (_, content, message) => {
    expect(errorOf({ path: 'deploy/x.yml', content })).toMatch(message)
  })
})

describe('parsePlannedFiles', () => {
  it('refuses two files declaring the same endpoint, naming both', () => {
    expect(() =>
      parsePlannedFiles([fixture('endpoint-public.yml'), fixture('endpoint-default.yml')])
    ).toThrow(
      '`deployment-files`: "deploy/endpoint-default.yml" line 2 and "deploy/endpoint-public.yml" line 3 both declare endpoint "fraud-score"'
    )
  })

  it('keeps file order and notes the files it skipped', () => {
    const { resources, notes } = parsePlannedFiles([
      fixture('endpoint-public.yml'),
      fixture('environment.yml'),
      fixture('deployment-blue.yml')
    ])
    expect(resources.map(r => `${r.kind}:${r.name}`)).toEqual([
      'onlineEndpoint:fraud-score',
      'onlineDeployment:blue'
    ])
    expect(notes).toHaveLength(1)
  })
})
