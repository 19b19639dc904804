"use client";

import { Notice } from "@/components/ui";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Notice code="Error" title="Something went wrong on our side">
      <p>
        Nothing you did caused this, and nothing was lost. Try again, and if it keeps happening, tell your teacher or
        administrator.
      </p>
      {error.digest ? (
        <p className="text-sm">
          Reference: <code>{error.digest}</code>
        </p>
      ) : null}
      <button
        type="button"
        onClick={reset}
        className="rounded-md bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700"
      >
        Try again
      </button>
    </Notice>
  );
}
