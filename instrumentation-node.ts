import { assertProductionEnv } from "./lib/env";
import { installHttpServerHooks } from "./lib/http-server-hooks";

try {
  assertProductionEnv();
} catch (error) {
  // Refuse to start rather than answer every request with an error.
  console.error(JSON.stringify({ level: "fatal", msg: (error as Error).message }));
  process.exit(1);
}

// Before the first request: the rate limits need the socket address, and oversized requests a readable page.
installHttpServerHooks();
