import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/classes/action-button";
import { ClassDetailsForm } from "@/components/classes/class-details-form";
import { BackLink, PageHeader } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { classForTeacher } from "@/lib/classes/classes.server";
import { displayJoinCode } from "@/lib/classes/join-code";
import Link from "next/link";
import { AssignForm } from "@/components/assignments/assign-form";
import { assignmentsOfClass } from "@/lib/assignments/assignments.server";
import { answerPolicyLabels } from "@/lib/assignments/policy";
import { formatDayInZone, formatInZone, localValue } from "@/lib/dates";
import { decksOfTeacher } from "@/lib/decks/decks.server";
import {
  createAssignmentAction,
  regenerateCodeAction,
  removeStudentAction,
  setJoiningAction,
  updateClassAction,
} from "../actions";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const user = await requireRole("teacher");
  const classId = (await params).classId;
  const [found, assignments, decks] = await Promise.all([
    classForTeacher(user.id, classId),
    assignmentsOfClass(user.id, classId),
    decksOfTeacher(user.id),
  ]);
  if (!found || !assignments) notFound();
  const now = new Date();
  const week = new Date(now.getTime() + 7 * 24 * 3600_000);
  return (
    <>
      <BackLink href="/classes">Classes</BackLink>
      <PageHeader title={found.name} lead={found.description ?? undefined} />
      <details className="mb-8 rounded-xl border border-slate-200 p-4 dark:border-slate-700">
        <summary className="cursor-pointer font-semibold">Edit name and description</summary>
        <div className="mt-3">
          <ClassDetailsForm
            save={updateClassAction}
            existing={{ id: found.id, name: found.name, description: found.description }}
          />
        </div>
      </details>
      <section
        aria-labelledby="code-heading"
        className="mb-10 rounded-xl border border-slate-200 p-5 dark:border-slate-700"
      >
        <h2 id="code-heading" className="text-lg font-semibold">
          Join code
        </h2>
        <p className="mt-2 font-mono text-4xl font-bold tracking-widest" data-join-code={found.joinCode}>
          {displayJoinCode(found.joinCode)}
        </p>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {found.joinEnabled
            ? "Students enter it on their Study page."
            : "Joining is closed: the code admits no one until you open it again."}
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          <ActionButton
            action={regenerateCodeAction}
            payload={{ classId: found.id }}
            label="New code"
            pendingLabel="Changing…"
            confirm="The old code will stop working. Make a new one?"
          />
          <ActionButton
            action={setJoiningAction}
            payload={{ classId: found.id, enabled: !found.joinEnabled }}
            label={found.joinEnabled ? "Close joining" : "Open joining"}
            pendingLabel="Saving…"
          />
        </div>
      </section>
      <section aria-labelledby="assignments-heading" className="mb-10">
        <h2 id="assignments-heading" className="text-lg font-semibold">
          Assignments ({assignments.length})
        </h2>
        {assignments.length ? (
          <table className="mt-3 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-600">
                <th scope="col" className="py-2 pr-2">
                  Assignment
                </th>
                <th scope="col" className="px-2 py-2">
                  Due ({user.timeZone})
                </th>
                <th scope="col" className="px-2 py-2">
                  Answers visible
                </th>
                <th scope="col" className="px-2 py-2 text-right">
                  Finished by
                </th>
              </tr>
            </thead>
            <tbody>
              {assignments.map((a) => (
                <tr key={a.id} className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="row" className="py-2 pr-2 font-normal">
                    <Link href={`/classes/${found.id}/assignments/${a.id}`} className="font-medium underline">
                      {a.title}
                    </Link>
                    <span className="block text-slate-600 dark:text-slate-400">Deck: {a.deckName}</span>
                  </th>
                  <td className="px-2 py-2">{formatInZone(a.dueAt, user.timeZone)}</td>
                  <td className="px-2 py-2">{answerPolicyLabels[a.answersVisible]}</td>
                  <td className="px-2 py-2 text-right">
                    {a.finishedBy} / {found.students}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="mt-2 text-slate-700 dark:text-slate-300">Nothing assigned yet.</p>
        )}
        <div className="mt-4 max-w-2xl">
          {decks.length ? (
            <AssignForm
              // Remounts with fresh default dates once the browser's time zone has been saved.
              key={user.timeZone}
              classId={found.id}
              decks={decks}
              timeZone={user.timeZone}
              defaults={{ opensAt: localValue(now, user.timeZone), dueAt: localValue(week, user.timeZone) }}
              assign={createAssignmentAction}
            />
          ) : (
            <p>
              To assign work, first{" "}
              <Link href="/decks/new" className="font-medium underline">
                build a deck
              </Link>
              .
            </p>
          )}
        </div>
      </section>
      <section aria-labelledby="roster-heading">
        <h2 id="roster-heading" className="text-lg font-semibold">
          Students ({found.roster.length})
        </h2>
        {found.roster.length ? (
          <table className="mt-3 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-600">
                <th scope="col" className="py-2 pr-2">
                  Name
                </th>
                <th scope="col" className="px-2 py-2">
                  Email
                </th>
                <th scope="col" className="px-2 py-2">
                  Joined
                </th>
                <th scope="col" className="px-2 py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {found.roster.map((student) => (
                <tr key={student.id} className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="row" className="py-2 pr-2 font-normal">
                    {student.name}
                  </th>
                  <td className="px-2 py-2">{student.email}</td>
                  <td className="px-2 py-2">{formatDayInZone(student.joinedAt, user.timeZone)}</td>
                  <td className="px-2 py-2 text-right">
                    <ActionButton
                      action={removeStudentAction}
                      payload={{ classId: found.id, studentId: student.id }}
                      label={`Remove ${student.name}`}
                      pendingLabel="Removing…"
                      variant="danger"
                      confirm={`Remove ${student.name} from ${found.name}?`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="mt-2 text-slate-700 dark:text-slate-300">No students yet. Share the code above.</p>
        )}
      </section>
    </>
  );
}
