// Runs jest on an explicit Node binary, so which Node the tests (and the action and CLI they
// spawn through process.execPath) ran on is visible and chosen, not whatever is first on PATH.
// Default: Node 24 from the `node` devDependency, the runtime action.yml declares.
// AIG_TEST_NODE=<path or command> picks another, e.g. the machine's Node in .ci/run.
// Arguments are passed to jest (e.g. test paths).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, URL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundled = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url))
const node = process.env.AIG_TEST_NODE || bundled

if (node === bundled && !existsSync(bundled)) {
  console.error(
    `scripts/jest.mjs: Node 24 is not installed at ${bundled}. Run 'npm ci' (it comes with the 'node' devDependency), or set AIG_TEST_NODE to a Node binary.`
  )
  process.exit(1)
}

let version
try {
  version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
} catch (error) {
  console.error(
    `scripts/jest.mjs: cannot run the Node binary '${node}' (AIG_TEST_NODE): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}. Set AIG_TEST_NODE to a Node binary or unset it for Node 24.`
  )
  process.exit(1)
}
console.log(`jest on Node ${version} (${node})`)

const jest = createRequire(import.meta.url).resolve('jest/bin/jest')
const result = spawnSync(node, [jest, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_EXTRA_CA_CERTS: '.emulator/certs/ca.pem',
    // Appended, so options set by the caller (e.g. a heap limit) still apply.
    NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' '),
    NODE_NO_WARNINGS: '1'
  }
})
if (result.error) throw result.error
process.exit(result.status ?? 1)
