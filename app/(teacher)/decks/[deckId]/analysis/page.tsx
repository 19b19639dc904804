import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuestionAnalysisList } from "@/components/assignments/question-analysis";
import { BackLink, PageHeader } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { deckAnalyticsForTeacher } from "@/lib/assignments/gradebook.server";

export const metadata: Metadata = { title: "Deck analysis" };

export default async function DeckAnalysisPage({ params }: { params: Promise<{ deckId: string }> }) {
  const user = await requireRole("teacher");
  const analysis = await deckAnalyticsForTeacher(user.id, (await params).deckId);
  if (!analysis) notFound();
  const { deck, assignments, questions } = analysis;
  const answers = questions.reduce((sum, q) => sum + q.answered, 0);
  return (
    <>
      <BackLink href={`/decks/${deck.id}`}>{deck.name}</BackLink>
      <PageHeader
        title="How its questions did"
        lead={`Every answer to this deck's questions in ${assignments === 1 ? "its 1 assignment" : `all ${assignments} of its assignments`} (${answers.toLocaleString("en")} answers), hardest first. Each assignment's page has the same analysis for its class alone.`}
      />
      <QuestionAnalysisList questions={questions} />
    </>
  );
}
