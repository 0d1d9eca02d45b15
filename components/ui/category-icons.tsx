import { createElement, type ReactNode } from "react";
import type { LucideIcon } from "lucide-react";
import Accessibility from "lucide-react/icons/accessibility";
import Apple from "lucide-react/icons/apple";
import Baby from "lucide-react/icons/baby";
import Backpack from "lucide-react/icons/backpack";
import Bed from "lucide-react/icons/bed";
import Bike from "lucide-react/icons/bike";
import BookOpen from "lucide-react/icons/book-open";
import Brain from "lucide-react/icons/brain";
import Briefcase from "lucide-react/icons/briefcase";
import Building from "lucide-react/icons/building";
import Bus from "lucide-react/icons/bus";
import Calendar from "lucide-react/icons/calendar";
import Car from "lucide-react/icons/car";
import Church from "lucide-react/icons/church";
import Clipboard from "lucide-react/icons/clipboard";
import Compass from "lucide-react/icons/compass";
import Dumbbell from "lucide-react/icons/dumbbell";
import Gamepad2 from "lucide-react/icons/gamepad-2";
import Globe from "lucide-react/icons/globe";
import GraduationCap from "lucide-react/icons/graduation-cap";
import HandHeart from "lucide-react/icons/hand-heart";
import Handshake from "lucide-react/icons/handshake";
import Heart from "lucide-react/icons/heart";
import Hospital from "lucide-react/icons/hospital";
import House from "lucide-react/icons/house";
import Languages from "lucide-react/icons/languages";
import Laptop from "lucide-react/icons/laptop";
import Leaf from "lucide-react/icons/leaf";
import MessageCircle from "lucide-react/icons/message-circle";
import Mic from "lucide-react/icons/mic";
import Music from "lucide-react/icons/music";
import Palette from "lucide-react/icons/palette";
import PawPrint from "lucide-react/icons/paw-print";
import PersonStanding from "lucide-react/icons/person-standing";
import Pill from "lucide-react/icons/pill";
import Puzzle from "lucide-react/icons/puzzle";
import Scale from "lucide-react/icons/scale";
import School from "lucide-react/icons/school";
import Shirt from "lucide-react/icons/shirt";
import Smile from "lucide-react/icons/smile";
import Sprout from "lucide-react/icons/sprout";
import Stethoscope from "lucide-react/icons/stethoscope";
import Sun from "lucide-react/icons/sun";
import Sunrise from "lucide-react/icons/sunrise";
import Theater from "lucide-react/icons/theater";
import TreePine from "lucide-react/icons/tree-pine";
import Trophy from "lucide-react/icons/trophy";
import Users from "lucide-react/icons/users";
import UsersRound from "lucide-react/icons/users-round";
import Utensils from "lucide-react/icons/utensils";
import Volleyball from "lucide-react/icons/volleyball";
import Wallet from "lucide-react/icons/wallet";

// The icons admins can give a category: a curated part of lucide-react (ISC licence), each imported
// from its own module so a page carries only these few SVGs, never the whole set (scripts/bundle-size.ts).
// Rendered on the server on the home page's tiles, so residents download no icon code at all.

export const CATEGORY_ICONS = {
  accessibility: Accessibility,
  apple: Apple,
  baby: Baby,
  backpack: Backpack,
  bed: Bed,
  bike: Bike,
  "book-open": BookOpen,
  brain: Brain,
  briefcase: Briefcase,
  building: Building,
  bus: Bus,
  calendar: Calendar,
  car: Car,
  church: Church,
  clipboard: Clipboard,
  compass: Compass,
  dumbbell: Dumbbell,
  "gamepad-2": Gamepad2,
  globe: Globe,
  "graduation-cap": GraduationCap,
  "hand-heart": HandHeart,
  handshake: Handshake,
  heart: Heart,
  hospital: Hospital,
  house: House,
  languages: Languages,
  laptop: Laptop,
  leaf: Leaf,
  "message-circle": MessageCircle,
  mic: Mic,
  music: Music,
  palette: Palette,
  "paw-print": PawPrint,
  "person-standing": PersonStanding,
  pill: Pill,
  puzzle: Puzzle,
  scale: Scale,
  school: School,
  shirt: Shirt,
  smile: Smile,
  sprout: Sprout,
  stethoscope: Stethoscope,
  sun: Sun,
  sunrise: Sunrise,
  theater: Theater,
  "tree-pine": TreePine,
  trophy: Trophy,
  users: Users,
  "users-round": UsersRound,
  utensils: Utensils,
  volleyball: Volleyball,
  wallet: Wallet,
} satisfies Record<string, LucideIcon>;

export type CategoryIconName = keyof typeof CATEGORY_ICONS;
export const CATEGORY_ICON_NAMES = Object.keys(CATEGORY_ICONS) as CategoryIconName[];

/** Names the first seed used before the icon set was chosen. */
const LEGACY_NAMES: Record<string, CategoryIconName> = {
  ball: "volleyball",
  cane: "accessibility",
  chat: "message-circle",
  family: "users-round",
  home: "house",
  stroller: "baby",
  tree: "tree-pine",
};

export function isCategoryIconName(name: unknown): name is CategoryIconName {
  return typeof name === "string" && Object.hasOwn(CATEGORY_ICONS, name);
}

/** The icon of a stored name (legacy names included); null for none or an unknown one. */
export function categoryIcon(name: string | null | undefined): LucideIcon | null {
  if (!name) return null;
  if (isCategoryIconName(name)) return CATEGORY_ICONS[name];
  const legacy = Object.hasOwn(LEGACY_NAMES, name) ? LEGACY_NAMES[name] : undefined;
  return legacy ? CATEGORY_ICONS[legacy] : null;
}

/** The icon of a stored name as an SVG (decorative: the category's name is always next to it), or `fallback`. */
export function CategoryIcon({
  name,
  className,
  fallback = null,
}: {
  name: string | null | undefined;
  className?: string;
  fallback?: ReactNode;
}) {
  const icon = categoryIcon(name);
  return icon ? createElement(icon, { className, "aria-hidden": true, ...({ "data-icon": name } as object) }) : fallback;
}
