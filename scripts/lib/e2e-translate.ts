import http from "node:http";

// The e2e server's translation service: a small listener on localhost speaking the LibreTranslate
// API (POST /translate with {q, source, target, format}). It "translates" by prefixing the target
// language ("[en] Nähcafé"), so specs can tell its answer apart; a text containing "FEHLER-TEST"
// gets a 503, for the failure path.

export async function startTranslator(port: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      let body: { q?: unknown; target?: unknown };
      try {
        body = JSON.parse(raw) as { q?: unknown; target?: unknown };
      } catch {
        res.statusCode = 400;
        return void res.end(JSON.stringify({ error: "Invalid request" }));
      }
      const q = Array.isArray(body.q) ? body.q.map(String) : [String(body.q ?? "")];
      if (req.method !== "POST" || req.url !== "/translate" || q.some((t) => t.includes("FEHLER-TEST"))) {
        res.statusCode = 503;
        return void res.end(JSON.stringify({ error: "Unavailable" }));
      }
      const translated = q.map((text) => `[${String(body.target)}] ${text}`);
      res.end(JSON.stringify({ translatedText: Array.isArray(body.q) ? translated : translated[0] }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return server;
}
