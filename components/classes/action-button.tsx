"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/auth/action.server";

/** A button that runs one server action with a fixed payload, then refreshes the page; says why it failed. */
export function ActionButton({
  action,
  payload,
  label,
  pendingLabel,
  variant = "secondary",
  confirm,
}: {
  action: (raw: unknown) => Promise<ActionResult<null>>;
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
  const styles =
    variant === "danger"
      ? "border-red-600 text-red-800 hover:bg-red-50 dark:border-red-400 dark:text-red-200 dark:hover:bg-red-950"
      : "border-slate-400 hover:bg-slate-50 dark:border-slate-500 dark:hover:bg-slate-800";
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          if (confirm && !window.confirm(confirm)) return;
          setPending(true);
          const result = await action(payload).catch(() => ({ ok: false as const, error: "Could not reach the server." }));
          setPending(false);
          if (result.ok) {
            setError(null);
            router.refresh();
          } else setError(result.error);
        }}
        className={`rounded-md border px-3 py-1.5 text-sm font-semibold disabled:opacity-70 ${styles}`}
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
