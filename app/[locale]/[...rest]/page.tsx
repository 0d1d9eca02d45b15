import { notFound } from "next/navigation";

// Unknown paths inside a locale render app/[locale]/not-found.tsx — inside the localized layout
// with header and footer — instead of the bare root 404.
export default function UnknownPage() {
  notFound();
}
