"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/form";
import type { ActionResult } from "@/lib/auth/action.server";
import { primaryButton } from "@/components/styles";

export type StartSession = (raw: unknown) => Promise<ActionResult<{ sessionId: string }>>;

/** Starts a quiz session on the server and opens it; says why when it cannot. */
export function useStartSession() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  async function start(run: () => Promise<ActionResult<{ sessionId: string }>>) {
    setPending(true);
    setError(null);
    const result = await run().catch(() => ({ ok: false as const, error: "Could not reach the server. Please try again.", fieldErrors: undefined }));
    if (result.ok) {
      router.push(`/study/${result.data.sessionId}`);
      return;
    }
    setFieldErrors(result.fieldErrors ?? {});
    setError(result.error);
    setPending(false);
  }
  return { start, error, fieldErrors, pending };
}

export function StartButton({ action, label, pendingLabel = "Preparing…", payload = {} }: { action: StartSession; label: string; pendingLabel?: string; payload?: Record<string, unknown> }) {
  const { start, error, pending } = useStartSession();
  return (
    <div className="space-y-3">
      {error ? <FormAlert>{error}</FormAlert> : null}
      <button
        type="button"
        disabled={pending}
        onClick={() => void start(() => action(payload))}
        className={primaryButton}
      >
        {pending ? pendingLabel : label}
      </button>
    </div>
  );
}
