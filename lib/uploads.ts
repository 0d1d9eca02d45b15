import "server-only";
import { randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { ValidationError } from "./errors";
import { env } from "./env";

// Uploaded images are never stored as sent: the type is recognised by content, the image is decoded
// by sharp (anything it cannot decode is refused), turned upright, stripped of metadata (EXIF incl.
// GPS, XMP, ICC comments), shrunk and re-encoded as WebP. What lands on disk is therefore always a
// plain WebP that we produced, under a random name nobody can guess or collide with — so the
// serving route can cache it forever and a polyglot or script-carrying upload cannot survive.

export type UploadKind = "logo" | "image";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Longest side after resizing; smaller images are never enlarged. */
export const MAX_DIMENSION: Record<UploadKind, number> = { logo: 600, image: 1600 };
/** Decompression-bomb guard: a 5 MB PNG can claim billions of pixels. 50 MP covers phone cameras. */
export const MAX_INPUT_PIXELS = 50_000_000;
export const UPLOAD_URL_PREFIX = "/uploads/";

type AcceptedFormat = "jpeg" | "png" | "webp";

// 128 random bits as hex; the first two characters name the fan-out directory.
const NAME_PATTERN = /^[0-9a-f]{32}$/;
const PUBLIC_PATH_PATTERN = /^\/uploads\/([0-9a-f]{2})\/([0-9a-f]{32})\.webp$/;

// libvips keeps decoded images in a cache; for one-off uploads that is only memory held.
sharp.cache(false);

/** The upload directory (UPLOAD_DIR, default ./data/uploads), absolute. Read per call so tests can point it elsewhere. */
export function uploadDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().UPLOAD_DIR);
}

/** JPEG, PNG or WebP by their magic bytes — what the client says about name or MIME type does not count. */
export function detectImageFormat(bytes: Uint8Array): AcceptedFormat | null {
  const starts = (signature: number[], offset = 0) =>
    bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return "jpeg";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  // "RIFF" <size> "WEBP"
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  return null;
}

function invalidType(): ValidationError {
  return new ValidationError({ file: ["Uploads.invalidType"] }, "Uploads.invalidType");
}

/**
 * Checks, cleans, resizes and stores an uploaded image; returns its public path
 * ("/uploads/ab/ab….webp"). ValidationError with "Uploads.missingFile" / "Uploads.tooLarge" /
 * "Uploads.invalidType" for anything that is not a decodable JPEG, PNG or WebP of at most 5 MB.
 */
export async function storeImage(bytes: Uint8Array, kind: UploadKind): Promise<{ path: string }> {
  if (!bytes || bytes.length === 0) throw new ValidationError({ file: ["Uploads.missingFile"] }, "Uploads.missingFile");
  if (bytes.length > MAX_UPLOAD_BYTES) throw new ValidationError({ file: ["Uploads.tooLarge"] }, "Uploads.tooLarge");
  const format = detectImageFormat(bytes);
  if (!format) throw invalidType();
  const maxSide = MAX_DIMENSION[kind] ?? MAX_DIMENSION.image;

  let output: Buffer;
  try {
    // failOn "warning": a truncated or corrupt file is refused rather than stored half grey.
    const input = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "warning", pages: 1 });
    const metadata = await input().metadata();
    // The decoder must agree with the signature (a PNG header in front of something else is refused).
    if (metadata.format !== format) throw invalidType();
    output = await input()
      .rotate() // upright by the EXIF orientation, which is then dropped with the rest of the metadata
      .resize({ width: maxSide, height: maxSide, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 82, effort: 4 })
      .toBuffer();
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    // sharp's messages ("Input buffer contains unsupported image format", "Input image exceeds
    // pixel limit", "VipsJpeg: premature end of …") all mean: not an image we take.
    throw invalidType();
  }

  const name = randomBytes(16).toString("hex");
  const dir = path.join(uploadDir(), name.slice(0, 2));
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.webp`);
  // Write under a temporary name and rename, so a half-written file is never served.
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, output, { flag: "wx" });
  await fs.rename(temporary, file);
  return { path: `${UPLOAD_URL_PREFIX}${name.slice(0, 2)}/${name}.webp` };
}

/**
 * The absolute file of a public upload path, or null when the path is not one storeImage produces.
 * Only the exact shape "/uploads/<2 hex>/<32 hex>.webp" with a matching fan-out passes, so no
 * traversal ("..", "%2f", absolute paths, NUL bytes) can reach another file.
 */
export function uploadFileFor(publicPath: string): string | null {
  if (typeof publicPath !== "string") return null;
  const match = PUBLIC_PATH_PATTERN.exec(publicPath);
  if (!match || !match[2].startsWith(match[1])) return null;
  return path.join(uploadDir(), match[1], `${match[2]}.webp`);
}

/** The file for the serving route's path segments (["ab", "ab….webp"]), or null. */
export function uploadFileForSegments(segments: readonly string[]): string | null {
  if (segments.length !== 2) return null;
  const [dir, file] = segments;
  if (!/^[0-9a-f]{2}$/.test(dir) || !file.endsWith(".webp") || !NAME_PATTERN.test(file.slice(0, -5))) return null;
  return uploadFileFor(`${UPLOAD_URL_PREFIX}${dir}/${file}`);
}

/** True only for a path storeImage produced whose file exists — server actions check submitted image paths with it. */
export function isUploadPath(publicPath: string): boolean {
  const file = uploadFileFor(publicPath);
  if (!file) return false;
  try {
    // Synchronous on purpose: callers use it inside zod refinements.
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
