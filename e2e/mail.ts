import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { E2E_MAIL_DIR } from "../scripts/lib/e2e-env";

// Mails the e2e server sent over SMTP to its own mailbox (scripts/lib/e2e-mail.ts).

export type ReceivedMail = { to: string[]; raw: string; text: string; subject: string };

function decode(raw: string): string {
  // Quoted-printable soft line breaks and escapes; UTF-8 byte sequences are reassembled.
  const bytes = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

function readMails(): ReceivedMail[] {
  if (!fs.existsSync(E2E_MAIL_DIR)) return [];
  return fs
    .readdirSync(E2E_MAIL_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const mail = JSON.parse(fs.readFileSync(path.join(E2E_MAIL_DIR, name), "utf8")) as { to: string[]; raw: string };
      const text = decode(mail.raw);
      const subject = text.match(/^Subject: (.*)$/m)?.[1] ?? "";
      return { ...mail, text, subject };
    });
}

/** The newest mail to `address` whose text matches `pattern`, waiting for it to arrive. */
export async function waitForMail(address: string, pattern: RegExp = /./): Promise<ReceivedMail> {
  const wanted = address.toLowerCase();
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      () => {
        found = readMails()
          .reverse()
          .find((mail) => mail.to.includes(wanted) && pattern.test(mail.text));
        return Boolean(found);
      },
      { message: `a mail to ${address} matching ${pattern}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

/** The first link in the mail containing `fragment` (e.g. the verification path). */
export function linkIn(mail: ReceivedMail, fragment: string): string {
  const link = mail.text.match(/https?:\/\/[^\s"<>]+/g)?.find((url) => url.includes(fragment));
  if (!link) throw new Error(`no link containing ${fragment} in the mail to ${mail.to.join(", ")}`);
  return link;
}
