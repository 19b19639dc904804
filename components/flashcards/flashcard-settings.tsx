"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/form";
import type { ActionResult } from "@/lib/auth/action.server";

/** The daily limit for new cards; the time zone comes from the browser (components/time-zone-sync.tsx). */
export function FlashcardSettings({ timeZone, dailyNewCards, save }: { timeZone: string; dailyNewCards: number; save: (raw: unknown) => Promise<ActionResult<null>> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const result = await save({ dailyNewCards: new FormData(event.currentTarget).get("dailyNewCards") }).catch(() => ({ ok: false as const, error: "Could not reach the server." }));
    if (!result.ok) return setError(result.error);
    setError(null);
    setSaved(true);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="mt-10 space-y-2" aria-labelledby="settings-heading">
      <h2 id="settings-heading" className="text-lg font-semibold">
        Settings
      </h2>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <label htmlFor="daily-new" className="block text-sm font-medium">
        New cards a day
      </label>
      <div className="flex items-center gap-2">
        <input
          id="daily-new"
          name="dailyNewCards"
          type="number"
          min={0}
          max={200}
          defaultValue={dailyNewCards}
          className="w-24 rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
        />
        <button type="submit" className="rounded-md border border-slate-400 px-4 py-2 font-semibold dark:border-slate-500">
          Save
        </button>
        {saved ? <span role="status">Saved.</span> : null}
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">Days end at midnight in your time zone ({timeZone}).</p>
    </form>
  );
}
