// Files named now (`deployment-files`, `--deployment-files`) and a snapshot's own planned part:
// the action and the CLI build the judged snapshot with the same function.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parsePlannedFiles } from '../../src/planned/cli-v2.js'
import { withPlannedNow } from '../../src/planned/merge.js'
import type { PlannedArmResource, PlannedChange } from '../../src/model/snapshot.js'
import { secureSnapshot, WORKSPACE_ID } from '../checks/fixtures.js'

const FIXTURES = new URL('../fixtures/planned/', import.meta.url)

function yaml(...names: string[]): PlannedChange {
  const files = names.map(name => ({
    path: `deploy/${name}`,
    content: readFileSync(new URL(name, FIXTURES), 'utf8')
  }))
  return { files: files.map(f => f.path), resources: parsePlannedFiles(files).resources }
}

const WHAT_IF: PlannedArmResource = {
  route: 'what-if',
  file: 'infra/main.json',
  id: `${WORKSPACE_ID}/onlineEndpoints/fraud-score`,
  type: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints',
  change: 'Modify'
}

describe('withPlannedNow with deployment files', () => {
  it('leaves the snapshot as it is when no file is named', () => {
    const saved = { ...secureSnapshot(), planned: yaml('endpoint-public.yml') }
    expect(withPlannedNow(saved, { files: undefined })).toBe(saved)
  })

  it("replaces a saved snapshot's YAML part with the files named now, and keeps its what-if part", () => {
    const saved = {
      ...secureSnapshot(),
      planned: {
        files: ['infra/main.json', 'deploy/endpoint-public.yml'],
        resources: yaml('endpoint-public.yml').resources,
        armResources: [WHAT_IF]
      }
    }
    const judged = withPlannedNow(saved, { files: yaml('endpoint-fix.yml') })
    expect(judged.planned).toEqual({
      files: ['infra/main.json', 'deploy/endpoint-fix.yml'],
      resources: yaml('endpoint-fix.yml').resources,
      armResources: [WHAT_IF]
    })
    // The live reads are untouched.
    expect(judged.onlineEndpoints).toBe(saved.onlineEndpoints)
  })

  it('adds the files to a snapshot without a planned part', () => {
    const judged = withPlannedNow(secureSnapshot(), { files: yaml('endpoint-public.yml') })
    expect(judged.planned).toEqual(yaml('endpoint-public.yml'))
  })
})
