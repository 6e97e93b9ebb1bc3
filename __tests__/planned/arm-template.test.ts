// `arm-template` and `arm-parameters`: read from the checkout before any Azure request; every problem
// names the input, the file (and line/column for JSON errors) and the fix. The parameters file shape is
// ARM's deploymentParameters.json schema (Microsoft Learn, "Create Resource Manager parameters file").
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ConfigurationError } from '../../src/model/errors.js'
import {
  MAX_TEMPLATE_BYTES,
  deploymentParameters,
  jsonErrorPosition,
  readArmTemplate
} from '../../src/settings/arm-template.js'
import { readSettings } from '../../src/settings/inputs.js'

const TEMPLATE = {
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  contentVersion: '1.0.0.0',
  parameters: { endpointName: { type: 'string' } },
  resources: []
}

let dir: string
let checkout: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'aig-arm-'))
  checkout = path.join(dir, 'checkout')
  mkdirSync(path.join(checkout, 'infra'), { recursive: true })
  writeFileSync(path.join(checkout, 'infra', 'main.json'), JSON.stringify(TEMPLATE, null, 2))
  writeFileSync(
    path.join(checkout, 'infra', 'main.parameters.json'),
    JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
      contentVersion: '1.0.0.0',
      parameters: { endpointName: { value: 'fraud-score' } }
    })
  )
  writeFileSync(path.join(checkout, 'infra', 'plain.json'), '{"endpointName": {"value": "x"}}')
  writeFileSync(path.join(checkout, 'infra', 'broken.json'), '{\n  "resources" []\n}\n')
  writeFileSync(path.join(checkout, 'infra', 'main.bicep'), 'param endpointName string\n')
  writeFileSync(path.join(dir, 'outside.json'), JSON.stringify(TEMPLATE))
  symlinkSync(path.join(dir, 'outside.json'), path.join(checkout, 'infra', 'link.json'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function errorOf(template: string, parameters = ''): Promise<string> {
  try {
    await readArmTemplate(template, parameters, checkout)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigurationError')
}

describe('readArmTemplate', () => {
  it('reads nothing without arm-template', async () => {
    await expect(readArmTemplate('', '', checkout)).resolves.toBeUndefined()
  })

  it('reads the template and a deployment parameters file, path relative to the checkout', async () => {
    await expect(
      readArmTemplate('./infra/main.json', 'infra/main.parameters.json', checkout)
    ).resolves.toEqual({
      file: 'infra/main.json',
      template: TEMPLATE,
      parameters: { endpointName: { value: 'fraud-score' } }
    })
  })

  it('accepts a plain { name: { value } } parameters object', async () => {
    const read = await readArmTemplate('infra/main.json', 'infra/plain.json', checkout)
    expect(read?.parameters).toEqual({ endpointName: { value: 'x' } })
  })

  it.each(['../outside.json', '/etc/passwd'])('refuses %s outside the checkout', async given => {
    expect(await errorOf(given)).toMatch(
      /^`arm-template`: ".+" points outside the workspace checkout\. Name the file relative to the repository root/
    )
  })

  it('refuses a symbolic link leading out of the checkout', async () => {
    expect(await errorOf('infra/link.json')).toBe(
      '`arm-template`: "infra/link.json" resolves outside the workspace checkout (a symbolic link?); it was not read. Name a file of the repository.'
    )
  })

  it('names a missing file and the build step', async () => {
    expect(await errorOf('infra/missing.json')).toBe(
      '`arm-template`: "infra/missing.json" does not exist. Check the path (relative to the repository root) and that the job checks the repository out and runs `az bicep build` before this step.'
    )
  })

  it('names the line and column of invalid JSON, and the fix', async () => {
    expect(await errorOf('infra/broken.json')).toMatch(
      /^`arm-template`: "infra\/broken\.json" line 2 column 15 is not valid JSON \(".*"\)\. Name the JSON that `az bicep build --file main\.bicep` writes/
    )
    expect(await errorOf('infra/main.json', 'infra/broken.json')).toMatch(
      /^`arm-parameters`: "infra\/broken\.json" line 2 column 15 is not valid JSON/
    )
  })

  it('says a .bicep file must be built first', async () => {
    expect(await errorOf('infra/main.bicep')).toMatch(
      /^`arm-template`: "infra\/main\.bicep" (line 1 column 1 )?is not valid JSON .*Name the JSON that `az bicep build --file main\.bicep` writes/
    )
  })

  it('refuses a JSON file that is not a template (a parameters file)', async () => {
    expect(await errorOf('infra/main.parameters.json')).toBe(
      '`arm-template`: "infra/main.parameters.json" is not an ARM template (a JSON object with `$schema` and `resources`). Name the JSON that `az bicep build --file main.bicep` writes (main.json), not the .bicep file or a parameters file.'
    )
  })

  it("refuses a template larger than ARM's 4 MiB", async () => {
    const big = path.join(checkout, 'infra', 'big.json')
    writeFileSync(big, JSON.stringify({ resources: [], pad: 'x'.repeat(MAX_TEMPLATE_BYTES) }))
    expect(await errorOf('infra/big.json')).toMatch(
      /^`arm-template`: "infra\/big\.json" is \d+ bytes, more than the 4 MiB Azure Resource Manager accepts for a deployment\./
    )
  })
})

describe('deploymentParameters', () => {
  it('unwraps { parameters: {...} } without $schema, and keeps a plain parameter named parameters', () => {
    expect(deploymentParameters({ parameters: { a: { value: 1 } } }, 'p.json')).toEqual({
      a: { value: 1 }
    })
    expect(deploymentParameters({ parameters: { value: 'x' } }, 'p.json')).toEqual({
      parameters: { value: 'x' }
    })
  })

  it('refuses a parameter without value', () => {
    expect(() => deploymentParameters({ parameters: { a: 1 }, $schema: 'x' }, 'p.json')).toThrow(
      '`arm-parameters`: "p.json": the parameter "a" has no `value` (or Key Vault `reference`).'
    )
  })
})

describe('jsonErrorPosition', () => {
  it('counts lines and columns from the position V8 names', () => {
    expect(
      jsonErrorPosition(new SyntaxError('Unexpected token } in JSON at position 7'), '{\n "a":}')
    ).toEqual({
      line: 2,
      column: 6
    })
  })
})

describe('the inputs', () => {
  const base = {
    'client-id': '11111111-2222-3333-4444-555555555555',
    'tenant-id': 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    'subscription-id': '0f0f0f0f-1234-5678-9abc-def012345678',
    'resource-group': 'rg-ml',
    'workspace-name': 'mlw-prod'
  }
  const read = (more: Record<string, string>) => {
    const values: Record<string, string> = { ...base, ...more }
    return readSettings(name => values[name] ?? '')
  }

  it('reads arm-template and arm-parameters', () => {
    expect(
      read({ 'arm-template': 'infra/main.json', 'arm-parameters': 'infra/p.json' })
    ).toMatchObject({
      armTemplate: 'infra/main.json',
      armParameters: 'infra/p.json'
    })
  })

  it('refuses arm-parameters without arm-template', () => {
    expect(() => read({ 'arm-parameters': 'infra/p.json' })).toThrow(
      '`arm-parameters`: is set without `arm-template`.'
    )
  })

  it('refuses arm-template with from-snapshot (no Azure to ask)', () => {
    expect(() => read({ 'arm-template': 'infra/main.json', 'from-snapshot': 's.json' })).toThrow(
      "`arm-template`: needs Azure's what-if of one workspace's resource group"
    )
  })
})
