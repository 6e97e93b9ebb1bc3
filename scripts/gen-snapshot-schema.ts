/**
 * Writes schemas/snapshot.schema.json from the `Snapshot` type in src/model/snapshot.ts,
 * so the published schema cannot drift from what collection writes and
 * `from-snapshot` reads. `__tests__/snapshot-schema.test.ts` fails when the
 * committed file differs from a fresh one: run `npx tsx scripts/gen-snapshot-schema.ts`.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { createGenerator } from 'ts-json-schema-generator'

export const SNAPSHOT_SCHEMA_PATH = fileURLToPath(
  new URL('../schemas/snapshot.schema.json', import.meta.url)
)

export function generateSnapshotSchema(): string {
  const schema = createGenerator({
    path: fileURLToPath(new URL('../src/model/snapshot.ts', import.meta.url)),
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    type: 'Snapshot',
    skipTypeCheck: true,
    additionalProperties: false
  }).createSchema('Snapshot')
  const stable = stableNames(schema)
  const document = {
    $schema: schema.$schema,
    $id: 'https://aml-inference-guard.invalid/schemas/snapshot.schema.json',
    title: 'aml-inference-guard snapshot',
    description:
      'The file `snapshot-file` / `--save-snapshot` writes and `from-snapshot` / `--from-snapshot` reads: everything read from Azure, as plain JSON (see docs/snapshot.md). Generated from src/model/snapshot.ts by scripts/gen-snapshot-schema.ts.',
    ...stable
  }
  return JSON.stringify(document, null, 2) + '\n'
}

/**
 * The generator names `Read<Compute[]>` after source offsets
 * (`Read<def-interface-src_snapshot.ts-123-456-...[]>`), which change with any
 * edit of src/model/snapshot.ts: rename each such definition after its item type.
 */
function stableNames<T extends { definitions?: Record<string, unknown> }>(schema: T): T {
  const renames = new Map<string, string>()
  for (const [name, definition] of Object.entries(schema.definitions ?? {})) {
    if (!name.includes('def-interface-')) continue
    const ref = /"items":\{"\$ref":"#\/definitions\/([^"]+)"\}/.exec(
      JSON.stringify(definition)
    )?.[1]
    if (!ref) throw new Error(`cannot name the schema definition ${name}`)
    renames.set(name, `Read<${decodeURIComponent(ref)}[]>`)
  }
  let text = JSON.stringify(schema)
  for (const [from, to] of renames) {
    text = text
      .split(JSON.stringify(from))
      .join(JSON.stringify(to))
      .split(`#/definitions/${encodeURIComponent(from)}"`)
      .join(`#/definitions/${encodeURIComponent(to)}"`)
  }
  return JSON.parse(text) as T
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = (await prettier.resolveConfig(SNAPSHOT_SCHEMA_PATH)) ?? {}
  writeFileSync(
    SNAPSHOT_SCHEMA_PATH,
    await prettier.format(generateSnapshotSchema(), { ...options, parser: 'json' })
  )
  console.log(`wrote ${SNAPSHOT_SCHEMA_PATH}`)
}
