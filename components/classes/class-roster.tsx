import { ActionButton } from "@/components/classes/action-button";
import type { ServerAction } from "@/components/use-action-form";
import { formatDayInZone } from "@/lib/dates";
import { TableHead, TableScroller } from "@/components/ui";

/** The class's students with when they joined, each with a button to remove them. */
export function ClassRoster({
  classId,
  className,
  roster,
  timeZone,
  remove,
}: {
  classId: string;
  className: string;
  roster: { id: string; name: string; email: string; joinedAt: Date }[];
  timeZone: string;
  remove: ServerAction<null>;
}) {
  return (
    <section aria-labelledby="roster-heading">
      <h2 id="roster-heading" className="text-lg font-semibold">
        Students ({roster.length})
      </h2>
      {roster.length ? (
        <TableScroller label="Students">
          <table className="w-full text-left text-sm">
            <TableHead
              columns={[
                { label: "Name" },
                { label: "Email" },
                { label: "Joined" },
                { label: <span className="sr-only">Actions</span> },
              ]}
            />
            <tbody>
              {roster.map((student) => (
                <tr key={student.id} className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="row" className="py-2 pr-2 font-normal">
                    {student.name}
                  </th>
                  <td className="px-2 py-2 break-all">{student.email}</td>
                  <td className="px-2 py-2">{formatDayInZone(student.joinedAt, timeZone)}</td>
                  <td className="px-2 py-2 text-right">
                    <ActionButton
                      action={remove}
                      payload={{ classId: classId, studentId: student.id }}
                      label={`Remove ${student.name}`}
                      pendingLabel="Removing…"
                      variant="danger"
                      confirm={`Remove ${student.name} from ${className}?`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      ) : (
        <p className="mt-2 text-slate-700 dark:text-slate-300">No students yet. Share the code above.</p>
      )}
    </section>
  );
}
