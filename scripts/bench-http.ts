// `npm run bench:http [-- --sizes 10000,100000] [--concurrency 1,10,50] [--requests 400] [--repeats 5]
//   [--port 3510] [--fresh] [--quick] [--no-shared-cache]`
// Pages at the HTTP level: builds (or reuses) the production build, serves it with `next start`
// against each bench database (the ones bench:search seeds), warms up, then drives a fixed mix —
// home, default list, the bench:search searches, offer pages, provider pages, map markers — at each
// concurrency. Prints req/s, p50/p95/p99 and errors per kind of page, each also as a ratio to a
// static asset measured at the same concurrency in the same run; the p95 of /api/health while the
// mix runs; server CPU per request (utime+stime of the server's process tree from /proc, one request
// at a time) and the server's RSS after the highest concurrency. Results: docs/PERFORMANCE.md.
//
// The load generator is Node's own http client with keep-alive (one socket per connection): no
// dependency, and it reports exactly the percentiles the targets name. It shares the machine with
// the server, so on 2 cores the concurrent figures include the client's own CPU.
import { spawn, execSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { ensureBuild } from "./lib/build";
import { ensureDatabase, searchMix, type Params } from "./lib/bench-databases";
import { bin, REPO_ROOT } from "./lib/paths";
import { withServerMemorySettings } from "./lib/server-memory";

type Args = {
  sizes: number[];
  concurrency: number[];
  requests: number;
  repeats: number;
  port: number;
  fresh: boolean;
  sharedCache: boolean;
};

function parseArgs(argv: string[]): Args {
  const args: Args = {
    sizes: [10_000, 100_000],
    concurrency: [1, 10, 50],
    requests: 400,
    repeats: 5,
    port: 3510,
    fresh: false,
    sharedCache: true,
  };
  const list = (v: string) =>
    v
      .split(",")
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0);
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (name === "--sizes") args.sizes = list(value());
    else if (name === "--concurrency") args.concurrency = list(value());
    else if (name === "--requests") args.requests = Math.max(10, Number(value()) || 400);
    else if (name === "--repeats") args.repeats = Math.max(1, Number(value()) || 5);
    else if (name === "--port") args.port = Number(value()) || 3510;
    else if (name === "--fresh") args.fresh = true;
    else if (name === "--no-shared-cache") args.sharedCache = false;
    else if (name === "--quick") Object.assign(args, { sizes: [10_000], concurrency: [1, 10], requests: 150, repeats: 2 });
    else throw new Error(`Unknown option ${argv[i]} (see the first lines of scripts/bench-http.ts)`);
  }
  return args;
}

// ───────────── the mix ─────────────

type Kind = "static" | "home" | "list" | "search" | "offer" | "provider" | "markers" | "health";
type Target = { kind: Kind; name: string; path: string };

