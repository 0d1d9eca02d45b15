import http, { type IncomingMessage, type Server } from "node:http";
import type { Duplex } from "node:stream";
import { answerClientError } from "./client-error-page";
import { stampPeerAddress } from "./peer-address";

let installed = false;

/**
 * Hooks into every http.Server of the process (instrumentation-node.ts, before the first request):
 * stamps the peer address on each request (lib/peer-address.ts) and answers oversized requests with a
 * readable page (lib/client-error-page.ts). `next start` creates its server in this process; wrapping
 * the prototype's emit reaches it without a custom server.
 */
export function installHttpServerHooks(serverPrototype: Pick<Server, "emit"> = http.Server.prototype): void {
  if (installed) return;
  installed = true;
  const emit = serverPrototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  serverPrototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") stampPeerAddress(args[0] as IncomingMessage);
    if (event === "clientError" && answerClientError(args[0] as Error, args[1] as Duplex)) return true;
    return emit.call(this, event, ...args);
  } as Server["emit"];
}
