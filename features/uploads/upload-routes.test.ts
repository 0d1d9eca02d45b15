import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import de from "@/messages/de.json";
import { GET } from "@/app/uploads/[...path]/route";
import { MAX_UPLOAD_BYTES } from "@/lib/uploads";
import { UPLOAD_LIMIT, handleUploadRequest, resetUploadLimit } from "./upload-request";

// Only the session lookup is replaced; everything else (translations, sharp, the file system) is real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", () => ({ getSessionUser: async () => session.user }));

let dir: string;
const previousDir = process.env.UPLOAD_DIR;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-upload-routes-"));
  process.env.UPLOAD_DIR = dir;
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (previousDir === undefined) delete process.env.UPLOAD_DIR;
  else process.env.UPLOAD_DIR = previousDir;
});
beforeEach(() => {
  resetUploadLimit();
  session.user = null;
});

const uploads = de.Uploads as Record<string, string>;
const t = (key: string) => uploads[key] ?? key;

function user(overrides: Partial<SessionUser> = {}): SessionUser {
  return { id: 1, email: "a@example.org", name: "A", role: "NONE", locale: "de", memberships: [], ...overrides };
}
const member = user({
  id: 2,
  memberships: [{ organizationId: 1, slug: "verein", name: "Verein", status: "PENDING", role: "ORG_MEMBER" }],
});
const editor = user({ id: 3, role: "EDITOR" });

async function png(width = 40, height = 30) {
  return sharp({ create: { width, height, channels: 3, background: "#3366aa" } })
    .png()
    .toBuffer();
}

function uploadRequest(file: Blob | string | null, kind: string | null = "image", init: RequestInit = {}): Request {
  const form = new FormData();
  if (typeof file === "string") form.append("file", file);
  else if (file !== null) form.append("file", file, "bild.png");
  if (kind !== null) form.append("kind", kind);
  return new Request("http://localhost/api/uploads", { method: "POST", body: form, ...init });
}

async function post(request: Request, who: SessionUser | null) {
  const response = await handleUploadRequest(request, who, t);
  return { status: response.status, body: (await response.json()) as { path?: string; error?: string }, response };
}

