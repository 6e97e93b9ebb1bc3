/**
 * Workflow annotations: one per failed result (at its severity), a warning per
 * unknown result. Plain text.
 *
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step
 * and silently drops the rest, so this module decides which ones are shown:
 * the most severe first, and, when some do not fit, one more annotation saying
 * how many were left out and that the job summary lists them all.
 */
import type { Severity } from '../model/check.js'
import { resultKey, type IacLocation } from './iac.js'
import { fixSteps, resultStatus, type Report, type ReportResult } from './model.js'

export interface Annotation {
  level: Severity
  /** `<ID>: <title>`, with ` (unknown)` or ` (advice)` for those results. */
  title: string
  message: string
  /** Repository-relative file and 1-based line, when an `iac-files` file sets the property. */
  file?: string
  line?: number
}

/** GitHub's per-step display limit for each annotation level. */
export const ANNOTATION_LIMIT = 10

export interface AnnotationOptions {
  /** Where a result's property is set in `iac-files`, keyed by resultKey. */
  locations?: ReadonlyMap<string, IacLocation>
  /**
   * Slots per level the caller needs for its own annotations, which must never
   * be the ones dropped: the `setFailed` error when the gate trips, a warning
   * about a refused PR comment.
   */
  reserved?: Partial<Record<Severity, number>>
  /** Per-level limit (default ANNOTATION_LIMIT). */
  limit?: number
}

const LEVEL_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }
const LEVELS: Severity[] = ['error', 'warning', 'notice']

/** Annotations are plain text: drop control characters other than newlines. */
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
}

function fixLines(r: ReportResult): string {
  const commands = fixSteps(r)
  return commands.length > 0 ? `Fix: ${commands.join('\n')}\n` : ''
}

function toAnnotation(r: ReportResult, locations?: ReadonlyMap<string, IacLocation>): Annotation {
  const status = resultStatus(r)
  const location = locations?.get(resultKey(r))
  // Advice is a notice-level annotation; the title says advice so it never reads as a failure.
  const word = status === 'unknown' || status === 'advice' ? ` (${status})` : ''
  return {
    level: status === 'unknown' ? 'warning' : (r.severity ?? 'error'),
    title: plain(`${r.checkId}: ${r.title}${word}`),
    message: plain(
      `${location ? `${r.resource.name}: ${location.property} is set here. ` : ''}${r.detail}\n${fixLines(r)}Docs: ${r.docUrl}`
    ),
    ...(location ? { file: location.path, line: location.line } : {})
  }
}

/** Every annotation the report calls for, most severe first (catalog order within a level). */
export function allAnnotations(
  report: Report,
  locations?: ReadonlyMap<string, IacLocation>
): Annotation[] {
  return (
    report.results
      // A suppressed result is an accepted risk: the summary shows it, an annotation would be noise.
      .filter(r => (r.outcome === 'fail' || r.outcome === 'unknown') && !r.suppression)
      .map(r => toAnnotation(r, locations))
      .map((a, i) => ({ a, i }))
      .sort((x, y) => LEVEL_ORDER[x.a.level] - LEVEL_ORDER[y.a.level] || x.i - y.i)
      .map(({ a }) => a)
  )
}

/** The annotations to emit: within GitHub's per-level limits, with a note for what was left out. */
export function buildAnnotations(report: Report, options: AnnotationOptions = {}): Annotation[] {
  const limit = options.limit ?? ANNOTATION_LIMIT
  const room: Record<Severity, number> = {
    error: Math.max(0, limit - (options.reserved?.error ?? 0)),
    warning: Math.max(0, limit - (options.reserved?.warning ?? 0)),
    notice: Math.max(0, limit - (options.reserved?.notice ?? 0))
  }
  const all = allAnnotations(report, options.locations)
  const byLevel = (level: Severity): Annotation[] => all.filter(a => a.level === level)
  const fits = LEVELS.every(level => byLevel(level).length <= room[level])
  if (fits) return all

  // The note takes a slot too: in the least severe level with room, so that no
  // more severe finding gives way to it; if every level is full, the last notice
  // (or warning, or error) gives way.
  const noteLevel =
    [...LEVELS].reverse().find(level => byLevel(level).length < room[level]) ??
    [...LEVELS].reverse().find(level => room[level] > 0)
  const shown: Annotation[] = []
  for (const level of LEVELS) {
    const cap = room[level] - (level === noteLevel && byLevel(level).length >= room[level] ? 1 : 0)
    shown.push(...byLevel(level).slice(0, Math.max(0, cap)))
  }
  const hidden = all.length - shown.length
  const counts = LEVELS.map(level => {
    const n = byLevel(level).length - shown.filter(a => a.level === level).length
    return n > 0 ? `${n} ${level}${n === 1 ? '' : 's'}` : ''
  })
    .filter(Boolean)
    .join(', ')
  if (noteLevel) {
    shown.push({
      level: noteLevel,
      title: `${hidden} more finding${hidden === 1 ? '' : 's'} not shown as annotations`,
      message: `GitHub shows at most ${limit} annotations of each level per step, so ${hidden} finding${hidden === 1 ? ' was' : 's were'} left out here (${counts}). The job summary of this run lists every check and result${report.runUrl ? `: ${report.runUrl}` : '.'}`
    })
  }
  return shown
}
