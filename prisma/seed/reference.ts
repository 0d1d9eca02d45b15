import type { PrismaClient } from "@/generated/prisma/client";
import { DEMO_USERS } from "./data/demo-users";
import { DISTRICTS, MAP_CENTER } from "./data/districts";
import { LEGAL_TEXTS, SETTINGS_SEED } from "./data/legal";
import { LEGAL_TRANSLATIONS } from "./data/legal-translations";
import { CATEGORIES, TARGET_GROUPS } from "./data/taxonomies";
import { CATEGORY_TRANSLATIONS, TARGET_GROUP_TRANSLATIONS, type TaxonomyTranslation } from "./data/taxonomy-translations";

/** The English name plus every further interface language that has a translation. */
function nameTranslations(nameEn: string, more: TaxonomyTranslation | undefined): { locale: string; name: string }[] {
  return [{ locale: "en", name: nameEn }, ...Object.entries(more ?? {}).map(([locale, name]) => ({ locale, name }))];
}

// Reference data goes through Prisma: a few hundred rows, and the typed client guards the shape.

export type ReferenceIds = {
  districtIds: Map<string, number>;
  categoryIds: Map<string, number>;
  targetGroupIds: Map<string, number>;
  demoUserIds: Map<string, number>;
};

export async function seedReferenceData(
  prisma: PrismaClient,
  { passwordHash, now }: { passwordHash: string; now: Date },
): Promise<ReferenceIds> {
  // The app creates a default Settings row on first read, so it may exist already.
  const settings = {
    ...SETTINGS_SEED,
    mapCenterLat: MAP_CENTER.lat,
    mapCenterLng: MAP_CENTER.lng,
    mapZoom: MAP_CENTER.zoom,
    termsVersion: 1,
  };
  await prisma.settings.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: settings });
  for (const text of [...LEGAL_TEXTS, ...LEGAL_TRANSLATIONS]) {
    // Legal texts an admin already wrote are kept.
    await prisma.legalText.upsert({
      where: { kind_locale: { kind: text.kind, locale: text.locale } },
      create: { ...text, version: 1 },
      update: {},
    });
  }

  const districtIds = new Map<string, number>();
  for (const [position, district] of DISTRICTS.entries()) {
    const created = await prisma.district.create({
      data: {
        slug: district.slug,
        name: district.name,
        centroidLat: district.lat,
        centroidLng: district.lng,
        position,
        translations: district.nameEn ? { create: { locale: "en", name: district.nameEn } } : undefined,
        postalCodes: {
          create: district.postalCodes.map((p) => ({ code: p.code, city: "Musterstadt", centroidLat: p.lat, centroidLng: p.lng })),
        },
      },
    });
    districtIds.set(district.slug, created.id);
  }

  const categoryIds = new Map<string, number>();
  for (const [position, root] of CATEGORIES.entries()) {
    const parent = await prisma.category.create({
      data: {
        slug: root.slug,
        name: root.name,
        color: root.color,
        icon: root.icon,
        position,
        translations: { create: nameTranslations(root.nameEn, CATEGORY_TRANSLATIONS[root.slug]) },
      },
    });
    categoryIds.set(root.slug, parent.id);
    for (const [childPosition, child] of root.children.entries()) {
      const created = await prisma.category.create({
        data: {
          slug: child.slug,
          name: child.name,
          parentId: parent.id,
          color: root.color,
          icon: child.icon,
          position: childPosition,
          translations: { create: nameTranslations(child.nameEn, CATEGORY_TRANSLATIONS[child.slug]) },
        },
      });
      categoryIds.set(child.slug, created.id);
    }
  }

  const targetGroupIds = new Map<string, number>();
  for (const [position, group] of TARGET_GROUPS.entries()) {
    const created = await prisma.targetGroup.create({
      data: {
        slug: group.slug,
        name: group.name,
        ageMin: group.ageMin ?? null,
        ageMax: group.ageMax ?? null,
        position,
        translations: { create: nameTranslations(group.nameEn, TARGET_GROUP_TRANSLATIONS[group.slug]) },
      },
    });
    targetGroupIds.set(group.slug, created.id);
  }

  const demoUserIds = new Map<string, number>();
  const accountCreatedAt = new Date(now.getTime() - 400 * 86_400_000);
  for (const user of DEMO_USERS) {
    const created = await prisma.user.create({
      data: {
        email: user.email,
        name: user.name,
        passwordHash,
        role: user.role,
        emailVerifiedAt: accountCreatedAt,
        termsAcceptedVersion: 1,
        termsAcceptedAt: accountCreatedAt,
        disabledAt: user.disabled ? new Date(now.getTime() - 30 * 86_400_000) : null,
        createdAt: accountCreatedAt,
        updatedAt: accountCreatedAt,
      },
    });
    demoUserIds.set(user.email, created.id);
  }

  return { districtIds, categoryIds, targetGroupIds, demoUserIds };
}
