"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert, TextField } from "@/components/form";
import type { ActionResult } from "@/lib/auth/action.server";

/** A student types the code the teacher shows; says which class they joined. */
export function JoinClassForm({ join }: { join: (raw: unknown) => Promise<ActionResult<{ className: string; already: boolean }>> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [joined, setJoined] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    const result = await join({ code: new FormData(form).get("code") }).catch(() => ({ ok: false as const, error: "Could not reach the server." }));
    setPending(false);
    if (!result.ok) {
      setJoined(null);
      return setError(result.error);
    }
    setError(null);
    setJoined(result.data.already ? `You are already in ${result.data.className}.` : `You joined ${result.data.className}.`);
    form.reset();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="join-heading" className="max-w-sm space-y-3">
      <h2 id="join-heading" className="text-xl font-bold">
        Join a class
      </h2>
      {error ? <FormAlert>{error}</FormAlert> : null}
      {joined ? (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
          {joined}
        </p>
      ) : null}
      <TextField label="Join code" name="code" maxLength={12} hint="Six letters and digits, as your teacher shows it (ACD-EFG)." />
      <button type="submit" disabled={pending} className="rounded-md border border-slate-400 px-4 py-2 font-semibold disabled:opacity-70 dark:border-slate-500">
        {pending ? "Joining…" : "Join"}
      </button>
    </form>
  );
}
