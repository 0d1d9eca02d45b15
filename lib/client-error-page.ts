import type { Duplex } from "node:stream";

// Node answers a request whose address or headers exceed its limit (16 KB) with a bare 431 and no
// body, before Next.js is involved; the browser then shows an empty or cryptic page. This answers
// such requests with a short readable page in both interface languages instead.

const PAGE = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Adresse zu lang · Address too long</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#0f172a;line-height:1.5}a{color:#1d4ed8}</style></head>
<body><main>
<h1>Die Adresse ist zu lang</h1>
<p>Diese Seite kann nicht geöffnet werden, weil die Adresse (oder die mitgeschickten Daten) zu lang ist. Bitte wählen Sie weniger Filter oder kürzere Suchbegriffe.</p>
<p><a href="/de">Zur Startseite</a></p>
<h2 lang="en">The address is too long</h2>
<p lang="en">This page cannot be opened because its address (or the data sent with it) is too long. Please choose fewer filters or shorter search words.</p>
<p lang="en"><a href="/en">To the home page</a></p>
</main></body></html>`;

/** Answers a header overflow with the readable page; false for every other client error (Node's default applies). */
export function answerClientError(error: Error & { code?: string }, socket: Duplex & { bytesWritten?: number }): boolean {
  if (error.code !== "HPE_HEADER_OVERFLOW" || !socket.writable || (socket.bytesWritten ?? 0) > 0) return false;
  const body = Buffer.from(PAGE, "utf8");
  socket.end(
    `HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\nX-Content-Type-Options: nosniff\r\n\r\n${PAGE}`,
  );
  return true;
}
