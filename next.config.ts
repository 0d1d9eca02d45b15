import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers";

// Messages are precompiled at build time: the browser then needs no ICU parser (intl-messageformat),
// which keeps next-intl's share of the first-load JS small (docs/PERFORMANCE.md, "Search page bundle").
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

const nextConfig: NextConfig = {
  // Native modules must stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "sharp"],
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders().filter((h) => h.key !== "Content-Security-Policy") }];
  },
};

export default withNextIntl(nextConfig);
