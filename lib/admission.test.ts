import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createAdmission, isCheapRequest, type Admission } from "./admission";

/** A real server whose page requests finish only when the test says so. */
async function serve(admission: Admission) {
  const pending = new Map<string, () => void>();
  const started: string[] = [];
  const server = http.createServer((req, res) =>
    admission.admit(req, res, () => {
      started.push(req.url!);
      if (isCheapRequest(req)) return res.end("cheap");
      pending.set(req.url!, () => res.end(req.url));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    started,
    finish: (url: string) => pending.get(url)!(),
    get: (path: string, signal?: AbortSignal) => fetch(`http://127.0.0.1:${port}${path}`, { signal }).then((r) => r.text()),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
};

describe("admission control", () => {
  let close: (() => Promise<unknown>) | undefined;
  afterEach(() => close?.());

  it("classifies cheap requests by path and never mistakes a page for one", () => {
    for (const url of ["/api/health", "/_next/static/chunks/a.js", "/robots.txt", "/favicon.ico", "/uploads/logo.png?v=2"])
      expect(isCheapRequest({ method: "GET", url }), url).toBe(true);
    for (const url of ["/de", "/de/angebote?q=kurs.png", "/api/search/markers?q=a", "/de/angebote/musik-fuer-kinder", "/api/healthy"])
      expect(isCheapRequest({ method: "GET", url }), url).toBe(false);
  });

  it("renders at most `limit` pages at once, the rest in arrival order, and never queues cheap requests", async () => {
    const admission = createAdmission(2);
    const server = await serve(admission);
    close = server.close;
    const answers = ["/a", "/b", "/c", "/d"].map((url) => server.get(url));
    await until(() => server.started.length === 2 && admission.waiting === 2);
    expect(server.started).toEqual(["/a", "/b"]);

    expect(await server.get("/api/health")).toBe("cheap"); // while two pages render and two wait

    server.finish("/b");
    await until(() => server.started.length === 4);
    expect(server.started.slice(2, 4)).toEqual(["/api/health", "/c"]);
    expect(admission.active).toBe(2);
    server.finish("/a");
    await until(() => server.started.includes("/d"));
    server.finish("/c");
    server.finish("/d");
    expect(await Promise.all(answers)).toEqual(["/a", "/b", "/c", "/d"]);
    await until(() => admission.active === 0 && admission.waiting === 0);
  });

  it("skips a request whose client left while it waited, and frees the slot of one that left while rendering", async () => {
    const admission = createAdmission(1);
    const server = await serve(admission);
    close = server.close;
    const rendering = new AbortController();
    const waiting = new AbortController();
    const first = server.get("/first", rendering.signal).catch(() => "aborted");
    await until(() => admission.active === 1);
    const second = server.get("/second", waiting.signal).catch(() => "aborted");
    await until(() => admission.waiting === 1);
    waiting.abort();
    expect(await second).toBe("aborted");

    rendering.abort(); // the page never finishes, but the closed connection releases its slot
    expect(await first).toBe("aborted");
    await until(() => admission.active === 0);

    const third = server.get("/third");
    await until(() => server.started.includes("/third"));
    expect(server.started).toEqual(["/first", "/third"]);
    server.finish("/third");
    expect(await third).toBe("/third");
  });

  it("with limit 0 hands every request on at once", async () => {
    const admission = createAdmission(0);
    const server = await serve(admission);
    close = server.close;
    const answers = ["/a", "/b", "/c"].map((url) => server.get(url));
    await until(() => server.started.length === 3);
    for (const url of ["/a", "/b", "/c"]) server.finish(url);
    await Promise.all(answers);
  });
});
