import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/helpers/db";
import { linkFrom, mailText, startSmtpServer, type TestSmtpServer } from "@/test/helpers/smtp";
import { renderMail, sendMail } from "./index";

describe("mail", () => {
  const db = useTestDatabase();

  describe("renderMail", () => {
    it("renders a localized template with its link and escapes values in the HTML", () => {
      const mail = renderMail("test", "en", { portal: "<b>Ann</b>", name: "<b>Ann</b>", url: "https://example.org/x?a=1&b=2" });
      expect(mail.subject).toBe("Hello <b>Ann</b>");
      expect(mail.text).toContain("https://example.org/x?a=1&b=2");
      expect(mail.html).toContain("&lt;b&gt;Ann&lt;/b&gt;");
      expect(mail.html).not.toContain("<b>Ann</b>");
    });

    it("makes links inside the texts clickable in the HTML, still escaped", () => {
      const mail = renderMail("test", "en", { name: "N", portal: `https://example.org/a?b=1&c=2 "><script>x</script>` });
      expect(mail.html).toContain('<a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a>');
      expect(mail.html).not.toContain("<script>");
      expect(mail.html).not.toMatch(/href="[^"]*"[^>]*"/);
    });

    it("falls back to German for unknown locales and refuses unknown templates", () => {
      expect(renderMail("test", "xx", { name: "A", portal: "P" }).subject).toBe("Hallo A");
      expect(() => renderMail("no-such-template", "de")).toThrow();
    });
  });

  describe("sendMail", () => {
    let smtp: TestSmtpServer;
    const previous = process.env.SMTP_URL;

    beforeAll(async () => {
      smtp = await startSmtpServer();
    });
    afterAll(async () => {
      // Assigning undefined would store the string "undefined", which env() rightly refuses.
      if (previous === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = previous;
      await smtp.close();
    });

    it("keeps the mail in the outbox when no SMTP server is configured", async () => {
      process.env.SMTP_URL = "";
      const result = await sendMail({ to: "ann@example.org", template: "test", params: { name: "Ann", url: "https://example.org/a" } });
      expect(result.status).toBe("STORED");
      const stored = await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id: result.id } });
      expect(stored).toMatchObject({ to: "ann@example.org", subject: "Hallo Ann", status: "STORED", template: "test" });
    });

    it("delivers over SMTP and records the mail as sent", async () => {
      process.env.SMTP_URL = smtp.url;
      const result = await sendMail({
        to: "Bob@Example.org",
        template: "test",
        locale: "en",
        params: { name: "Bob", url: "https://example.org/verify?token=abc" },
      });
      expect(result.status).toBe("SENT");
      const received = await smtp.waitForMail("bob@example.org");
      expect(mailText(received)).toContain("Hello Bob");
      expect(linkFrom(received, "verify")).toBe("https://example.org/verify?token=abc");
    });

    it("records a failed delivery instead of throwing", async () => {
      process.env.SMTP_URL = "smtp://127.0.0.1:9";
      const result = await sendMail({ to: "c@example.org", template: "test", params: { name: "C" } });
      expect(result.status).toBe("FAILED");
      expect((await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id: result.id } })).lastError).toBeTruthy();
    });
  });
});
