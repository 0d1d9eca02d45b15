import { afterEach, describe, expect, it, vi } from "vitest";
import { formatLogLine, loggablePath, logger, redact } from "./logger";

describe("redact", () => {
  it("replaces personal and secret keys at any depth, case-insensitively", () => {
    expect(
      redact({
        email: "a@b.de",
        Password: "geheim",
        user: { passwordHash: "$argon2id$...", name: "Ada" },
        headers: { cookie: "session=1" },
        list: [{ ip: "10.0.0.1" }],
        count: 3,
      }),
    ).toEqual({
      email: "[redacted]",
      Password: "[redacted]",
      user: { passwordHash: "[redacted]", name: "Ada" },
      headers: "[redacted]",
      list: [{ ip: "[redacted]" }],
      count: 3,
    });
  });

  it("masks e-mail and IP addresses inside strings and errors, keeping package paths", () => {
    const error = new Error("Unique constraint failed for max.mustermann@example.org from 192.168.1.20");
    error.stack = "Error: x\n    at f (/app/node_modules/@prisma/client/runtime/client.js:1:2)";
    const out = redact({ note: "Anfrage von 2001:db8:0:0:0:0:0:1 um 10:30", error });
    expect(out.note).toBe("Anfrage von [ip] um 10:30");
    expect(out.error).toMatchObject({ name: "Error", message: "Unique constraint failed for [email] from [ip]" });
    expect((out.error as { stack: string }).stack).toContain("node_modules/@prisma/client/runtime/client.js");
  });
});

describe("formatLogLine", () => {
  it("writes one JSON object with time, level and msg first; fields cannot override them", () => {
    const line = formatLogLine("info", "request", { path: "/de/angebote", level: "fake" }, new Date("2026-01-02T03:04:05Z"));
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({ time: "2026-01-02T03:04:05.000Z", level: "info", msg: "request", path: "/de/angebote" });
    expect(Object.keys(JSON.parse(line)).slice(0, 3)).toEqual(["time", "level", "msg"]);
  });
});

describe("logger", () => {
  const originalLevel = process.env.LOG_LEVEL;
  afterEach(() => {
    process.env.LOG_LEVEL = originalLevel;
    vi.restoreAllMocks();
  });

  it("honours LOG_LEVEL and writes problems to stderr", () => {
    const out = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const err = vi.spyOn(console, "error").mockImplementation(() => undefined);
    process.env.LOG_LEVEL = "info";
    logger.debug("hidden");
    logger.info("shown");
    logger.error("broken");
    expect(out).toHaveBeenCalledTimes(1);
    expect(JSON.parse(out.mock.calls[0][0] as string)).toMatchObject({ level: "info", msg: "shown" });
    expect(JSON.parse(err.mock.calls[0][0] as string)).toMatchObject({ level: "error", msg: "broken" });

    process.env.LOG_LEVEL = "error";
    logger.warn("quiet");
    expect(err).toHaveBeenCalledTimes(1);
  });
});

describe("loggablePath", () => {
  it("drops query strings and fragments", () => {
    expect(loggablePath("/de/angebote?q=Schuldnerberatung%20Meier&page=2#x")).toBe("/de/angebote");
    expect(loggablePath("?q=x")).toBe("/");
  });

  it("masks token-like segments but keeps slugs", () => {
    expect(loggablePath("/de/passwort/Xk3_9aZq-LmN0pQrStUvWxYz12")).toBe("/de/passwort/:token");
    expect(loggablePath("/api/verify/0123456789abcdef0123456789abcdef")).toBe("/api/verify/:token");
    expect(loggablePath("/de/angebote/familienzentrum-regenbogen-sommerfest-2026")).toBe(
      "/de/angebote/familienzentrum-regenbogen-sommerfest-2026",
    );
  });
});
