// Prisma (SQLite through @prisma/adapter-better-sqlite3) stores DateTime columns as TEXT in the form
// "2026-11-27T18:24:47.026+00:00" and compares them as text. Any raw SQL that writes a DateTime must
// use exactly this form — a "Z" suffix or SQLite's CURRENT_TIMESTAMP ("2026-11-27 18:24:47") sorts
// differently and breaks range filters such as `nextOccurrenceAt >= now`.

export function toSqlDateTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** Like `toSqlDateTime`, passing null through (for nullable columns). */
export function toSqlDateTimeOrNull(date: Date | null | undefined): string | null {
  return date ? toSqlDateTime(date) : null;
}
