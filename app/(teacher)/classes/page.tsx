import type { Metadata } from "next";
import Link from "next/link";
import { ClassDetailsForm } from "@/components/classes/class-details-form";
import { EmptyState, PageHeader } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { classesOfTeacher } from "@/lib/classes/classes.server";
import { displayJoinCode } from "@/lib/classes/join-code";
import { createClassAction } from "./actions";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const user = await requireRole("teacher");
  const classes = await classesOfTeacher(user.id);
  return (
    <>
      <PageHeader
        title="Classes"
        lead="Create classes, share a join code with your students, and follow their results."
      />
      {classes.length ? (
        <ul className="mb-10 grid gap-3 sm:grid-cols-2">
          {classes.map((c) => (
            <li key={c.id} className="rounded-xl border border-slate-200 p-4 dark:border-slate-700">
              <Link href={`/classes/${c.id}`} className="text-lg font-semibold underline">
                {c.name}
              </Link>
              {c.description ? <p className="text-sm text-slate-700 dark:text-slate-300">{c.description}</p> : null}
              <p className="mt-1 text-sm">
                {c.students} student{c.students === 1 ? "" : "s"} · code{" "}
                <span className="font-mono font-semibold">{displayJoinCode(c.joinCode)}</span>
                {c.joinEnabled ? "" : " (joining closed)"}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <div className="mb-10">
          <EmptyState title="You have no classes yet">
            Create one below; students join it with its code from their Study page.
          </EmptyState>
        </div>
      )}
      <ClassDetailsForm save={createClassAction} />
    </>
  );
}
