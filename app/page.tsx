import { ButtonLink } from "@/components/ui";
import { getCurrentUser } from "@/lib/auth/session.server";
import { homePathFor } from "@/lib/accounts/roles";

const steps = [
  {
    title: "Curated facts, quoted verbatim",
    text: "Every question comes from a fact checked against the article it was drawn from — word for word, never from an ad or a comment box.",
  },
  {
    title: "The source behind every answer",
    text: "After each answer you see the exact passage highlighted in its article, and where sources disagree, who claims what.",
  },
  {
    title: "Remember it for good",
    text: "Review what you missed and keep it fresh with spaced-repetition flashcards that come back just before you would forget.",
  },
];

export default async function LandingPage() {
  const user = await getCurrentUser();
  return (
    <div className="space-y-14">
      <section className="pt-4">
        <p className="text-sm font-semibold uppercase tracking-widest text-brand-700 dark:text-brand-300">
          Learn from real articles
        </p>
        <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl">
          Quizzes and flashcards where every answer shows its source.
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          Sourcebound turns news articles into practice. Students answer questions, see the passage that proves the
          answer, and review what they missed. Teachers build decks from the same facts and assign them to their
          classes.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          {user ? (
            <ButtonLink href={homePathFor[user.role]}>
              {user.role === "teacher" ? "Go to your classes" : "Start studying"}
            </ButtonLink>
          ) : (
            <>
              <ButtonLink href="/signup">Create a free account</ButtonLink>
              <ButtonLink href="/signin" variant="secondary">
                Sign in
              </ButtonLink>
            </>
          )}
        </div>
      </section>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading" className="text-2xl font-bold tracking-tight">
          How it works
        </h2>
        <ol className="mt-6 grid gap-4 sm:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step.title} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
              <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">Step {index + 1}</p>
              <h3 className="mt-1 font-semibold">{step.title}</h3>
              <p className="mt-2 text-slate-700 dark:text-slate-300">{step.text}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="corpus-heading" className="rounded-xl bg-slate-50 p-6 dark:bg-slate-900">
        <h2 id="corpus-heading" className="text-xl font-bold tracking-tight">
          The first reading list
        </h2>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
          Five news reports on Kazakhstan&apos;s January 2022 unrest and the roles of Kassym-Jomart Tokayev, Nursultan
          Nazarbayev, Vladimir Putin and the CSTO. The sources disagree on death tolls and spell names several ways —
          just like real research.
        </p>
      </section>
    </div>
  );
}
