import { describe, expect, it } from "vitest";
import { PAGE_SIZE, pageInfo, parsePageParam, visiblePages } from "./pagination";

describe("parsePageParam", () => {
  it.each([
    [undefined, 1],
    ["", 1],
    ["1", 1],
    ["7", 7],
    [" 3 ", 3],
    ["0", 1],
    ["-2", 1],
    ["2.5", 1],
    ["1e3", 1],
    ["abc", 1],
    ["3abc", 1],
    ["0x10", 1],
    [["2", "3"], 1],
  ] as const)("%j → %i", (input, expected) => {
    expect(parsePageParam(input as string | string[] | undefined)).toBe(expected);
  });

  it("treats huge numbers as very far, so they clamp to the last page", () => {
    const requested = parsePageParam("99999999999999999999999999");
    expect(requested).toBe(Number.MAX_SAFE_INTEGER);
    expect(pageInfo(requested, 45).page).toBe(3);
  });
});

describe("pageInfo", () => {
  it("computes page count, clamped page and offset", () => {
    expect(pageInfo(1, 0)).toEqual({ page: 1, pageCount: 1, pageSize: PAGE_SIZE, total: 0, skip: 0 });
    expect(pageInfo(2, 40)).toMatchObject({ page: 2, pageCount: 2, skip: 20 });
    expect(pageInfo(3, 41)).toMatchObject({ page: 3, pageCount: 3, skip: 40 });
    expect(pageInfo(9, 41)).toMatchObject({ page: 3, skip: 40 });
    expect(pageInfo(0, 41)).toMatchObject({ page: 1, skip: 0 });
  });
});

describe("visiblePages", () => {
  it("shows first, last and the current page with its neighbours; gaps are null", () => {
    expect(visiblePages(1, 1)).toEqual([1]);
    expect(visiblePages(1, 3)).toEqual([1, 2, 3]);
    expect(visiblePages(1, 10)).toEqual([1, 2, null, 10]);
    expect(visiblePages(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(visiblePages(3, 10)).toEqual([1, 2, 3, 4, null, 10]);
    expect(visiblePages(10, 10)).toEqual([1, null, 9, 10]);
  });
});
