import type { IncomingMessage } from "node:http";

/**
 * The socket's peer address as a request header that only this server sets. Next.js fills
 * X-Forwarded-For from the socket only when the client did not send one, so without a reverse proxy a
 * client could name any "IP" there; this header is overwritten on every request before Next.js sees
 * it (lib/http-server-hooks.ts), so it can be trusted (lib/rate-limit.ts uses it when
 * TRUSTED_PROXY_COUNT is 0).
 */
export const PEER_ADDRESS_HEADER = "x-chancenportal-peer-address";

export function stampPeerAddress(request: IncomingMessage): void {
  const address = request.socket?.remoteAddress;
  if (address) request.headers[PEER_ADDRESS_HEADER] = address.replace(/^::ffff:/, "");
  else delete request.headers[PEER_ADDRESS_HEADER];
}
