import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JoinCodePanel } from "@/components/classes/join-code-panel";
import { ClassRoster } from "@/components/classes/class-roster";
import { ClassAssignments } from "@/components/assignments/class-assignments";
import { ClassDetailsForm } from "@/components/classes/class-details-form";
import { BackLink, PageHeader } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { classForTeacher } from "@/lib/classes/classes.server";
import { AssignForm } from "@/components/assignments/assign-form";
import { assignmentsOfClass } from "@/lib/assignments/assignments.server";
import { localValue } from "@/lib/dates";
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
      <JoinCodePanel
        classId={found.id}
        joinCode={found.joinCode}
        joinEnabled={found.joinEnabled}
        regenerate={regenerateCodeAction}
        setJoining={setJoiningAction}
      />
      <ClassAssignments
        classId={found.id}
        students={found.students}
        assignments={assignments}
        timeZone={user.timeZone}
        assignForm={
          decks.length ? (
            <AssignForm
              // Remounts with fresh default dates once the browser's time zone has been saved.
              key={user.timeZone}
              classId={found.id}
              decks={decks}
              timeZone={user.timeZone}
              defaults={{ opensAt: localValue(now, user.timeZone), dueAt: localValue(week, user.timeZone) }}
              assign={createAssignmentAction}
            />
          ) : null
        }
      />
      <ClassRoster
        classId={found.id}
        className={found.name}
        roster={found.roster}
        timeZone={user.timeZone}
        remove={removeStudentAction}
      />
    </>
  );
}
