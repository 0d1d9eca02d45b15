type LooseTranslator = { (key: string, values?: Record<string, string>): string; has(key: string): boolean };

/** The translated label of an AuditLog action ("offer.update"), or the generic one for unknown actions. */
export function auditActionLabel(translator: unknown, action: string): string {
  // Audit actions are open-ended strings, so the keys cannot be typed; unknown ones get the generic label.
  const t = translator as LooseTranslator;
  const key = `auditAction.${action}`;
  return /^[a-zA-Z]+\.[a-zA-Z]+$/.test(action) && t.has(key) ? t(key) : t("auditAction.other", { action });
}
