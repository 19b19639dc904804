import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/classes/action-button";
import { BackLink, PageHeader } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { classForTeacher } from "@/lib/classes/classes.server";
import { displayJoinCode } from "@/lib/classes/join-code";
import { regenerateCodeAction, removeStudentAction, setJoiningAction } from "../actions";

export const metadata: Metadata = { title: "Class" };

const joined = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const user = await requireRole("teacher");
  const found = await classForTeacher(user.id, (await params).classId);
  if (!found) notFound();
  return (
    <>
      <BackLink href="/classes">Classes</BackLink>
      <PageHeader title={found.name} lead={found.description ?? undefined} />
      <section aria-labelledby="code-heading" className="mb-10 rounded-xl border border-slate-200 p-5 dark:border-slate-700">
        <h2 id="code-heading" className="text-lg font-semibold">
          Join code
        </h2>
        <p className="mt-2 font-mono text-4xl font-bold tracking-widest" data-join-code={found.joinCode}>
          {displayJoinCode(found.joinCode)}
        </p>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {found.joinEnabled ? "Students enter it on their Study page." : "Joining is closed: the code admits no one until you open it again."}
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          <ActionButton action={regenerateCodeAction} payload={{ classId: found.id }} label="New code" pendingLabel="Changing…" confirm="The old code will stop working. Make a new one?" />
          <ActionButton
            action={setJoiningAction}
            payload={{ classId: found.id, enabled: !found.joinEnabled }}
            label={found.joinEnabled ? "Close joining" : "Open joining"}
            pendingLabel="Saving…"
          />
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
                <th scope="col" className="py-2 pr-2">Name</th>
                <th scope="col" className="px-2 py-2">Email</th>
                <th scope="col" className="px-2 py-2">Joined</th>
                <th scope="col" className="px-2 py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {found.roster.map((student) => (
                <tr key={student.id} className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="row" className="py-2 pr-2 font-normal">{student.name}</th>
                  <td className="px-2 py-2">{student.email}</td>
                  <td className="px-2 py-2">{joined.format(student.joinedAt)}</td>
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
