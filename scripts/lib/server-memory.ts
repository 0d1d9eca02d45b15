// Memory settings of the production server (`npm start`, `npm run demo`, the e2e server, bench:http):
// the same values as the `start` script in package.json — keep them in step. Measured at 100,000
// offers (docs/PERFORMANCE.md "Server memory settings"): RSS after 50 connections 619 → 584 MB with
// unchanged throughput and page CPU.
// - MALLOC_ARENA_MAX=2: glibc otherwise keeps up to 8 malloc arenas per core for the read workers'
//   threads and libuv's pool, each holding freed memory.
// - --max-semi-space-size=8 (MB): a smaller young generation for the main isolate (the read workers
//   set theirs in lib/db/read-pool.ts); short-lived render garbage is collected a little more often.
export const SERVER_SEMI_SPACE_FLAG = "--max-semi-space-size=8";

/** `env` with the server's memory settings added; values the operator set win. */
export function withServerMemorySettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const nodeOptions = env.NODE_OPTIONS ?? "";
  return {
    ...env,
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "2",
    NODE_OPTIONS: nodeOptions.includes("--max-semi-space-size") ? nodeOptions : `${SERVER_SEMI_SPACE_FLAG} ${nodeOptions}`.trim(),
  };
}
