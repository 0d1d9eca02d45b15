import { ColumnTypeEnum, type ArgType, type ColumnType } from "@prisma/driver-adapter-utils";

// Value conversion between Prisma's query engine and better-sqlite3, taken over unchanged from
// @prisma/adapter-better-sqlite3 6.19.3 (src/conversion.ts, Apache-2.0) because that package does not
// export it. Keep it in step with the upstream file when Prisma is upgraded.

function mapDeclType(declType: string | null): ColumnType | null {
  if (declType === null) return null;
  switch (declType.toUpperCase()) {
    case "":
      return null;
    case "DECIMAL":
      return ColumnTypeEnum.Numeric;
    case "FLOAT":
      return ColumnTypeEnum.Float;
    case "DOUBLE":
    case "DOUBLE PRECISION":
    case "NUMERIC":
    case "REAL":
      return ColumnTypeEnum.Double;
    case "TINYINT":
    case "SMALLINT":
    case "MEDIUMINT":
    case "INT":
    case "INTEGER":
    case "SERIAL":
    case "INT2":
      return ColumnTypeEnum.Int32;
    case "BIGINT":
    case "UNSIGNED BIG INT":
    case "INT8":
      return ColumnTypeEnum.Int64;
    case "DATETIME":
    case "TIMESTAMP":
      return ColumnTypeEnum.DateTime;
    case "TIME":
      return ColumnTypeEnum.Time;
    case "DATE":
      return ColumnTypeEnum.Date;
    case "TEXT":
    case "CLOB":
    case "CHARACTER":
    case "VARCHAR":
    case "VARYING CHARACTER":
    case "NCHAR":
    case "NATIVE CHARACTER":
    case "NVARCHAR":
      return ColumnTypeEnum.Text;
    case "BLOB":
      return ColumnTypeEnum.Bytes;
    case "BOOLEAN":
      return ColumnTypeEnum.Boolean;
    case "JSONB":
      return ColumnTypeEnum.Json;
    default:
      return null;
  }
}

function inferColumnType(value: unknown): ColumnType {
  switch (typeof value) {
    case "string":
      return ColumnTypeEnum.Text;
    case "bigint":
      return ColumnTypeEnum.Int64;
    case "boolean":
      return ColumnTypeEnum.Boolean;
    case "number":
      return ColumnTypeEnum.UnknownNumber;
    case "object":
      if (value instanceof ArrayBuffer || value instanceof Uint8Array) return ColumnTypeEnum.Bytes;
      break;
  }
  throw new Error(`unexpected value of type ${typeof value}`);
}

/** Column types from the declared types; columns without one (expressions) are inferred from the first non-null value. */
export function getColumnTypes(declaredTypes: (string | null)[], rows: unknown[][]): ColumnType[] {
  const columnTypes = declaredTypes.map(mapDeclType);
  columnLoop: for (let column = 0; column < columnTypes.length; column++) {
    if (columnTypes[column] !== null) continue;
    for (const row of rows) {
      if (row[column] !== null) {
        columnTypes[column] = inferColumnType(row[column]);
        continue columnLoop;
      }
    }
    columnTypes[column] = ColumnTypeEnum.Int32;
  }
  return columnTypes as ColumnType[];
}

export function mapRow(row: unknown[], columnTypes: ColumnType[]): unknown[] {
  const result: unknown[] = [];
  for (let i = 0; i < row.length; i++) {
    const value = row[i];
    // Uint8Array: a Buffer that crossed from a worker thread arrives as a plain Uint8Array.
    if (value instanceof ArrayBuffer || value instanceof Uint8Array) {
      result[i] = Array.from(value instanceof ArrayBuffer ? new Uint8Array(value) : value);
      continue;
    }
    if (
      typeof value === "number" &&
      (columnTypes[i] === ColumnTypeEnum.Int32 || columnTypes[i] === ColumnTypeEnum.Int64) &&
      !Number.isInteger(value)
    ) {
      result[i] = Math.trunc(value);
      continue;
    }
    if ((typeof value === "number" || typeof value === "bigint") && columnTypes[i] === ColumnTypeEnum.DateTime) {
      result[i] = new Date(Number(value)).toISOString();
      continue;
    }
    if (typeof value === "bigint") {
      result[i] = value.toString();
      continue;
    }
    result[i] = value;
  }
  return result;
}

/** A query argument as better-sqlite3 binds it; dates as ISO 8601 text with "+00:00" (what Prisma writes). */
export function mapArg(arg: unknown, argType: ArgType | undefined): unknown {
  if (arg === null) return null;
  const scalarType = argType?.scalarType;
  if (typeof arg === "string" && scalarType === "int") return Number.parseInt(arg);
  if (typeof arg === "string" && (scalarType === "float" || scalarType === "decimal")) return Number.parseFloat(arg);
  if (typeof arg === "string" && scalarType === "bigint") return BigInt(arg);
  if (typeof arg === "boolean") return arg ? 1 : 0;
  if (typeof arg === "string" && scalarType === "datetime") arg = new Date(arg);
  if (arg instanceof Date) return arg.toISOString().replace("Z", "+00:00");
  if (typeof arg === "string" && scalarType === "bytes") return Buffer.from(arg, "base64");
  if (Array.isArray(arg) && scalarType === "bytes") return Buffer.from(arg);
  return arg;
}
