import { assertProductionEnv } from "./lib/env";

try {
  assertProductionEnv();
} catch (error) {
  // Refuse to start rather than answer every request with an error.
  console.error(JSON.stringify({ level: "fatal", msg: (error as Error).message }));
  process.exit(1);
}
