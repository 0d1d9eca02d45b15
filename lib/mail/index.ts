import fs from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { IntlMessageFormat } from "intl-messageformat";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { textDirection } from "@/lib/text-direction";
import { routing, type Locale } from "@/i18n/routing";

// Outgoing e-mail. With SMTP_URL set, mails go out through nodemailer; without it they are kept in
// the EmailOutbox table (status STORED), where admins read them in the browser — so the demo and a
// fresh installation work without a mail server. Every mail, sent or not, is recorded in the outbox.
//
// Texts are localized: template `<name>` reads the keys `Emails.<name>.subject`, `.intro`, optional
// `.action` (label of the link `params.url`) and `.outro` from messages/<locale>.json, with the same
// ICU placeholders as the UI. Messages are read from the JSON files (not through next-intl's
// request config), so mails can be sent from server actions, scripts and tests alike.

export type MailTemplate = string;

export type MailRequest = {
  to: string;
  template: MailTemplate;
  locale?: string;
  /** ICU values for the template; `url` is the link shown as the action. */
  params?: Record<string, string | number>;
};

export type RenderedMail = { subject: string; text: string; html: string };
export type MailResult = { id: number; status: "SENT" | "STORED" | "FAILED" };

const messageCache = new Map<string, Record<string, unknown>>();

function messagesFor(locale: Locale): Record<string, unknown> {
  let messages = messageCache.get(locale);
  if (!messages) {
    messages = JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Record<string, unknown>;
    if (env().NODE_ENV === "production") messageCache.set(locale, messages);
  }
  return messages;
}

function mailLocale(locale: string | undefined): Locale {
  return (routing.locales as readonly string[]).includes(locale ?? "") ? (locale as Locale) : routing.defaultLocale;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Subject, plain text and simple HTML of a template in a locale. Values are escaped in the HTML. */
export function renderMail(template: MailTemplate, locale: string | undefined, params: Record<string, string | number> = {}): RenderedMail {
  const resolved = mailLocale(locale);
  const messages = messagesFor(resolved);
  // Formatted with intl-messageformat directly: inside Next.js, next-intl's `precompile` option
  // swaps use-intl's formatter for one that only understands precompiled messages, so
  // createTranslator would return these raw JSON strings with their {placeholders} unfilled.
  const emails = (messages.Emails ?? {}) as Record<string, unknown>;
  const lookup = (key: string): string | undefined => {
    const value = key
      .split(".")
      .reduce<unknown>(
        (node, segment) => (node && typeof node === "object" ? (node as Record<string, unknown>)[segment] : undefined),
        emails,
      );
    return typeof value === "string" ? value : undefined;
  };
  const t = Object.assign(
    (key: string, values?: Record<string, string | number>) => String(new IntlMessageFormat(lookup(key)!, resolved).format(values)),
    {
      has: (key: string) => lookup(key) !== undefined,
    },
  );
  const part = (key: string) => (t.has(`${template}.${key}`) ? t(`${template}.${key}`, params) : null);
  const subject = part("subject");
  const intro = part("intro");
  if (!subject || !intro) throw new Error(`Unknown mail template "${template}"`);
  const action = params.url ? part("action") : null;
  const outro = part("outro");
  const signature = t.has("signature") ? t("signature", params) : "";

  const paragraphs = [intro, action ? `${action}:\n${params.url}` : null, outro, signature].filter((p): p is string => !!p);
  const text = paragraphs.join("\n\n") + "\n";
  // Links inside the texts (lists of offers with their own links) are clickable in the HTML part too.
  const htmlText = (value: string) =>
    escapeHtml(value)
      .replace(/https?:\/\/[^\s<>"']+/g, (url) => `<a href="${url}">${url}</a>`)
      .replace(/\n/g, "<br>");
  const htmlParagraphs = [
    `<p>${htmlText(intro)}</p>`,
    action ? `<p><a href="${escapeHtml(String(params.url))}">${escapeHtml(action)}</a></p>` : "",
    outro ? `<p>${htmlText(outro)}</p>` : "",
    signature ? `<p>${escapeHtml(signature).replace(/\n/g, "<br>")}</p>` : "",
  ].join("");
  const html = `<!doctype html><html lang="${resolved}" dir="${textDirection(resolved)}"><body style="font-family:sans-serif;line-height:1.5">${htmlParagraphs}</body></html>`;
  return { subject, text, html };
}

let transport: { url: string; transporter: Transporter } | undefined;

function transporterFor(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

/**
 * Renders and delivers a mail (see the module comment). Never throws for delivery problems: a
 * failed SMTP delivery is recorded as FAILED (and logged without the address); callers that must
 * tell the user can look at the returned status. Call it after the transaction that caused it.
 */
export async function sendMail(request: MailRequest): Promise<MailResult> {
  const locale = mailLocale(request.locale);
  const settings = await prisma.settings.findUnique({ where: { id: 1 }, select: { portalName: true, municipalityName: true } });
  const params = { portal: settings?.portalName ?? "Chancenportal", municipality: settings?.municipalityName ?? "", ...request.params };
  const mail = renderMail(request.template, locale, params);
  const smtpUrl = env().SMTP_URL;
  const record = await prisma.emailOutbox.create({
    data: {
      to: request.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      locale,
      template: request.template,
      status: smtpUrl ? "QUEUED" : "STORED",
    },
    select: { id: true },
  });
  if (!smtpUrl) return { id: record.id, status: "STORED" };

  try {
    await transporterFor(smtpUrl).sendMail({
      from: env().MAIL_FROM,
      to: request.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
    await prisma.emailOutbox.update({ where: { id: record.id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 } } });
    return { id: record.id, status: "SENT" };
  } catch (error) {
    logger.error("mail delivery failed", { template: request.template, error });
    const message = error instanceof Error ? error.message.slice(0, 500) : "unknown error";
    await prisma.emailOutbox.update({
      where: { id: record.id },
      data: { status: "FAILED", lastError: message, attempts: { increment: 1 } },
    });
    return { id: record.id, status: "FAILED" };
  }
}
