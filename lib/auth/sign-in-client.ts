"use client";

import { useRouter } from "next/navigation";
import { forgetSavedPages, sessionRole, signInWithPassword as signInThroughNextAuth } from "./auth-client";
import { homePathFor } from "@/lib/accounts/roles";
import { describeRetry, parseRateLimitedError } from "@/lib/security/rate-limit";
import { safeCallbackPath } from "./routes";
import { fail, ok, type Result } from "@/lib/result";

export const WRONG_CREDENTIALS_MESSAGE = "That email and password do not match an account.";

/** next-auth's error code (from signIn() or the ?error= of its redirects) in words. */
export function signInErrorMessage(error: string): string {
  const retryAt = parseRateLimitedError(error);
  if (retryAt) return `Too many failed sign-in attempts. ${describeRetry(retryAt, new Date())}`;
  if (error === "CredentialsSignin") return WRONG_CREDENTIALS_MESSAGE;
  if (error === "SessionRequired") return "Please sign in to continue.";
  return "Sign-in is unavailable right now. Please try again in a moment.";
}

/** Signs in through next-auth and says where to go next, or what went wrong, in words. */
async function signInWithPassword(
  email: string,
  password: string,
  callbackUrl: string | null,
): Promise<Result<{ destination: string }>> {
  const response = await signInThroughNextAuth(email, password);
  if (!response.ok || response.error) {
    return fail(
      "unauthenticated",
      signInErrorMessage(response.error ?? (response.status === 401 ? "CredentialsSignin" : "unknown")),
    );
  }
  await forgetSavedPages();
  const role = await sessionRole();
  const home = role ? homePathFor[role] : "/";
  return ok({ destination: safeCallbackPath(callbackUrl, home, window.location.origin) });
}

/** Signs in and, on success, navigates to the destination; a failure says why in words. */
export function useSignInAndGo() {
  const router = useRouter();
  return async (email: string, password: string, callbackUrl: string | null): Promise<Result<null>> => {
    const outcome = await signInWithPassword(email, password, callbackUrl);
    if (!outcome.ok) return outcome;
    router.replace(outcome.data.destination);
    router.refresh();
    return ok(null);
  };
}
