import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "./errors";
import { MAX_UPLOAD_BYTES, detectImageFormat, isUploadPath, storeImage, uploadDir, uploadFileFor, uploadFileForSegments } from "./uploads";

let dir: string;
const previousDir = process.env.UPLOAD_DIR;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-uploads-"));
  process.env.UPLOAD_DIR = dir;
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (previousDir === undefined) delete process.env.UPLOAD_DIR;
  else process.env.UPLOAD_DIR = previousDir;
});

function picture(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 40 } } });
}

async function errorKeyOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).fieldErrors.file[0];
  }
  throw new Error("expected a ValidationError");
}

async function storedMetadata(publicPath: string) {
  const file = uploadFileFor(publicPath);
  expect(file).not.toBeNull();
  return { meta: await sharp(file!).metadata(), bytes: fs.readFileSync(file!) };
}

/** A PNG claiming width × height 1-bit grey pixels, all black: a few KB that decode to `width × height` pixels. */
function hugeBlankPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((Math.ceil(width / 8) + 1) * height);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("detectImageFormat", () => {
  it("recognises the three formats by their first bytes only", async () => {
    expect(detectImageFormat(await picture(4, 4).jpeg().toBuffer())).toBe("jpeg");
    expect(detectImageFormat(await picture(4, 4).png().toBuffer())).toBe("png");
    expect(detectImageFormat(await picture(4, 4).webp().toBuffer())).toBe("webp");
    expect(detectImageFormat(await picture(4, 4).gif().toBuffer())).toBeNull();
    expect(detectImageFormat(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(detectImageFormat(new Uint8Array([0xff, 0xd8]))).toBeNull();
  });
});

describe("storeImage", () => {
  it("stores a JPEG as WebP under a random fan-out path", async () => {
    const { path: publicPath } = await storeImage(await picture(800, 600).jpeg().toBuffer(), "image");
    expect(publicPath).toMatch(/^\/uploads\/([0-9a-f]{2})\/\1[0-9a-f]{30}\.webp$/);
    expect(isUploadPath(publicPath)).toBe(true);
    const { meta } = await storedMetadata(publicPath);
    expect(meta.format).toBe("webp");
    expect([meta.width, meta.height]).toEqual([800, 600]); // not enlarged, not shrunk
    expect(fs.realpathSync(uploadFileFor(publicPath)!).startsWith(fs.realpathSync(uploadDir()))).toBe(true);
  });

  it("accepts PNG and WebP, and never reuses a name", async () => {
    const png = await storeImage(await picture(50, 40).png().toBuffer(), "logo");
    const webp = await storeImage(await picture(50, 40).webp().toBuffer(), "logo");
    const again = await storeImage(await picture(50, 40).webp().toBuffer(), "logo");
    expect(new Set([png.path, webp.path, again.path]).size).toBe(3);
    expect((await storedMetadata(png.path)).meta.format).toBe("webp");
  });

  it("ignores the file name: a PNG called photo.jpg is still a PNG", async () => {
    const bytes = await picture(30, 30).png().toBuffer();
    fs.writeFileSync(path.join(dir, "photo.jpg"), bytes);
    const { path: publicPath } = await storeImage(fs.readFileSync(path.join(dir, "photo.jpg")), "image");
    expect(isUploadPath(publicPath)).toBe(true);
  });

  it("shrinks to the kind's longest side, keeping the aspect ratio", async () => {
    const logo = await storeImage(await picture(1800, 900).png().toBuffer(), "logo");
    expect((await storedMetadata(logo.path)).meta).toMatchObject({ width: 600, height: 300 });
    const image = await storeImage(await picture(1000, 3200).jpeg().toBuffer(), "image");
    expect((await storedMetadata(image.path)).meta).toMatchObject({ width: 500, height: 1600 });
  });

  it("turns the image upright and strips EXIF including GPS", async () => {
    const withExif = await picture(200, 100)
      .jpeg()
      .withExif({
        IFD0: { Make: "SecretCam", Model: "X100", Copyright: "Someone" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 31/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "13/1 24/1 0/1" },
      })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const input = await sharp(withExif).metadata();
    expect(input.exif).toBeDefined();
    expect(input.orientation).toBe(6);

    const { path: publicPath } = await storeImage(withExif, "image");
    const { meta, bytes } = await storedMetadata(publicPath);
    expect([meta.width, meta.height]).toEqual([100, 200]); // rotated by the orientation tag
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(bytes.includes(Buffer.from("SecretCam"))).toBe(false);
    expect(bytes.includes(Buffer.from("GPS"))).toBe(false);
  });

  it("refuses text, SVG and GIF", async () => {
    expect(await errorKeyOf(storeImage(new TextEncoder().encode("hello, not an image"), "image"))).toBe("Uploads.invalidType");
    const svg = `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>`;
    expect(await errorKeyOf(storeImage(new TextEncoder().encode(svg), "image"))).toBe("Uploads.invalidType");
    expect(await errorKeyOf(storeImage(await picture(10, 10).gif().toBuffer(), "image"))).toBe("Uploads.invalidType");
  });

  it("refuses a truncated JPEG", async () => {
    const jpeg = await picture(400, 300).jpeg().toBuffer();
    expect(await errorKeyOf(storeImage(jpeg.subarray(0, Math.floor(jpeg.length / 2)), "image"))).toBe("Uploads.invalidType");
  });

  it("refuses polyglots: an image signature in front of something else", async () => {
    const html = Buffer.from("<html><script>alert(document.cookie)</script></html>");
    const pngHeader = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await errorKeyOf(storeImage(Buffer.concat([pngHeader, html]), "image"))).toBe("Uploads.invalidType");
    expect(await errorKeyOf(storeImage(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), html]), "image"))).toBe("Uploads.invalidType");
    // A PNG signature glued to a GIF: the decoder disagrees with the signature.
    const gif = await picture(10, 10).gif().toBuffer();
    expect(await errorKeyOf(storeImage(Buffer.concat([pngHeader, gif]), "image"))).toBe("Uploads.invalidType");
  });

  it("keeps nothing of a script appended to a real JPEG (it is re-encoded)", async () => {
    const jpeg = await picture(40, 40).jpeg().toBuffer();
    const payload = Buffer.from("<script>alert(1)</script>");
    try {
      const { path: publicPath } = await storeImage(Buffer.concat([jpeg, payload]), "image");
      expect((await storedMetadata(publicPath)).bytes.includes(payload)).toBe(false);
    } catch (error) {
      expect((error as ValidationError).fieldErrors.file).toEqual(["Uploads.invalidType"]);
    }
  });

  it("refuses decompression bombs", async () => {
    const bomb = hugeBlankPng(10_000, 10_000);
    expect(bomb.length).toBeLessThan(100_000);
    const meta = await sharp(bomb).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 10_000, 10_000]); // a valid PNG…
    expect(await errorKeyOf(storeImage(bomb, "image"))).toBe("Uploads.invalidType"); // …of 100 million pixels
  });

  it("refuses files over 5 MB and empty files", async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(await errorKeyOf(storeImage(big, "image"))).toBe("Uploads.tooLarge");
    expect(await errorKeyOf(storeImage(new Uint8Array(0), "image"))).toBe("Uploads.missingFile");
  });

  it("writes nothing for refused files", async () => {
    const before = fs.readdirSync(dir, { recursive: true }).length;
    await errorKeyOf(storeImage(new TextEncoder().encode("nope"), "image"));
    expect(fs.readdirSync(dir, { recursive: true }).length).toBe(before);
  });
});

