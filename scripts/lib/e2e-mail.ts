import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

// The e2e server's mailbox: an SMTP listener on localhost that stores each received mail as one
// JSON file ({to, raw}) in `dir`. Specs poll the folder (e2e/mail.ts).

export async function startMailbox(port: number, dir: string): Promise<SMTPServer> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        count += 1;
        const mail = { to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), raw: Buffer.concat(chunks).toString("utf8") };
        const file = path.join(dir, `${Date.now()}-${String(count).padStart(5, "0")}.json`);
        fs.writeFileSync(`${file}.tmp`, JSON.stringify(mail));
        fs.renameSync(`${file}.tmp`, file);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return server;
}
