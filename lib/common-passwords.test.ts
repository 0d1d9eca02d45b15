import { describe, expect, it } from "vitest";
import { NewPasswordSchema } from "@/features/accounts/schemas";
import { commonPasswordList, isCommonPassword } from "./common-passwords";

describe("common passwords", () => {
  it("ships a list of a few thousand entries including German ones", () => {
    const entries = commonPasswordList();
    expect(entries.length).toBeGreaterThan(3000);
    for (const german of ["passwort123", "hallo12345", "ichliebedich", "schatz12345", "fussball123"]) expect(entries).toContain(german);
  });

  it("compares case-insensitively and ignores surrounding spaces", () => {
    expect(isCommonPassword("Passwort123")).toBe(true);
    expect(isCommonPassword(" QWERTZ1234 ")).toBe(true);
    expect(isCommonPassword("Laterne Morgentau 42")).toBe(false);
  });

  it("is part of the rule for new passwords", () => {
    expect(NewPasswordSchema.safeParse("Passwort1234").error?.issues[0].message).toBe("passwordTooCommon");
    expect(NewPasswordSchema.safeParse("kurz").error?.issues[0].message).toBe("passwordTooShort");
    expect(NewPasswordSchema.safeParse("Laterne Morgentau 42").success).toBe(true);
  });
});
