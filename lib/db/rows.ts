/** The rows of `db.execute(sql…)`: postgres.js answers an array of rows, PGlite an object holding them. */
export function rowsOf<Row = Record<string, unknown>>(result: unknown): Row[] {
  if (Array.isArray(result)) return result as Row[];
  return ((result as { rows?: Row[] }).rows ?? []) as Row[];
}