function query(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** Offer and provider pages spread over the id range, and a static asset of the build. */
function pickTargets(file: string, today: string): Target[] {
  const db = new Database(file, { readonly: true });
  try {
    const now = new Date().toISOString().replace("Z", "+00:00");
    const offers = db
      .prepare(
        `SELECT slug FROM "Offer" WHERE status = 'PUBLISHED' AND deletedAt IS NULL AND IFNULL(endsAt, '9999') >= ?
           AND organizationId IN (SELECT id FROM "Organization" WHERE status = 'APPROVED' AND deletedAt IS NULL) AND id % 997 = 1 ORDER BY id LIMIT 5`,
      )
      .all(now) as { slug: string }[];
    const providers = db
      .prepare(`SELECT slug FROM "Organization" WHERE status = 'APPROVED' AND deletedAt IS NULL AND id % 37 = 1 ORDER BY id LIMIT 5`)
      .all() as { slug: string }[];
    const chunks = path.join(REPO_ROOT, ".next", "static", "chunks");
    const asset = fs.readdirSync(chunks).find((name) => name.endsWith(".js"));
    if (!asset) throw new Error("No static chunk in .next/static/chunks");
    return [
      { kind: "static", name: "static asset", path: `/_next/static/chunks/${asset}` },
      { kind: "home", name: "home", path: "/de" },
      ...searchMix(today).map(({ name, params }): Target => ({
        kind: Object.keys(params).length === 0 ? "list" : "search",
        name,
        path: `/de/angebote${query(params)}`,
      })),
      ...offers.map((o): Target => ({ kind: "offer", name: `offer ${o.slug}`, path: `/de/angebote/${o.slug}` })),
      ...providers.map((p): Target => ({ kind: "provider", name: `provider ${p.slug}`, path: `/de/anbieter/${p.slug}` })),
      { kind: "markers", name: "markers (no filter)", path: "/api/search/markers?locale=de" },
      { kind: "markers", name: "markers kategorie=sport", path: "/api/search/markers?kategorie=sport&locale=de" },
      { kind: "markers", name: "markers q=kinder", path: "/api/search/markers?q=kinder&locale=de" },
    ];
  } finally {
    db.close();
  }
}

// ───────────── HTTP ─────────────

type Sample = { target: Target; ms: number; ok: boolean };

function request(agent: http.Agent, port: number, target: Target): Promise<Sample> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: target.path, agent, headers: { "accept-encoding": "identity" } }, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolve({ target, ms: performance.now() - started, ok: (res.statusCode ?? 0) < 400 }));
      res.on("error", () => resolve({ target, ms: performance.now() - started, ok: false }));
    });
    req.setTimeout(60_000, () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve({ target, ms: performance.now() - started, ok: false }));
  });
}

/** `total` requests taken in turn from `targets` by `connections` workers, each on its own socket. */
async function drive(port: number, targets: Target[], connections: number, total: number): Promise<{ samples: Sample[]; seconds: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const samples: Sample[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < total) {
        const target = targets[next++ % targets.length];
        samples.push(await request(agent, port, target));
      }
    }),
  );
  agent.destroy();
  return { samples, seconds: (performance.now() - started) / 1000 };
}

// ───────────── the server process ─────────────

const CLOCK_TICKS = Number(execSync("getconf CLK_TCK").toString().trim()) || 100;

/** The server and every process it started (next start may fork workers). */
function processTree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i]) ?? []));
  return tree;
}

/** utime + stime of the server's process tree, in ms. */
function serverCpuMs(root: number): number {
  let ticks = 0;
  for (const pid of processTree(root)) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const rest = fields.slice(fields.lastIndexOf(")") + 2).split(" ");
      ticks += Number(rest[11]) + Number(rest[12]); // fields 14 and 15: utime, stime
    } catch {
      // exited meanwhile
    }
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

/**
 * Resident memory of the server's process tree, in MB: total, and the part that is file pages —
 * SQLite's memory-mapped database (lib/db.ts: mmap_size), which the kernel can drop at any time.
 */
function serverRssMb(root: number): { total: number; file: number } {
  let total = 0;
  let file = 0;
  for (const pid of processTree(root)) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      file += Number(/RssFile:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // exited meanwhile
    }
  }
  return { total: total / 1024, file: file / 1024 };
}

async function startServer(file: string, args: Args): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: `file:${file}`,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    APP_URL: `http://127.0.0.1:${args.port}`,
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
    ...(args.sharedCache ? {} : { SHARED_CACHE_TTL_MS: "0" }),
  };
  const child = spawn(bin("next"), ["start", "-p", String(args.port)], {
    cwd: REPO_ROOT,
    env: withServerMemorySettings(env),
    stdio: ["ignore", "ignore", "inherit"],
  });
  const health: Target = { kind: "health", name: "health", path: "/api/health" };
  const agent = new http.Agent();
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    if ((await request(agent, args.port, health)).ok) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("The server did not answer /api/health within 60 s");
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const tree = processTree(child.pid).reverse();
  const exited = new Promise((r) => child.once("exit", r));
  for (const pid of tree) {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
}

