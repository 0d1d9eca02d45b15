import type { ButtonHTMLAttributes } from "react";

// The portal's buttons. Class names are exported too, for links and labels styled as buttons.

export const buttonClass =
  "self-start rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70 min-h-11";
export const smallButtonClass =
  "rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60";
export const dangerButtonClass =
  "rounded border border-red-700 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60";

const VARIANTS = { primary: buttonClass, secondary: smallButtonClass, danger: dangerButtonClass } as const;

export function Button({
  variant = "primary",
  type = "button",
  className,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS }) {
  return <button type={type} className={className ? `${VARIANTS[variant]} ${className}` : VARIANTS[variant]} {...props} />;
}
