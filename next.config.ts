import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // Native modules must stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "sharp"],
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders().filter((h) => h.key !== "Content-Security-Policy") }];
  },
};

export default withNextIntl(nextConfig);
