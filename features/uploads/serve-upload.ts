import "server-only";
import fs from "node:fs/promises";
import { uploadFileForSegments } from "@/lib/uploads";

// Serves a stored upload. File names are random and never reused (lib/uploads.ts), so a response
// may be cached for a year; anything that is not exactly such a name is a 404 (no traversal).

const BASE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  // An image opened directly must not run anything, whatever a browser might sniff.
  "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
};

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { ...BASE_HEADERS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function serveUpload(request: Request, segments: readonly string[]): Promise<Response> {
  const file = uploadFileForSegments(segments);
  if (!file) return notFound();
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    return notFound();
  }
  if (!stat.isFile()) return notFound();
  const etag = `"${segments[1].slice(0, 32)}-${stat.size.toString(16)}"`;
  const headers = {
    ...BASE_HEADERS,
    "Content-Type": "image/webp",
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: etag,
    "Last-Modified": stat.mtime.toUTCString(),
  };
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  const body = await fs.readFile(file);
  return new Response(new Uint8Array(body), { headers: { ...headers, "Content-Length": String(body.byteLength) } });
}
