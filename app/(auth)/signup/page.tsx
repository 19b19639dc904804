import type { Metadata } from "next";
import { AuthCard } from "@/components/form";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <AuthCard
      title="Create an account"
      lead="Students practise with quizzes and flashcards; teachers build decks for their classes."
    >
      <SignUpForm />
    </AuthCard>
  );
}