describe("POST /api/uploads", () => {
  it("refuses anonymous users with 401 JSON (through the real route handler)", async () => {
    const { POST } = await import("@/app/api/uploads/route");
    const response = await POST(uploadRequest(new Blob([await png()])));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: uploads.unauthorized });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("stores an image for a signed-in member through the real route handler, messages in the requested locale", async () => {
    session.user = member;
    const { POST } = await import("@/app/api/uploads/route");
    const response = await POST(uploadRequest(new Blob([await png()])));
    expect(response.status).toBe(201);
    const { path: publicPath } = (await response.json()) as { path: string };
    expect(publicPath).toMatch(/^\/uploads\/[0-9a-f]{2}\/[0-9a-f]{32}\.webp$/);

    const english = await POST(
      new Request("http://localhost/api/uploads?locale=en", { method: "POST", body: uploadRequestBody("not an image") }),
    );
    expect(english.status).toBe(400);
    expect(((await english.json()) as { error: string }).error).toMatch(/not an image we can accept/);
  });

  it("refuses signed-in users without organisation or editor role (403)", async () => {
    const { status, body } = await post(uploadRequest(new Blob([await png()])), user());
    expect(status).toBe(403);
    expect(body.error).toBe(uploads.forbidden);
  });

  it("lets editors upload and returns the stored path", async () => {
    const { status, body } = await post(uploadRequest(new Blob([await png()]), "logo"), editor);
    expect(status).toBe(201);
    expect(fs.existsSync(path.join(dir, body.path!.replace("/uploads/", "")))).toBe(true);
  });

  it("answers bad input with 400 and a translated message, never 500", async () => {
    const cases: [Request, string][] = [
      [uploadRequest(new Blob(["<html><script>alert(1)</script>"])), uploads.invalidType],
      [uploadRequest(new Blob([`<svg xmlns="http://www.w3.org/2000/svg"/>`])), uploads.invalidType],
      [uploadRequest(null), uploads.missingFile],
      [uploadRequest("just a string field"), uploads.missingFile],
      [uploadRequest(new Blob([])), uploads.missingFile],
      [uploadRequest(new Blob([await png()]), "banner"), uploads.invalidKind],
      [
        new Request("http://localhost/api/uploads", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }),
        uploads.missingFile,
      ],
      [
        new Request("http://localhost/api/uploads", {
          method: "POST",
          body: "--x\r\nbroken",
          headers: { "content-type": "multipart/form-data; boundary=x" },
        }),
        uploads.missingFile,
      ],
      [new Request("http://localhost/api/uploads", { method: "POST" }), uploads.missingFile],
    ];
    const filesBefore = fs.readdirSync(dir, { recursive: true }).length;
    for (const [request, message] of cases) {
      const { status, body } = await post(request, member);
      expect(status).toBe(400);
      expect(body.error).toBe(message);
    }
    expect(fs.readdirSync(dir, { recursive: true }).length).toBe(filesBefore);
  });

  it("refuses too large bodies with 413 — by Content-Length before reading, and while streaming without it", async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1024);
    big.set([0xff, 0xd8, 0xff]);
    const declared = await post(uploadRequest(new Blob([big])), member);
    expect(declared.status).toBe(413);
    expect(declared.body.error).toBe(uploads.tooLarge);

    // A client that sends no Content-Length: the stream is cut off at the limit.
    let pulled = 0;
    const chunk = new Uint8Array(256 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        if (pulled > 50 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const streamed = new Request("http://localhost/api/uploads", {
      method: "POST",
      body: stream,
      headers: { "content-type": "multipart/form-data; boundary=x" },
      duplex: "half",
    } as RequestInit);
    const { status } = await post(streamed, member);
    expect(status).toBe(413);
    expect(pulled).toBeLessThan(MAX_UPLOAD_BYTES + 2 * 1024 * 1024);

    // A file just over the limit inside an honest multipart body.
    const justOver = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    justOver.set(await png());
    expect((await post(uploadRequest(new Blob([justOver])), member)).status).toBe(413);
  });

  it("slows down a user who uploads very many images (429 with Retry-After)", async () => {
    const bytes = await png(8, 8);
    for (let i = 0; i < UPLOAD_LIMIT.max; i++) {
      expect((await post(uploadRequest(new Blob([bytes])), member)).status).toBe(201);
    }
    const { status, body, response } = await post(uploadRequest(new Blob([bytes])), member);
    expect(status).toBe(429);
    expect(body.error).toBe(uploads.tooMany);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    // Others are not affected.
    expect((await post(uploadRequest(new Blob([bytes])), editor)).status).toBe(201);
  });
});

function uploadRequestBody(text: string): FormData {
  const form = new FormData();
  form.append("file", new Blob([text]), "x.png");
  form.append("kind", "image");
  return form;
}

describe("GET /uploads/[...path]", () => {
  async function get(segments: string[], headers: HeadersInit = {}) {
    return GET(new Request(`http://localhost/uploads/${segments.join("/")}`, { headers }), { params: Promise.resolve({ path: segments }) });
  }

  it("serves a stored image with long-lived caching headers", async () => {
    const { body } = await post(uploadRequest(new Blob([await png()])), member);
    const segments = body.path!.split("/").slice(2);
    const response = await get(segments);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("last-modified")).toBeTruthy();
    const etag = response.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect((await sharp(bytes).metadata()).format).toBe("webp");

    const revalidated = await get(segments, { "if-none-match": etag! });
    expect(revalidated.status).toBe(304);
  });

  it("answers 404 for anything else, including traversal attempts", async () => {
    fs.writeFileSync(path.join(dir, "secret.txt"), "secret");
    const attempts = [
      ["..", "secret.txt"],
      ["..%2fsecret.txt"],
      ["ab", "..%2f..%2fsecret.txt"],
      ["ab", "..", "..", "secret.txt"],
      ["%2e%2e", "secret.txt"],
      ["/etc", "passwd"],
      ["ab", "/etc/passwd"],
      ["ab", `ab${"0".repeat(30)}.webp%00.txt`],
      ["ab", `ab${"0".repeat(30)}.webp\0`],
      ["ab", `ab${"0".repeat(30)}.webp`], // well-formed, but no such file
      ["secret.txt"],
      [],
    ];
    for (const segments of attempts) {
      const response = await get(segments);
      expect(response.status, segments.join("/")).toBe(404);
      expect(await response.text()).not.toContain("secret");
    }
  });
});
