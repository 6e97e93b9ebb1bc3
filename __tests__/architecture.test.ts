/**
 * The import rules of .dependency-cruiser.js (issue 19, docs/architecture.md): src/, emulator/
 * and scripts/ keep them (what `npm run lint:deps` checks in `npm test`), and they are not
 * vacuous: on a small tree with a circle, an upward import, a loose root file and a rules file
 * importing logic they report exactly those, the circle spelled out.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser'
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options'
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config'

const CONFIG = './.dependency-cruiser.js'
const FIXTURE = '__tests__/fixtures/architecture'
// The layer ranks the rules are built from (a plain JS config, so imported untyped).
const configModule: string = '../.dependency-cruiser.js'
const { LAYERS } = (await import(configModule)) as { LAYERS: { name: string; rank: number }[] }

async function cruiseTree(paths: string[], baseDir?: string): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions(CONFIG)
  const { output } = await cruise(
    paths,
    { ...options, ...(baseDir ? { baseDir } : {}) },
    undefined,
    { tsConfig: extractTSConfig('tsconfig.json') }
  )
  if (typeof output === 'string') throw new Error('cruise returned a formatted string')
  return output
}

function describeViolation(v: IViolation): string {
  const cycle = v.cycle?.length ? ` (circle: ${v.cycle.map(c => c.name).join(' -> ')})` : ''
  return `${v.rule.name}: ${v.from} -> ${v.to}${cycle}`
}

describe('import rules', () => {
  it('hold on src/, emulator/ and scripts/: no circle, no upward import, no SDK in evaluate/', async () => {
    const result = await cruiseTree(['src', 'emulator', 'scripts'])
    expect(result.summary.violations.map(describeViolation)).toEqual([])
    // The cruise saw the product, not an empty selection.
    const sources = result.modules.map(m => m.source)
    expect(sources).toEqual(
      expect.arrayContaining([
        'src/index.ts',
        'src/model/snapshot.ts',
        'src/evaluate/checks/catalog.ts',
        'src/collect/collect.ts',
        'emulator/server.ts'
      ])
    )
  })

  it('report a circle, an upward import, a loose root file and logic in a rules file, and pass an allowed import', async () => {
    const result = await cruiseTree(['src'], FIXTURE)
    const found = result.summary.violations.map(describeViolation).sort()
    expect(found).toEqual(
      [
        'model-imports-nothing: src/model/vocabulary.ts -> src/evaluate/decide.ts',
        'no-circular: src/evaluate/decide.ts -> src/evaluate/explain.ts (circle: src/evaluate/explain.ts -> src/evaluate/decide.ts)',
        'no-upward-from-model: src/model/vocabulary.ts -> src/evaluate/decide.ts',
        'rules-are-data: src/evaluate/checks/rules/words.ts -> src/evaluate/decide.ts',
        'src-file-outside-a-layer: src/loose.ts -> src/report/render.ts'
      ].sort()
    )
    // report/render.ts imports evaluate/ and model/ (lower layers): not a violation.
    expect(found.filter(v => v.includes('src/report/render.ts:'))).toEqual([])
  })
})

describe('docs/architecture.md', () => {
  const doc = readFileSync('docs/architecture.md', 'utf8')
  const mermaid = /```mermaid\n([\s\S]*?)```/.exec(doc)?.[1] ?? ''
  const arrows = [...mermaid.matchAll(/^\s*(\w+)\s*-->\s*(\w+)\s*$/gm)].map(m => [m[1], m[2]])
  const rank = new Map(LAYERS.map(l => [l.name, l.rank]))

  it('draws every folder of src/ and the entry points, and nothing else', () => {
    const folders = readdirSync('src', { withFileTypes: true })
      .map(e => (e.isDirectory() ? e.name : e.name.replace(/\.ts$/, '')))
      .sort()
    const drawn = [...new Set(arrows.flat())].sort()
    expect(drawn).toEqual(folders)
    // Every folder has a rule; the root holds only the entry points.
    expect([...rank.keys()].sort()).toEqual(folders)
    expect(
      readdirSync('src', { withFileTypes: true })
        .filter(e => e.isFile())
        .map(e => e.name)
    ).toEqual(['index.ts', 'main.ts'])
  })

  it('draws real imports only', async () => {
    const result = await cruiseTree(['src'])
    const folderOf = (file: string) => file.replace(/^src\//, '').replace(/(\/.*|\.ts)$/, '')
    const real = new Set(
      result.modules
        .filter(m => m.source.startsWith('src/'))
        .flatMap(m =>
          m.dependencies
            .filter(d => d.resolved.startsWith('src/'))
            .map(d => `${folderOf(m.source)} --> ${folderOf(d.resolved)}`)
        )
    )
    expect(arrows.map(([from, to]) => `${from} --> ${to}`).filter(a => !real.has(a))).toEqual([])
  })

  it('draws arrows only downwards, as the rules rank the layers', () => {
    expect(arrows.length).toBeGreaterThan(0)
    const upward = arrows.filter(([from, to]) => (rank.get(from!) ?? -1) <= (rank.get(to!) ?? -1))
    expect(upward).toEqual([])
  })
})
