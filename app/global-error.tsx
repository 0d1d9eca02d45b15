"use client";

import "./globals.css";

// Replaces the root layout when even the layout failed (e.g. the database is down), so no
// translations or settings are available: a minimal page in German and English.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : null;
  return (
    <html lang="de">
      <body className="bg-white font-sans text-slate-900 antialiased">
        <title>Fehler · Error</title>
        <main className="mx-auto max-w-2xl px-4 py-16 text-center">
          <h1 className="text-3xl font-bold text-brand-800">Etwas ist schiefgelaufen</h1>
          <p className="mt-4 text-slate-700">Bitte versuchen Sie es erneut oder später noch einmal.</p>
          <div lang="en" className="mt-8 border-t border-slate-200 pt-8">
            <h2 className="text-2xl font-bold text-brand-800">Something went wrong</h2>
            <p className="mt-4 text-slate-700">Please try again, now or later.</p>
          </div>
          {digest ? <p className="mt-6 text-sm text-slate-600">Fehlerkennung / Error reference: {digest}</p> : null}
          <div className="mt-8 flex flex-wrap justify-center gap-3">
            <button
              type="button"
              onClick={() => retry()}
              className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              Erneut versuchen <span lang="en">· Try again</span>
            </button>
            {/* A full page load: the client router may be what broke. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="rounded border border-slate-300 px-4 py-2 font-semibold text-brand-700 hover:bg-slate-100">
              Zur Startseite <span lang="en">· Home page</span>
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