describe("isUploadPath / uploadFileForSegments", () => {
  it("accepts only stored files in the exact shape storeImage produces", async () => {
    const { path: publicPath } = await storeImage(await picture(10, 10).png().toBuffer(), "logo");
    const name = publicPath.split("/")[3];
    expect(isUploadPath(publicPath)).toBe(true);
    expect(isUploadPath(publicPath.replace(".webp", ".png"))).toBe(false);
    expect(isUploadPath(`/uploads/${name.slice(0, 2)}/${"0".repeat(32)}.webp`)).toBe(false); // right shape, no file
    expect(isUploadPath(`/uploads/zz/${name}`)).toBe(false); // wrong fan-out
    expect(isUploadPath(`https://evil.example${publicPath}`)).toBe(false);
    expect(isUploadPath(`/uploads/../${publicPath}`)).toBe(false);
    expect(isUploadPath(`${publicPath}\0`)).toBe(false);
    expect(isUploadPath(publicPath.toUpperCase())).toBe(false);
  });

  it("maps route segments to a file only for exact names", () => {
    const name = `ab${"c".repeat(30)}.webp`;
    expect(uploadFileForSegments(["ab", name])).toBe(path.join(dir, "ab", name));
    for (const segments of [
      ["..", "..", "etc", "passwd"],
      ["ab", "..%2f..%2fetc%2fpasswd"],
      ["ab", "../../etc/passwd"],
      ["/etc", "passwd"],
      ["ab", `${name}\0`],
      ["ab", `${name}%00.webp`],
      ["ab"],
      ["ab", name, "x"],
      ["cd", name],
    ]) {
      expect(uploadFileForSegments(segments)).toBeNull();
    }
  });
});
