import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui";
import { requireUser } from "@/lib/auth/session.server";

/**
 * What each section is for, and what a new account sees there before it has any data.
 * Each section replaces its entry with the real page as its feature lands.
 */
const sections = {
  classes: {
    title: "Classes",
    lead: "Create classes, share a join code with your students, and follow their results.",
    emptyTitle: "You have no classes yet",
    empty: "classes you create will be listed here with their rosters and assignments.",
  },
  decks: {
    title: "Decks",
    lead: "Build decks of questions from the fact table, preview them with their citations, and assign them.",
    emptyTitle: "You have no decks yet",
    empty: "decks you build from the source articles will be listed here.",
  },
} as const;

export type Section = keyof typeof sections;

export function sectionMetadata(section: Section): Metadata {
  return { title: sections[section].title };
}

export async function SectionIntro({ section }: { section: Section }) {
  const user = await requireUser();
  const { title, lead, emptyTitle, empty } = sections[section];
  return (
    <>
      <PageHeader title={title} lead={lead} />
      <EmptyState title={emptyTitle}>
        {user.name.split(" ")[0]}, {empty}
      </EmptyState>
    </>
  );
}
