import { ActionButton } from "@/components/classes/action-button";
import type { ServerAction } from "@/components/use-action-form";
import { displayJoinCode } from "@/lib/classes/join-code";

/** The class's join code, large enough to copy from the board, with "New code" and closing or opening joining. */
export function JoinCodePanel({
  classId,
  joinCode,
  joinEnabled,
  regenerate,
  setJoining,
}: {
  classId: string;
  joinCode: string;
  joinEnabled: boolean;
  regenerate: ServerAction<null>;
  setJoining: ServerAction<null>;
}) {
  return (
    <section
      aria-labelledby="code-heading"
      className="mb-10 rounded-xl border border-slate-200 p-5 dark:border-slate-700"
    >
      <h2 id="code-heading" className="text-lg font-semibold">
        Join code
      </h2>
      <p className="mt-2 font-mono text-4xl font-bold tracking-widest" data-join-code={joinCode}>
        {displayJoinCode(joinCode)}
      </p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {joinEnabled
          ? "Students enter it on their Study page."
          : "Joining is closed: the code admits no one until you open it again."}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <ActionButton
          action={regenerate}
          payload={{ classId: classId }}
          label="New code"
          pendingLabel="Changing…"
          confirm="The old code will stop working. Make a new one?"
        />
        <ActionButton
          action={setJoining}
          payload={{ classId: classId, enabled: !joinEnabled }}
          label={joinEnabled ? "Close joining" : "Open joining"}
          pendingLabel="Saving…"
        />
      </div>
    </section>
  );
}
