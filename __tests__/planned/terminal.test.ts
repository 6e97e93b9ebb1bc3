// The CLI's terminal report with deployment files (`--deployment-files`): the same "what this
// pull request changes" lines as the comment, in plain text, with file names from the
// repository unable to move the cursor or colour the terminal.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parsePlannedFiles, type PlannedFile } from '../../src/planned/cli-v2.js'
import { evaluate, evaluateSettingsOf } from '../../src/run/pipeline.js'
import { parseFailOn } from '../../src/settings/inputs.js'
import { renderTerminal } from '../../src/report/terminal.js'
import type { Snapshot } from '../../src/model/snapshot.js'
import { ok, onlineEndpoint, secureSnapshot } from '../checks/fixtures.js'

const FIXTURES = new URL('../fixtures/planned/', import.meta.url)
const quiet = { info: () => undefined, warning: () => undefined }

function terminal(snapshot: Snapshot, files: PlannedFile[], gateOn: 'planned' | 'both'): string {
  const failOn = parseFailOn('isolation')
  if (typeof failOn === 'string') throw new Error(failOn)
  const planned = {
    ...snapshot,
    planned: { files: files.map(f => f.path), ...parsePlannedFiles(files) }
  }
  const settings = {
    failOn,
    failOnText: 'isolation',
    allowUnknown: false,
    configFile: 'x.yml',
    gateOn
  }
  return renderTerminal(evaluate(planned, evaluateSettingsOf(settings, []), quiet).report, {
    color: false
  })
}

const fixture = (name: string, path = `deploy/${name}`): PlannedFile => ({
  path,
  content: readFileSync(new URL(name, FIXTURES), 'utf8')
})

describe('the terminal report with deployment files', () => {
  it('says which checks the files fix, and which state the gate judges', () => {
    const live = secureSnapshot({
      onlineEndpoints: ok([onlineEndpoint('ep-public', { publicNetworkAccess: 'Enabled' })])
    })
    expect(terminal(live, [fixture('endpoint-fix.yml')], 'both')).toContain(
      'What this change does: deploy/endpoint-fix.yml laid over the live workspace; fail-on judges the live and the planned state.\n' +
        '  MOE-03: fails now, fixed by this PR (endpoint ep-public in deploy/endpoint-fix.yml line 4 sets public_network_access: disabled)'
    )
  })

  it('says when no check changes', () => {
    expect(terminal(secureSnapshot(), [fixture('environment.yml')], 'planned')).toContain(
      'laid over the live workspace; fail-on judges the planned state.\n  No check changes.'
    )
  })

  it('prints a file name with control characters as plain text', () => {
    const text = terminal(
      secureSnapshot(),
      [fixture('endpoint-public.yml', 'deploy/\u001b[2J\u001b]0;pwned\u0007ep.yml')],
      'planned'
    )
    expect(text).toContain('What this change does: deploy/ [2J ]0;pwned ep.yml laid over')
    expect(text).toContain(
      'in deploy/ [2J ]0;pwned ep.yml line 5 sets public_network_access: enabled'
    )
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
  })
})
