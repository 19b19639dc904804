import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/form";
import { getCurrentUser } from "@/lib/auth/session.server";
import { homePathFor } from "@/lib/accounts/roles";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor[user.role]);
  return (
    <AuthCard title="Create an account" lead="Students practise with quizzes and flashcards; teachers build decks for their classes.">
      <SignUpForm />
    </AuthCard>
  );
}
