"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/auth/action.server";
import { toolbarButton } from "@/components/styles";

/**
 * A button that runs one server action with a fixed payload, then opens the page the action names
 * (a duplicate, the list after a delete) or refreshes this one; says why it failed.
 */
export function ActionButton({
  action,
  payload,
  label,
  pendingLabel,
  variant = "secondary",
  confirm,
}: {
  action: (raw: unknown) => Promise<ActionResult<null | { href: string }>>;
  payload: Record<string, unknown>;
  label: string;
  pendingLabel: string;
  variant?: "secondary" | "danger";
  /** Asked before running, for what cannot be undone. */
  confirm?: string;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          if (confirm && !window.confirm(confirm)) return;
          setPending(true);
          const result = await action(payload).catch(() => ({ ok: false as const, error: "Could not reach the server." }));
          if (result.ok && result.data) return router.push(result.data.href);
          setPending(false);
          if (result.ok) {
            setError(null);
            router.refresh();
          } else setError(result.error);
        }}
        className={toolbarButton[variant]}
      >
        {pending ? pendingLabel : label}
      </button>
      {error ? (
        <span role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </span>
      ) : null}
    </span>
  );
}
