/** Workflow annotations: one per failed result, a warning per unknown result. Plain text. */
import type { Severity } from '../checks/types.js'
import type { Report } from './model.js'

export interface Annotation {
  level: Severity
  /** `<ID>: <title>`, with ` (unknown)` for unknown results. */
  title: string
  message: string
}

/** Annotations are plain text: drop control characters other than newlines. */
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
}

export function buildAnnotations(report: Report): Annotation[] {
  const annotations: Annotation[] = []
  for (const r of report.results) {
    if (r.outcome !== 'fail' && r.outcome !== 'unknown') continue
    const unknown = r.outcome === 'unknown'
    annotations.push({
      level: unknown ? 'warning' : (r.severity ?? 'error'),
      title: plain(`${r.checkId}: ${r.title}${unknown ? ' (unknown)' : ''}`),
      message: plain(`${r.detail}\nDocs: ${r.docUrl}`)
    })
  }
  return annotations
}
