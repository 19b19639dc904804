"use client";

import "./globals.css";

// Replaces the root layout when it fails itself, so it brings its own <html>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="grid min-h-screen place-items-center p-6">
        <main className="max-w-lg text-center">
          <h1 className="text-3xl font-bold">Sourcebound is having trouble</h1>
          <p className="mt-4">The page could not be shown. Please try again in a moment.</p>
          {error.digest ? <p className="mt-2 text-sm">Reference: {error.digest}</p> : null}
          <button
            type="button"
            onClick={reset}
            className="mt-6 rounded-md bg-brand-600 px-4 py-2.5 font-semibold text-white"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
