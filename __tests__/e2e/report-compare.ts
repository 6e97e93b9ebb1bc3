/** A JSON report without the time it was built: two runs that read the same data compare equal. */
export function reportWithoutTime(json: string | undefined): unknown {
  const report = JSON.parse(json ?? 'null') as Record<string, unknown>
  delete report['generatedAt']
  return report
}
