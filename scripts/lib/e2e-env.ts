import { sqliteUrl } from "./paths";

// Shared by playwright.config.ts, scripts/e2e-server.ts and e2e/fixtures.ts: one server, one database.
export const E2E_PORT = Number(process.env.E2E_PORT) || 3210;
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATABASE_URL = sqliteUrl("data/e2e.db");
// A fixed secret: end-to-end runs need a production server, which refuses to start without one.
export const E2E_AUTH_SECRET = "e2e-only-secret-never-used-in-production-0123456789";
// A real SMTP listener inside the e2e server process (scripts/lib/e2e-mail.ts) receives every mail
// the portal sends during a run and writes it to E2E_MAIL_DIR, where specs read links from them.
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT) || E2E_PORT + 1;
export const E2E_MAIL_DIR = "data/e2e-mail";
// A LibreTranslate-speaking stub inside the e2e server process (scripts/lib/e2e-translate.ts): the
// run's TRANSLATE_URL, so the forms show "Vorschlag übersetzen" (issue 14).
export const E2E_TRANSLATE_PORT = Number(process.env.E2E_TRANSLATE_PORT) || E2E_PORT + 2;
