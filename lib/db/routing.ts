import type Database from "better-sqlite3";

// Which statements outside a transaction may run on the read-only connection. SQLite itself says
// whether a prepared statement writes (sqlite3_stmt_readonly); the keyword check keeps PRAGMAs
// (`PRAGMA foreign_keys = OFF` is "read-only" to SQLite but changes the writer's connection state),
// transaction control and ATTACH on the writer. INSERT … RETURNING (which Prisma sends as a query
// returning rows) is not read-only and goes to the writer.

const LEADING_READ_KEYWORD = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/|\()*(?:SELECT|WITH|VALUES|EXPLAIN)\b/i;

export function isPlainRead(sql: string, statement: Database.Statement<unknown[], unknown>): boolean {
  return statement.reader && statement.readonly && LEADING_READ_KEYWORD.test(sql);
}
