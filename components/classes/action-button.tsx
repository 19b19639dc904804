"use client";

import { useRouter } from "next/navigation";
import { toolbarButton } from "@/components/styles";
import { useActionForm, type ServerAction } from "@/components/use-action-form";

/**
 * A button that runs one server action with a fixed payload, then opens the page the action names
 * (a duplicate, the list after a delete) or refreshes this one; says why it failed.
 */
export function ActionButton({
  action,
  payload,
  label,
  accessibleName,
  pendingLabel,
  variant = "secondary",
  confirm,
}: {
  action: ServerAction<null | { href: string }>;
  payload: Record<string, unknown>;
  label: string;
  /** A fuller name for screen readers where the label repeats on a page; it starts with the label. */
  accessibleName?: string;
  pendingLabel: string;
  variant?: "secondary" | "danger";
  /** Asked before running, for what cannot be undone. */
  confirm?: string;
}) {
  const router = useRouter();
  const { error, pending, send } = useActionForm(action, {
    onSuccess: (next) => (next ? router.push(next.href) : router.refresh()),
  });
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        disabled={pending}
        aria-label={accessibleName}
        onClick={() => {
          if (!confirm || window.confirm(confirm)) send(payload);
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
