import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installHttpServerHooks } from "./http-server-hooks";
import { PEER_ADDRESS_HEADER } from "./peer-address";

describe("http server hooks", () => {
  let server: http.Server;
  let port = 0;

  beforeAll(async () => {
    installHttpServerHooks();
    server = http.createServer((req, res) => {
      res.end(JSON.stringify({ peer: req.headers[PEER_ADDRESS_HEADER], forwarded: req.headers["x-forwarded-for"] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("stamps the socket address on every request and overwrites a client's own value", async () => {
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { [PEER_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6" },
    });
    expect(await response.json()).toEqual({ peer: "127.0.0.1", forwarded: "6.6.6.6" });
  });

  it("answers an address longer than Node's header limit with a readable 431 page", async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, "127.0.0.1", () =>
        socket.write(`GET /de/angebote?q=${"a".repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`),
      );
      let data = "";
      socket.on("data", (chunk) => (data += chunk.toString("utf8")));
      socket.on("end", () => resolve(data));
      socket.on("error", reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 431 /);
    expect(raw).toContain("Content-Type: text/html; charset=utf-8");
    expect(raw).toContain("Die Adresse ist zu lang");
    expect(raw).toContain('<a href="/de">');
  });
});
