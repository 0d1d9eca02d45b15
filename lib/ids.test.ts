import { describe, expect, it } from "vitest";
import { NotFoundError } from "./errors";
import { parseId, requireId } from "./ids";

describe("record ids", () => {
  it("accepts positive safe integers as numbers or digit strings", () => {
    expect(parseId(7)).toBe(7);
    expect(parseId("42")).toBe(42);
    expect(parseId(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("refuses everything else", () => {
    for (const value of [
      0,
      -1,
      1.5,
      Number.NaN,
      Number.MAX_SAFE_INTEGER + 1,
      "0",
      "-1",
      "1.5",
      " 1",
      "1 OR 1=1",
      "<b>1</b>",
      "9".repeat(16),
      "",
      null,
      undefined,
      [1],
      { id: 1 },
    ]) {
      expect(parseId(value)).toBeNull();
    }
    expect(() => requireId("abc")).toThrow(NotFoundError);
    expect(requireId("3")).toBe(3);
  });
});
