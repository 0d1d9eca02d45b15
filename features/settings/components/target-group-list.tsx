"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { deleteTargetGroupAction, mergeTargetGroupAction, moveTargetGroupAction } from "../target-group-actions";
import type { AdminTargetGroup } from "../target-group-queries";
import { TargetGroupForm } from "./target-group-form";
import { TermRow } from "./term-row";

function displayName(group: AdminTargetGroup, locale: string): string {
  return group.names[locale as keyof AdminTargetGroup["names"]] ?? group.names.de ?? group.slug;
}

/**
 * The target groups in the portal's order: name, age range, usage (a link to the public search that
 * shows the offers), and for admins up/down, edit, delete (refused while in use) and merge.
 */
export function TargetGroupList({ targetGroups, readOnly }: { targetGroups: AdminTargetGroup[]; readOnly: boolean }) {
  const t = useTranslations("TargetGroupSettings");
  const locale = useLocale();
  const ageText = (group: AdminTargetGroup) =>
    group.ageMin !== null && group.ageMax !== null
      ? t("ageBoth", { min: group.ageMin, max: group.ageMax })
      : group.ageMin !== null
        ? t("ageFrom", { min: group.ageMin })
        : group.ageMax !== null
          ? t("ageUpTo", { max: group.ageMax })
          : null;
  if (targetGroups.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {targetGroups.map((group, index) => {
        const name = displayName(group, locale);
        const age = ageText(group);
        return (
          <TermRow
            key={group.id}
            name={name}
            first={index === 0}
            last={index === targetGroups.length - 1}
            readOnly={readOnly}
            summary={
              <div className="flex min-w-0 flex-1 flex-col">
                <span className="font-semibold">{name}</span>
                <span className="text-sm text-slate-700">
                  {age ? <>{age} · </> : null}
                  <Link href={{ pathname: "/offers", query: { zielgruppe: group.slug } }} className="underline">
                    {t("usageOffers", { count: group.usage.offers })}
                  </Link>
                </span>
              </div>
            }
            actions={{
              move: (direction) => () => moveTargetGroupAction(group.id, direction),
              remove: () => deleteTargetGroupAction(group.id),
              merge: (targetId) => () => mergeTargetGroupAction(group.id, targetId),
            }}
            mergeTargets={targetGroups.filter((g) => g.id !== group.id).map((g) => ({ id: g.id, name: displayName(g, locale) }))}
            mergeLabels={{
              into: t("mergeInto", { name }),
              choose: t("mergeChoose"),
              question: t("mergeQuestion", { name, offers: group.usage.offers }),
            }}
            editForm={(close) => <TargetGroupForm targetGroup={group} onDone={close} />}
          />
        );
      })}
    </ul>
  );
}
