import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { isPlainRead } from "./routing";
import { WriteQueue } from "./write-queue";

describe("isPlainRead", () => {
  const db = new Database(":memory:");
  db.exec("CREATE TABLE t (n INTEGER)");
  const plain = (sql: string) => isPlainRead(sql, db.prepare(sql));

  it("sends SELECT, WITH … SELECT, VALUES and EXPLAIN to the reader, also after comments", () => {
    expect(plain("SELECT n FROM t")).toBe(true);
    expect(plain("  -- count\n/* all */ select count(*) from t")).toBe(true);
    expect(plain("WITH x AS (SELECT n FROM t) SELECT * FROM x")).toBe(true);
    expect(plain("VALUES (1)")).toBe(true);
    expect(plain("EXPLAIN QUERY PLAN SELECT n FROM t")).toBe(true);
    expect(plain("SELECT name FROM pragma_table_list")).toBe(true);
  });

  it("keeps writes (also with RETURNING or a CTE), PRAGMAs and transaction control on the writer", () => {
    expect(plain("INSERT INTO t VALUES (1) RETURNING n")).toBe(false);
    expect(plain("WITH x AS (SELECT 1 AS n) INSERT INTO t SELECT n FROM x")).toBe(false);
    expect(plain("UPDATE t SET n = 2 RETURNING n")).toBe(false);
    expect(plain("DELETE FROM t")).toBe(false);
    expect(plain("PRAGMA foreign_keys = OFF")).toBe(false);
    expect(plain("PRAGMA journal_mode")).toBe(false);
    expect(plain("BEGIN")).toBe(false);
  });
});

describe("WriteQueue", () => {
  it("runs work one at a time in the order it was asked for", async () => {
    const queue = new WriteQueue();
    const log: string[] = [];
    const release = await queue.acquire();
    const second = queue.run(async () => void log.push("second"));
    const third = queue.run(async () => void log.push("third"));
    expect(queue.pending).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 10));
    log.push("first done");
    release();
    release(); // a second release is ignored
    await Promise.all([second, third]);
    expect(log).toEqual(["first done", "second", "third"]);
    expect(queue.pending).toBe(0);
  });

  it("releases the queue when the work fails", async () => {
    const queue = new WriteQueue();
    await expect(queue.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(queue.run(() => "next")).resolves.toBe("next");
  });
});
