import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { AuthCard } from "@/components/form";
import { getCurrentUser } from "@/lib/auth/session.server";
import { homePathFor } from "@/lib/accounts/roles";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor[user.role]);
  return (
    <AuthCard title="Sign in" lead="Welcome back. Pick up where you left off.">
      <Suspense>
        <SignInForm />
      </Suspense>
    </AuthCard>
  );
}
