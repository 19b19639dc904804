import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/action.server";

const unreachable = { ok: false as const, error: "Could not reach the server.", fieldErrors: undefined };

/**
 * A form's round trip to its server action: the message and field errors it returned, and
 * `pending` from the send until `onSuccess`'s navigation or refresh has finished (a transition),
 * so the button stays disabled and a double click sends once.
 */
export function useFormAction<T>(action: (raw: unknown) => Promise<ActionResult<T>>, onSuccess: (data: T) => void) {
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  function submit(input: unknown) {
    startTransition(async () => {
      const result = await action(input).catch(() => unreachable);
      setError(result.ok ? null : result.error);
      setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      if (result.ok) startTransition(() => onSuccess(result.data));
    });
  }

  return { error, fieldErrors, pending, submit };
}
