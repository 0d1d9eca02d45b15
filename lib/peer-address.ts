import http, { type IncomingMessage, type Server } from "node:http";

/**
 * The socket's peer address as a request header that only this server sets. Next.js fills
 * X-Forwarded-For from the socket only when the client did not send one, so without a reverse proxy a
 * client could name any "IP" there; this header is overwritten on every request before Next.js sees
 * it, so it can be trusted (lib/rate-limit.ts uses it when TRUSTED_PROXY_COUNT is 0).
 */
export const PEER_ADDRESS_HEADER = "x-chancenportal-peer-address";

let installed = false;

/** Wraps http.Server's "request" event once per process (instrumentation-node.ts). */
export function installPeerAddressHeader(serverPrototype: Pick<Server, "emit"> = http.Server.prototype): void {
  if (installed) return;
  installed = true;
  const emit = serverPrototype.emit;
  serverPrototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") stampPeerAddress(args[0] as IncomingMessage);
    return (emit as (event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as Server["emit"];
}

export function stampPeerAddress(request: IncomingMessage): void {
  const address = request.socket?.remoteAddress;
  if (address) request.headers[PEER_ADDRESS_HEADER] = address.replace(/^::ffff:/, "");
  else delete request.headers[PEER_ADDRESS_HEADER];
}
