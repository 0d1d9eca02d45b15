import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// The only Link, redirect and router the app uses: they know the localized pathnames.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
