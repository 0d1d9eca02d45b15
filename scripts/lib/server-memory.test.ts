import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_SEMI_SPACE_FLAG, withServerMemorySettings as withSettings } from "./server-memory";

const withServerMemorySettings = (env: Record<string, string>) => withSettings(env as NodeJS.ProcessEnv);

describe("withServerMemorySettings", () => {
  it("adds the arena limit and the young-generation flag, keeping other options", () => {
    expect(withServerMemorySettings({ NODE_OPTIONS: "--conditions=x", PORT: "1" })).toEqual({
      PORT: "1",
      MALLOC_ARENA_MAX: "2",
      NODE_OPTIONS: `${SERVER_SEMI_SPACE_FLAG} --conditions=x`,
    });
    expect(withServerMemorySettings({})).toMatchObject({ NODE_OPTIONS: SERVER_SEMI_SPACE_FLAG });
  });

  it("leaves the operator's own values alone", () => {
    expect(withServerMemorySettings({ MALLOC_ARENA_MAX: "4", NODE_OPTIONS: "--max-semi-space-size=32" })).toEqual({
      MALLOC_ARENA_MAX: "4",
      NODE_OPTIONS: "--max-semi-space-size=32",
    });
  });

  it("matches the start script in package.json", () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as { scripts: { start: string } };
    expect(pkg.scripts.start).toContain("MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}");
    expect(pkg.scripts.start).toContain(SERVER_SEMI_SPACE_FLAG);
  });
});
