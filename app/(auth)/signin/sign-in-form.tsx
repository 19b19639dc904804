"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { FormAlert, SubmitButton, TextField } from "@/components/form";
import { useActionForm } from "@/components/use-action-form";
import { signInErrorMessage, useSignInAndGo } from "@/lib/auth/sign-in-client";
import { fail, type Result } from "@/lib/result";

/** Needs JavaScript: next-auth signs in from the browser, then the page goes where it was asked to. */
export function SignInForm() {
  const signInAndGo = useSignInAndGo();
  const searchParams = useSearchParams();
  // next-auth's own redirects (e.g. an expired session) arrive with ?error=…
  const redirectError = searchParams.get("error");

  /** Called with the form's fields as a server action would be (they come second). */
  async function signInWith(_input: unknown, fields?: FormData): Promise<Result<null>> {
    return signInAndGo(
      String(fields?.get("email") ?? ""),
      String(fields?.get("password") ?? ""),
      searchParams.get("callbackUrl"),
    );
  }
  const { form, error, pending } = useActionForm(signInWith, {
    initialFailure: redirectError ? fail("unauthenticated", signInErrorMessage(redirectError)) : undefined,
  });

  return (
    // method="post" keeps the password out of the address bar if it is sent before the page is interactive.
    <form onSubmit={form.onSubmit} method="post" className="space-y-4" aria-label="Sign in">
      {error ? <FormAlert>{error}</FormAlert> : null}
      <TextField label="Email" name="email" type="email" autoComplete="email" maxLength={254} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" maxLength={200} />
      <SubmitButton pending={pending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        New here?{" "}
        <Link href="/signup" className="font-semibold text-brand-700 underline dark:text-brand-300">
          Create an account
        </Link>
      </p>
    </form>
  );
}
