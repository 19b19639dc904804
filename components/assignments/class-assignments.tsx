import Link from "next/link";
import type { ReactNode } from "react";
import { formatInZone } from "@/lib/dates";
import { answerPolicyLabels } from "@/lib/assignments/policy";
import type { AnswerPolicy } from "@/lib/study/attempt-rules";
import { TableHead, TableScroller } from "@/components/ui";

/** A class's assignments (due dates in the reader's zone, who has finished), and the form to assign a deck. */
export function ClassAssignments({
  classId,
  students,
  assignments,
  timeZone,
  assignForm,
}: {
  classId: string;
  students: number;
  assignments: {
    id: string;
    title: string;
    deckName: string;
    dueAt: Date;
    answersVisible: AnswerPolicy;
    finishedBy: number;
  }[];
  timeZone: string;
  /** Null while the teacher has no deck to assign. */
  assignForm: ReactNode;
}) {
  return (
    <section aria-labelledby="assignments-heading" className="mb-10">
      <h2 id="assignments-heading" className="text-lg font-semibold">
        Assignments ({assignments.length})
      </h2>
      {assignments.length ? (
        <TableScroller label="Assignments">
          <table className="w-full text-left text-sm">
            <TableHead
              columns={[
                { label: "Assignment" },
                { label: `Due (${timeZone})` },
                { label: "Answers visible" },
                { label: "Finished by", end: true },
              ]}
            />
            <tbody>
              {assignments.map((a) => (
                <tr key={a.id} className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="row" className="py-2 pr-2 font-normal">
                    <Link href={`/classes/${classId}/assignments/${a.id}`} className="font-medium underline">
                      {a.title}
                    </Link>
                    <span className="block text-slate-600 dark:text-slate-400">Deck: {a.deckName}</span>
                  </th>
                  <td className="px-2 py-2">{formatInZone(a.dueAt, timeZone)}</td>
                  <td className="px-2 py-2">{answerPolicyLabels[a.answersVisible]}</td>
                  <td className="px-2 py-2 text-right">
                    {a.finishedBy} / {students}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      ) : (
        <p className="mt-2 text-slate-700 dark:text-slate-300">Nothing assigned yet.</p>
      )}
      <div className="mt-4 max-w-2xl">
        {assignForm ?? (
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
  );
}
