import type { Metadata } from "next";
import { after } from "next/server";
import { notFound, redirect } from "next/navigation";
import { QuestionRunner } from "@/components/quiz/question-runner";
import { BackLink } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { finishIfComplete, sessionForStudent } from "@/lib/study/sessions.server";
import { feedInTurn } from "@/lib/scheduling/cards.server";
import { formatInZone } from "@/lib/dates";
import { answerQuestion } from "../actions";

type Props = { params: Promise<{ sessionId: string }> };

export const metadata: Metadata = { title: "Quiz" };

/** The first unanswered question of the student's own session; a finished session goes to its results. */
export default async function QuizPage({ params }: Props) {
  const user = await requireRole("student");
  const { sessionId } = await params;
  const session = await sessionForStudent(user.id, sessionId);
  if (!session) notFound();
  // The render only reads; a session whose last answers raced is marked finished after it, and
  // answers its policy kept hidden until then feed the flashcards.
  if (session.finishPending) {
    after(async () => {
      if (await finishIfComplete(session.id)) await feedInTurn(user.id);
    });
  }
  // A finished quiz, or an assignment past its due date, shows what was answered.
  if (!session.current) redirect(`/study/${session.id}/results`);
  return (
    <div className="mx-auto max-w-2xl">
      <BackLink href="/study">Study</BackLink>
      <h1 className="text-2xl font-bold tracking-tight">{session.title}</h1>
      {session.assignment ? (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Assignment · due {formatInZone(session.assignment.dueAt, user.timeZone)}
          {session.assignment.window === "late" ? " · the due date has passed: your answers are marked late" : ""}
        </p>
      ) : null}
      <div className="mb-6" />
      <QuestionRunner
        key={session.current.questionId}
        sessionId={session.id}
        question={session.current}
        submit={answerQuestion}
      />
    </div>
  );
}
