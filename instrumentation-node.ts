import { assertProductionEnv } from "./lib/env";
import { installPeerAddressHeader } from "./lib/peer-address";

try {
  assertProductionEnv();
} catch (error) {
  // Refuse to start rather than answer every request with an error.
  console.error(JSON.stringify({ level: "fatal", msg: (error as Error).message }));
  process.exit(1);
}

// Before the first request: the rate limits need the real socket address (lib/peer-address.ts).
installPeerAddressHeader();