// ───────────── figures ─────────────

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const ms = (v: number) => (Number.isNaN(v) ? "–" : v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`);
const ratio = (v: number, base: number) => (Number.isNaN(v) || !(base > 0) ? "–" : `×${(v / base).toFixed(0)}`);
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");
const check = (ok: boolean) => (ok ? "met" : "MISSED");

type Level = { connections: number; samples: Sample[]; seconds: number; health: number[]; staticP: [number, number, number] };

function printLevel(level: Level) {
  const kinds: Kind[] = ["home", "list", "search", "offer", "provider", "markers"];
  const all = level.samples;
  const errors = all.filter((s) => !s.ok).length;
  const [s50, s95, s99] = level.staticP;
  console.log(
    `\n  ${level.connections} connection(s): ${all.length} requests in ${level.seconds.toFixed(1)} s = ${(all.length / level.seconds).toFixed(1)} req/s, errors ${errors}; static asset at this concurrency p50 ${ms(s50)}, p95 ${ms(s95)}, p99 ${ms(s99)}; /api/health while the mix runs p95 ${ms(percentile(level.health, 95))} (${level.health.length} probes)`,
  );
  console.log(
    `    ${"kind".padEnd(9)} ${"n".padStart(5)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"p99".padStart(9)} ${"errors".padStart(7)}   ratio to static p50/p95/p99`,
  );
  for (const kind of kinds) {
    const samples = all.filter((s) => s.target.kind === kind);
    if (samples.length === 0) continue;
    const times = samples.map((s) => s.ms);
    const [p50, p95, p99] = [percentile(times, 50), percentile(times, 95), percentile(times, 99)];
    console.log(
      `    ${kind.padEnd(9)} ${String(samples.length).padStart(5)} ${ms(p50).padStart(9)} ${ms(p95).padStart(9)} ${ms(p99).padStart(9)} ${String(samples.filter((s) => !s.ok).length).padStart(7)}   ${ratio(p50, s50)} / ${ratio(p95, s95)} / ${ratio(p99, s99)}`,
    );
  }
}

async function benchSize(offers: number, args: Args) {
  const file = ensureDatabase(REPO_ROOT, offers, args.fresh);
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });
  const targets = pickTargets(file, today);
  const server = await startServer(file, args);
  const pid = server.pid as number;
  const small = offers <= 10_000;
  try {
    console.log(
      `\n${offers.toLocaleString("en-US")} offers — server pid ${pid}${args.sharedCache ? "" : " — shared cache OFF"} — load average before: ${loadAverage()}`,
    );
    // Warm-up: route modules, statement caches, page cache, the shared cache.
    const warm = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (let i = 0; i < 2; i++) for (const target of targets) await request(warm, args.port, target);

    // One request at a time: server CPU per request of each URL.
    const perTarget: { target: Target; cpu: number; p50: number; errors: number }[] = [];
    const oneAtATime: Sample[] = [];
    const cpuStart = serverCpuMs(pid);
    const started = performance.now();
    for (const target of targets) {
      const repeats = target.kind === "static" ? Math.max(50, args.repeats * 10) : args.repeats;
      const before = serverCpuMs(pid);
      const samples: Sample[] = [];
      for (let i = 0; i < repeats; i++) samples.push(await request(warm, args.port, target));
      perTarget.push({
        target,
        cpu: (serverCpuMs(pid) - before) / repeats,
        p50: percentile(
          samples.map((s) => s.ms),
          50,
        ),
        errors: samples.filter((s) => !s.ok).length,
      });
      if (target.kind !== "static") oneAtATime.push(...samples);
    }
    const cpuTotal = serverCpuMs(pid) - cpuStart;
    warm.destroy();
    const staticCpu = perTarget.find((t) => t.target.kind === "static")?.cpu ?? NaN;
    console.log(
      `  One connection, ${args.repeats} requests per URL (static ×${Math.max(50, args.repeats * 10)}): ${((performance.now() - started) / 1000).toFixed(1)} s, server CPU ${cpuTotal.toFixed(0)} ms, load average ${loadAverage()}`,
    );
    console.log(`    ${"URL".padEnd(40)} ${"CPU/req".padStart(9)} ${"wall p50".padStart(9)} ${"errors".padStart(7)}   CPU ratio to static`);
    for (const t of perTarget) {
      console.log(
        `    ${t.target.name.slice(0, 40).padEnd(40)} ${ms(t.cpu).padStart(9)} ${ms(t.p50).padStart(9)} ${String(t.errors).padStart(7)}   ${ratio(t.cpu, staticCpu)}`,
      );
    }

    const levels: Level[] = [];
    let rssAfterTop: { total: number; file: number } | null = null;
    for (const connections of args.concurrency.filter((c) => c > 1)) {
      // The static asset alone at this concurrency: the unit of the ratios.
      const staticRun = await drive(args.port, [targets[0]], connections, Math.max(200, connections * 20));
      const staticTimes = staticRun.samples.map((s) => s.ms);
      // /api/health probed every 200 ms on its own socket while the mix runs.
      const health: number[] = [];
      let running = true;
      const healthAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const prober = (async () => {
        while (running) {
          health.push((await request(healthAgent, args.port, { kind: "health", name: "health", path: "/api/health" })).ms);
          await new Promise((r) => setTimeout(r, 200));
        }
      })();
      const mix = targets.filter((t) => t.kind !== "static");
      const run = await drive(args.port, mix, connections, Math.max(args.requests, mix.length));
      running = false;
      await prober;
      healthAgent.destroy();
      levels.push({
        connections,
        ...run,
        health,
        staticP: [percentile(staticTimes, 50), percentile(staticTimes, 95), percentile(staticTimes, 99)],
      });
      printLevel(levels[levels.length - 1]);
      console.log(`    load average: ${loadAverage()}`);
      rssAfterTop = serverRssMb(pid);
    }
    const rss = rssAfterTop ?? serverRssMb(pid);

    // The targets of issue #17 (per request server CPU at one connection; latency under load).
    const pageLimit = small ? 50 : 150;
    const pages = perTarget.filter((t) => ["home", "list", "search"].includes(t.target.kind));
    const worstPage = pages.reduce((a, b) => (b.cpu > a.cpu ? b : a));
    const offerPages = perTarget.filter((t) => t.target.kind === "offer");
    const worstOffer = offerPages.reduce((a, b) => (b.cpu > a.cpu ? b : a), offerPages[0]);
    console.log(`\n  Targets (${offers.toLocaleString("en-US")} offers):`);
    console.log(
      `    server CPU per page ≤ ${pageLimit} ms (home, list, every search): worst ${ms(worstPage.cpu)} (${worstPage.target.name}) — ${check(worstPage.cpu <= pageLimit)}`,
    );
    if (worstOffer) console.log(`    offer page CPU ≤ 80 ms: worst ${ms(worstOffer.cpu)} — ${check(worstOffer.cpu <= 80)}`);
    const ten = levels.find((l) => l.connections === 10);
    if (ten) {
      const search = ten.samples.filter((s) => s.target.kind === "search" || s.target.kind === "list");
      const p95 = percentile(
        search.map((s) => s.ms),
        95,
      );
      const errors = ten.samples.filter((s) => !s.ok).length;
      console.log(
        `    10 connections: search mix p95 ≤ 500 ms: ${ms(p95)} — ${check(p95 <= 500)}; no errors: ${errors} — ${check(errors === 0)}`,
      );
      const health = percentile(ten.health, 95);
      console.log(`    /api/health p95 ≤ 100 ms at 10 connections: ${ms(health)} — ${check(health <= 100)}`);
    }
    const fifty = levels.find((l) => l.connections === 50);
    if (fifty) {
      const p99 = percentile(
        fifty.samples.map((s) => s.ms),
        99,
      );
      const errors = fifty.samples.filter((s) => !s.ok).length;
      console.log(`    50 connections: no errors: ${errors} — ${check(errors === 0)}; p99 ≤ 3 s: ${ms(p99)} — ${check(p99 <= 3000)}`);
    }
    console.log(
      `    RSS after the last run ≤ 600 MB: ${rss.total.toFixed(0)} MB (of which file pages, mostly the memory-mapped database: ${rss.file.toFixed(0)} MB) — ${check(rss.total <= 600)}`,
    );
    console.log(`  load average after: ${loadAverage()} (2 cores; figures taken while other jobs run are marked by it)`);
  } finally {
    await stopServer(server);
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  await ensureBuild({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  for (const size of args.sizes) await benchSize(size, args);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
