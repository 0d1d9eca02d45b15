import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// Each boundary rule of eslint.config.mjs, run on a deliberately bad snippet placed at a virtual
// path (the files do not exist; ESLint applies the config by path), and on a good one.

const root = fileURLToPath(new URL("..", import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
}, 60_000);

async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe("lint boundaries", () => {
  it("keeps the db client out of pages, route handlers and components", async () => {
    const code = 'import { prisma } from "@/lib/db";\nexport const n = prisma;\n';
    expect(await rulesHit("app/[locale]/(public)/bad/page.tsx", code)).toContain("no-restricted-imports");
    expect(await rulesHit("app/api/bad/route.ts", code)).toContain("no-restricted-imports");
    expect(await rulesHit("features/offers/components/bad.tsx", code)).toContain("no-restricted-imports");
    expect(await rulesHit("components/ui/bad.tsx", code)).toContain("no-restricted-imports");
    expect(await rulesHit("features/offers/bad-queries.ts", code)).not.toContain("no-restricted-imports");
  }, 60_000);

  it("keeps components/ from importing features", async () => {
    const code = 'import { getSettings } from "@/features/settings/queries";\nexport const s = getSettings;\n';
    expect(await rulesHit("components/layout/bad.tsx", code)).toContain("no-restricted-imports");
    expect(
      await rulesHit("components/ui/bad.tsx", 'import { x } from "../../features/settings/queries";\nexport const y = x;\n'),
    ).toContain("no-restricted-imports");
    expect(await rulesHit("app/[locale]/bad/page.tsx", code)).not.toContain("no-restricted-imports");
  }, 60_000);

  it("reads the environment only in lib/env.ts (scripts, tests and tool configs exempt)", async () => {
    const code = "export const url = process.env.SMTP_URL;\n";
    expect(await rulesHit("features/accounts/bad.ts", code)).toContain("boundaries/no-process-env");
    expect(await rulesHit("lib/bad.ts", code)).toContain("boundaries/no-process-env");
    expect(await rulesHit("app/api/bad/route.ts", code)).toContain("boundaries/no-process-env");
    expect(await rulesHit("lib/env.ts", code)).not.toContain("boundaries/no-process-env");
    expect(await rulesHit("scripts/bad.ts", code)).not.toContain("boundaries/no-process-env");
  }, 60_000);

  it("refuses an import that closes a cycle between feature folders", async () => {
    // offers imports search (the index, the cards), so search may not import offers back.
    expect(
      await rulesHit(
        "features/search/bad.ts",
        'import { createOfferFor } from "@/features/offers/mutations";\nexport const f = createOfferFor;\n',
      ),
    ).toContain("boundaries/no-feature-cycles");
    // Through others too: users -> team -> accounts, so accounts may not import users.
    expect(
      await rulesHit(
        "features/accounts/bad.ts",
        'import type { StaffInviteInput } from "@/features/users/schemas";\nexport type T = StaffInviteInput;\n',
      ),
    ).toContain("boundaries/no-feature-cycles");
    expect(
      await rulesHit(
        "features/offers/good.ts",
        'import { publishedOffersWhere } from "@/features/search/visibility";\nexport const w = publishedOffersWhere;\n',
      ),
    ).not.toContain("boundaries/no-feature-cycles");
  }, 60_000);

  it("keeps permission predicates in permissions.ts files", async () => {
    const code =
      'import type { SessionUser } from "@/features/accounts/types";\nexport function canModerate(user: SessionUser | null): boolean {\n  return !!user;\n}\n';
    expect(await rulesHit("features/moderation/organization-status.ts", code)).toContain("boundaries/permissions-in-permissions-files");
    expect(await rulesHit("features/moderation/permissions.ts", code)).not.toContain("boundaries/permissions-in-permissions-files");
  }, 60_000);
});
