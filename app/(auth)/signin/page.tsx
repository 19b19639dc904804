import type { Metadata } from "next";
import { Suspense } from "react";
import { AuthCard } from "@/components/form";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <AuthCard title="Sign in" lead="Welcome back. Pick up where you left off.">
      <Suspense>
        <SignInForm />
      </Suspense>
    </AuthCard>
  );
}
