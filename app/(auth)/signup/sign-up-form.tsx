"use client";

import Link from "next/link";
import { FormAlert, SubmitButton, TextField } from "@/components/form";
import { NewPasswordField } from "@/components/account/new-password-field";
import { useActionForm } from "@/components/use-action-form";
import { roleLabels, roles } from "@/lib/accounts/roles";
import { useSignInAndGo } from "@/lib/auth/sign-in-client";
import { fail, type Result } from "@/lib/result";
import { signUp } from "./actions";

/**
 * Needs JavaScript: the account is created by the server action, then next-auth signs in from the
 * browser (without it the account would exist but nobody would be signed in).
 */
export function SignUpForm() {
  const signInAndGo = useSignInAndGo();

  /** Called with the form's fields as a server action would be (they come second). */
  async function signUpAndSignIn(_input: unknown, fields?: FormData): Promise<Result<null>> {
    const created = await signUp(null, fields);
    if (!created.ok) return created;
    // The account exists now; if signing in fails (e.g. throttled), say so and keep the form.
    const signedIn = await signInAndGo(String(fields?.get("email") ?? ""), String(fields?.get("password") ?? ""), null);
    return signedIn.ok
      ? created
      : fail(signedIn.code, `Your account was created, but signing in failed: ${signedIn.error}`);
  }
  const { form, error, fieldErrors, pending } = useActionForm(signUpAndSignIn);

  return (
    <form onSubmit={form.onSubmit} method="post" className="space-y-4" aria-label="Create account">
      {error ? <FormAlert>{error}</FormAlert> : null}
      <TextField label="Name" name="name" autoComplete="name" maxLength={80} error={fieldErrors.name} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        maxLength={254}
        error={fieldErrors.email}
      />
      <NewPasswordField name="password" error={fieldErrors.password} />
      <fieldset aria-describedby={fieldErrors.role ? "field-role-error" : undefined}>
        <legend className="text-sm font-medium">I am a</legend>
        <div className="mt-2 grid grid-cols-2 gap-2">
          {roles.map((role) => (
            <label
              key={role}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-400 px-3 py-2 has-checked:border-brand-600 has-checked:bg-brand-50 dark:border-slate-500 dark:has-checked:border-brand-300 dark:has-checked:bg-slate-800"
            >
              <input
                type="radio"
                name="role"
                value={role}
                defaultChecked={role === "student"}
                className="accent-brand-600"
              />
              {roleLabels[role]}
            </label>
          ))}
        </div>
        {fieldErrors.role ? (
          <p id="field-role-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
            {fieldErrors.role}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pending={pending} pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Already have an account?{" "}
        <Link href="/signin" className="font-semibold text-brand-700 underline dark:text-brand-300">
          Sign in
        </Link>
      </p>
    </form>
  );
}
