import { describe, expect, it } from "vitest";
import { changedFields } from "./audit";

describe("changedFields", () => {
  it("lists only keys of the new values that differ", () => {
    expect(changedFields({ title: "A", summary: "x", city: "B" }, { title: "A2", summary: "x" })).toEqual(["title"]);
  });

  it("treats empty strings and undefined as null and compares arrays by content", () => {
    expect(changedFields({ note: null, tags: ["a", "b"] }, { note: "", tags: ["a", "b"] })).toEqual([]);
    expect(changedFields({ tags: ["a"] }, { tags: ["a", "b"] })).toEqual(["tags"]);
  });

  it("reports every given field for a new record", () => {
    expect(changedFields(null, { title: "A", note: null })).toEqual(["title"]);
  });
});
