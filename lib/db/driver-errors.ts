import { DriverAdapterError, type Error as AdapterError } from "@prisma/driver-adapter-utils";
import { DatabaseLockedError, isBusyError } from "./busy";

// better-sqlite3 errors as the DriverAdapterError Prisma maps to its P-codes, as the upstream adapter
// does (src/errors.ts), plus the lock timeout: it stays Prisma's "SocketTimeout" (P1008), but its
// original message names the lock and the wait, so logs and lib/errors.ts can say what happened.

type SqliteError = { code: string; message: string };

function isSqliteError(error: unknown): error is SqliteError {
  return typeof (error as SqliteError | null)?.code === "string" && typeof (error as SqliteError).message === "string";
}

function constraintFields(message: string): { fields: string[] } | undefined {
  const fields = message
    .split("constraint failed: ")
    .at(1)
    ?.split(", ")
    .map((field) => field.split(".").pop() ?? field);
  return fields ? { fields } : undefined;
}

function mapSqliteError(error: SqliteError): AdapterError | undefined {
  if (error instanceof DatabaseLockedError || isBusyError(error)) return { kind: "SocketTimeout" };
  switch (error.code) {
    case "SQLITE_CONSTRAINT_UNIQUE":
    case "SQLITE_CONSTRAINT_PRIMARYKEY":
      return { kind: "UniqueConstraintViolation", constraint: constraintFields(error.message) };
    case "SQLITE_CONSTRAINT_NOTNULL":
      return { kind: "NullConstraintViolation", constraint: constraintFields(error.message) };
    case "SQLITE_CONSTRAINT_FOREIGNKEY":
    case "SQLITE_CONSTRAINT_TRIGGER":
      return { kind: "ForeignKeyConstraintViolation", constraint: { foreignKey: {} } };
  }
  if (error.message.startsWith("no such table")) return { kind: "TableDoesNotExist", table: error.message.split(": ").at(1) };
  if (error.message.startsWith("no such column")) return { kind: "ColumnNotFound", column: error.message.split(": ").at(1) };
  if (error.message.includes("has no column named "))
    return { kind: "ColumnNotFound", column: error.message.split("has no column named ").at(1) };
  return undefined;
}

/** The error as Prisma expects it from an adapter; errors without a mapping pass through unchanged. */
export function toDriverAdapterError(error: unknown): unknown {
  if (error instanceof DriverAdapterError || !isSqliteError(error)) return error;
  const mapped = mapSqliteError(error);
  if (!mapped) return error;
  return new DriverAdapterError({ ...mapped, originalCode: error.code, originalMessage: error.message } as AdapterError);
}
