import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Feature modules import "server-only", which resolves to an empty module only under the react-server
 * export condition: a script that imports them calls this first; it re-runs the script with the
 * condition (and exits with its status) unless it already has it.
 */
export function rerunUnderReactServer(scriptUrl: string, cwd: string): void {
  if (process.execArgv.includes("--conditions=react-server")) return;
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, "--conditions=react-server", fileURLToPath(scriptUrl), ...process.argv.slice(2)],
    {
      stdio: "inherit",
      cwd,
    },
  );
  process.exit(child.status ?? 1);
}
