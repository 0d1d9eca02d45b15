import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { authSecret, env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ImportTarget } from "./validate";

// Between the preview and the confirmation the uploaded file waits on disk (IMPORT_STAGING_DIR,
// outside the public uploads) under a random name, for at most an hour. The browser holds only a
// signed token naming that file, its SHA-256, the user, the target and the expiry: another user's
// token, an edited token, a swapped file or an old token are all refused. Confirming reads and
// checks the file again from scratch — the preview's figures are never trusted.

export const STAGING_TTL_MS = 60 * 60 * 1000;

export type StagedImport = {
  id: string;
  userId: number;
  target: ImportTarget;
  fileName: string;
  sha256: string;
  expiresAt: number;
};

function stagingDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().IMPORT_STAGING_DIR);
}

function sign(payload: string): string {
  return createHmac("sha256", `offer-import:${authSecret()}`).update(payload).digest("base64url");
}

const fileOf = (id: string) => path.join(stagingDir(), `${id}.upload`);

/** Deletes staged files past their lifetime (called whenever a file is staged). */
async function sweep(now: number): Promise<void> {
  try {
    for (const name of await fs.readdir(stagingDir())) {
      const file = path.join(stagingDir(), name);
      const stat = await fs.stat(file).catch(() => null);
      if (stat && now - stat.mtimeMs > STAGING_TTL_MS) await fs.rm(file, { force: true });
    }
  } catch {
    // A missing folder has nothing to sweep.
  }
}

/** Stores the upload and returns its token. */
export async function stageUpload(
  bytes: Uint8Array,
  meta: { userId: number; target: ImportTarget; fileName: string },
  now = Date.now(),
): Promise<string> {
  await fs.mkdir(stagingDir(), { recursive: true });
  await sweep(now);
  const id = randomBytes(24).toString("base64url");
  await fs.writeFile(fileOf(id), bytes, { mode: 0o600 });
  const staged: StagedImport = {
    id,
    userId: meta.userId,
    target: meta.target,
    fileName: meta.fileName.slice(0, 200),
    sha256: createHash("sha256").update(bytes).digest("hex"),
    expiresAt: now + STAGING_TTL_MS,
  };
  const payload = Buffer.from(JSON.stringify(staged)).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

const expired = () => new AppError("OfferExchange.confirm.expired", 410);

/** The staged upload of `userId` behind `token`, with its bytes; refuses anything not signed for this user. */
export async function readStagedUpload(
  token: unknown,
  userId: number,
  now = Date.now(),
): Promise<{ staged: StagedImport; bytes: Uint8Array }> {
  if (typeof token !== "string" || token.length > 4000 || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) throw expired();
  const [payload, signature] = token.split(".");
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw expired();
  let staged: StagedImport;
  try {
    staged = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as StagedImport;
  } catch {
    throw expired();
  }
  if (staged.userId !== userId || staged.expiresAt < now || !/^[A-Za-z0-9_-]{32}$/.test(staged.id)) throw expired();
  const bytes = await fs.readFile(fileOf(staged.id)).catch(() => null);
  if (!bytes || createHash("sha256").update(bytes).digest("hex") !== staged.sha256) throw expired();
  return { staged, bytes: new Uint8Array(bytes) };
}

/**
 * Takes the staged file for one confirmation (an atomic rename): a second confirmation of the same
 * token at the same time (two tabs, a double click) finds nothing and is refused, so a file is never
 * imported twice. `release` puts it back after a failed import (the user may try again); `discard`
 * deletes it after a successful one.
 */
export async function claimStagedUpload(staged: StagedImport): Promise<{ release(): Promise<void>; discard(): Promise<void> }> {
  const claimed = `${fileOf(staged.id)}.claimed`;
  try {
    await fs.rename(fileOf(staged.id), claimed);
  } catch {
    throw expired();
  }
  return {
    release: () => fs.rename(claimed, fileOf(staged.id)).catch(() => undefined),
    discard: () => fs.rm(claimed, { force: true }),
  };
}
