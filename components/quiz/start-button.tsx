"use client";

import { useRouter } from "next/navigation";
import { FormAlert } from "@/components/form";
import { primaryButton } from "@/components/styles";
import { useActionForm, type ServerAction } from "@/components/use-action-form";

export type StartSession = ServerAction<{ sessionId: string }>;

/** Starts a quiz session on the server and opens it; says why when it cannot. */
export function useStartSession(start: StartSession) {
  const router = useRouter();
  return useActionForm(start, { onSuccess: ({ sessionId }) => router.push(`/study/${sessionId}`) });
}

export function StartButton({
  action,
  label,
  pendingLabel = "Preparing…",
  payload = {},
}: {
  action: StartSession;
  label: string;
  pendingLabel?: string;
  payload?: Record<string, unknown>;
}) {
  const { send, error, pending } = useStartSession(action);
  return (
    <div className="space-y-3">
      {error ? <FormAlert>{error}</FormAlert> : null}
      <button type="button" disabled={pending} onClick={() => send(payload)} className={primaryButton}>
        {pending ? pendingLabel : label}
      </button>
    </div>
  );
}
