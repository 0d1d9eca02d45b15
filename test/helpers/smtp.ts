import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

// A real SMTP listener on localhost for tests: mails sent through nodemailer arrive here and can be
// read back (verification and reset links are taken from the received text).

export type ReceivedMail = { to: string[]; raw: string };

export type TestSmtpServer = {
  url: string;
  port: number;
  mails: ReceivedMail[];
  /** Resolves with the first mail to `address` (waits up to `timeoutMs`). */
  waitForMail(address: string, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
};

export async function startSmtpServer(port = 0): Promise<TestSmtpServer> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actualPort = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    mails,
    async waitForMail(address, timeoutMs = 10_000) {
      const wanted = address.toLowerCase();
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = mails.find((m) => m.to.includes(wanted));
        if (found) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no mail to ${address} within ${timeoutMs} ms`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The decoded text of a received mail (quoted-printable soft breaks and escapes undone). */
export function mailText(mail: ReceivedMail): string {
  return mail.raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The first link in a mail's text that contains `fragment`. */
export function linkFrom(mail: ReceivedMail, fragment: string): string {
  const link = mailText(mail)
    .match(/https?:\/\/[^\s"<>]+/g)
    ?.find((url) => url.includes(fragment));
  if (!link) throw new Error(`no link containing "${fragment}" in mail`);
  return link;
}
