import type { Metadata } from "next";

export const metadata: Metadata = { title: "Seite nicht gefunden · Page not found" };

// For paths outside any locale (the proxy sends every page path into one, so mostly /api/… and
// files). No locale is known here, so the page speaks German and English; it brings its own
// <html> because the root layout leaves that to app/[locale]/layout.tsx.
export default function RootNotFound() {
  return (
    <html lang="de">
      <body className="bg-white font-sans text-slate-900 antialiased">
        <main className="mx-auto max-w-2xl px-4 py-16 text-center">
          <p className="text-sm font-semibold text-brand-700">404</p>
          <h1 className="mt-2 text-3xl font-bold text-brand-800">Seite nicht gefunden</h1>
          <p className="mt-4 text-slate-700">Die Seite, die Sie aufrufen wollten, gibt es nicht oder nicht mehr.</p>
          <div lang="en" className="mt-8 border-t border-slate-200 pt-8">
            <h2 className="text-2xl font-bold text-brand-800">Page not found</h2>
            <p className="mt-4 text-slate-700">The page you were looking for does not exist or no longer exists.</p>
          </div>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the home page redirects to the visitor's language */}
          <a href="/" className="mt-8 inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Zur Startseite <span lang="en">· Home page</span>
          </a>
        </main>
      </body>
    </html>
  );
}
