import type { Metadata } from "next";
import type { ReactNode } from "react";

// Personal pages: never indexed. Access is checked by each page and action, not here.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AccountAreaLayout({ children }: { children: ReactNode }) {
  return children;
}
