"use client";

import { signOutAndGo } from "@/lib/auth/auth-client";
import { FormAlert } from "@/components/form";
import { toolbarButton } from "@/components/styles";
import { useActionForm, type ServerAction } from "@/components/use-action-form";

/**
 * Ends every session of the account on the server, then this browser's cookie, and goes to sign
 * in. Needs JavaScript: next-auth clears the cookie from the browser.
 */
export function SignOutEverywhere({
  signOutAll,
  others,
}: {
  signOutAll: ServerAction<{ ended: number }>;
  others: number;
}) {
  const { error, pending, send } = useActionForm(signOutAll, {
    onSuccess: () => void signOutAndGo("/signin"),
  });
  return (
    <div className="space-y-2">
      {error ? <FormAlert>{error}</FormAlert> : null}
      <p className="text-slate-700 dark:text-slate-300">
        {others === 0
          ? "Only this browser is signed in."
          : `${others} other browser${others === 1 ? " is" : "s are"} signed in.`}{" "}
        Lost a phone or used a shared computer? Sign out everywhere, this browser included.
      </p>
      <button type="button" disabled={pending} onClick={() => send({})} className={toolbarButton.danger}>
        {pending ? "Signing out…" : "Sign out everywhere"}
      </button>
    </div>
  );
}
