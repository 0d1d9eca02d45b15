import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { installPeerAddressHeader, PEER_ADDRESS_HEADER } from "./peer-address";

describe("installPeerAddressHeader", () => {
  it("stamps the socket address on every request and overwrites a client's own value", async () => {
    installPeerAddressHeader();
    const server = http.createServer((req, res) => {
      res.end(JSON.stringify({ peer: req.headers[PEER_ADDRESS_HEADER], forwarded: req.headers["x-forwarded-for"] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6" } });
      expect(await response.json()).toEqual({ peer: "127.0.0.1", forwarded: "6.6.6.6" });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
