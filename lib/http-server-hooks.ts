import http, { type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { createAdmission, type Admission } from "./admission";
import { answerClientError } from "./client-error-page";
import { env } from "./env";
import { stampPeerAddress } from "./peer-address";

let installed = false;

/**
 * Hooks into every http.Server of the process (instrumentation-node.ts, before the first request):
 * stamps the peer address on each request (lib/peer-address.ts), hands pages to Next.js through
 * admission control (lib/admission.ts) and answers oversized requests with a readable page
 * (lib/client-error-page.ts). `next start` creates its server in this process; wrapping the
 * prototype's emit reaches it without a custom server.
 */
export function installHttpServerHooks(
  serverPrototype: Pick<Server, "emit"> = http.Server.prototype,
  admission: Admission = createAdmission(renderConcurrency()),
): void {
  if (installed) return;
  installed = true;
  const emit = serverPrototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  serverPrototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      stampPeerAddress(req);
      admission.admit(req, res, () => emit.call(this, event, ...args));
      return true;
    }
    if (event === "clientError" && answerClientError(args[0] as Error, args[1] as Duplex)) return true;
    return emit.call(this, event, ...args);
  } as Server["emit"];
}

/** HTTP_RENDER_CONCURRENCY, else 4 in production (measured, docs/PERFORMANCE.md) and no limit otherwise. */
function renderConcurrency(): number {
  const { HTTP_RENDER_CONCURRENCY, NODE_ENV } = env();
  return HTTP_RENDER_CONCURRENCY ?? (NODE_ENV === "production" ? 4 : 0);
}
