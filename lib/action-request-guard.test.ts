import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, checkActionHeaders, checkActionText, isActionRequest, nestingDepth } from "./action-request-guard";

const h = (values: Record<string, string>) => new Headers(values);

describe("server action request guard", () => {
  it("recognises action requests by their header", () => {
    expect(isActionRequest("POST", h({ "next-action": "abc" }))).toBe(true);
    expect(isActionRequest("POST", h({}))).toBe(false);
    expect(isActionRequest("GET", h({ "next-action": "abc" }))).toBe(false);
  });

  it("accepts what React sends and refuses other content types and oversized bodies", () => {
    expect(checkActionHeaders(h({ "content-type": "text/plain;charset=UTF-8", "content-length": "120" }))).toBeNull();
    expect(checkActionHeaders(h({ "content-type": "multipart/form-data; boundary=x" }))).toBeNull();
    expect(checkActionHeaders(h({ "content-type": "application/json" }))).toMatchObject({ status: 415 });
    expect(checkActionHeaders(h({}))).toMatchObject({ status: 415 });
    expect(checkActionHeaders(h({ "content-type": "text/plain", "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }))).toMatchObject({
      status: 413,
    });
  });

  it("refuses malformed JSON, deep nesting and huge bodies; accepts normal arguments", () => {
    expect(checkActionText('[{"email":"a@example.org","password":"x]]]{{{"}]')).toBeNull();
    expect(checkActionText("{not json")).toMatchObject({ status: 400 });
    expect(checkActionText("[".repeat(5000) + "]".repeat(5000))).toMatchObject({ status: 400, reason: "nested too deeply" });
    expect(checkActionText(JSON.stringify(["x".repeat(ACTION_BODY_LIMIT_BYTES)]))).toMatchObject({ status: 413 });
  });

  it("counts nesting outside strings only", () => {
    expect(nestingDepth('[{"a":[1,2]}]')).toBe(3);
    expect(nestingDepth('["[[[[", "\\"[["]')).toBe(1);
  });
});
