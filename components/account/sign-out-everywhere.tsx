"use client";

import { useState } from "react";
import { leaveDevice, readyToLeave } from "./leave-device";
import { FormAlert } from "@/components/form";
import { toolbarButton } from "@/components/styles";
import { useActionForm, type ServerAction } from "@/components/use-action-form";

/**
 * Ends every session of the account on the server, then this browser's cookie, and goes to sign
 * in. Needs JavaScript: next-auth clears the cookie from the browser.
 */
export function SignOutEverywhere({
  userId,
  signOutAll,
  others,
}: {
  userId: string;
  signOutAll: ServerAction<{ ended: number }>;
  others: number;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const { error, pending, send } = useActionForm(signOutAll, {
    // Every session has ended on the server; this browser's cookie and saved data go too.
    onSuccess: async () => setProblem(await leaveDevice("/signin")),
  });
  return (
    <div className="space-y-2">
      {error || problem ? <FormAlert>{error ?? problem}</FormAlert> : null}
      <p className="text-slate-700 dark:text-slate-300">
        {others === 0
          ? "Only this browser is signed in."
          : `${others} other browser${others === 1 ? " is" : "s are"} signed in.`}{" "}
        Lost a phone or used a shared computer? Sign out everywhere, this browser included.
      </p>
      <button
        type="button"
        disabled={pending}
        onClick={async () => (await readyToLeave(userId)) && send({})}
        className={toolbarButton.danger}
      >
        {pending ? "Signing out…" : "Sign out everywhere"}
      </button>
    </div>
  );
}
