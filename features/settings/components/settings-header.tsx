/** A settings page's heading and introduction. */
export function SettingsHeader({ title, intro }: { title: string; intro: string }) {
  return (
    <header className="flex flex-col gap-2">
      <h1 className="text-3xl font-bold text-brand-800">{title}</h1>
      <p className="text-slate-700">{intro}</p>
    </header>
  );
}
