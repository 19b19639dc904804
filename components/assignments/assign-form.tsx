"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert, SelectField, TextField } from "@/components/form";
import { AssignmentDates, LateWorkBox } from "./assignment-dates";
import { primaryButton } from "@/components/styles";
import { useActionForm, type ServerAction } from "@/components/use-action-form";
import { answerPolicyLabels, MAX_ATTEMPTS_LIMIT, scoringLabels } from "@/lib/assignments/labels";
import { answerPolicies, scoringRules } from "@/lib/study/attempt-rules";

const policyHints = {
  "after-question": "Students see the verdict and the source passage after every answer.",
  "after-attempt": "Students see them when they finish an attempt.",
  "after-due": "Nothing is shown, not even the score, until the due date passes.",
} as const;

/**
 * "Assign a deck": dates are picked as wall-clock times in the teacher's time zone (sent along),
 * and shown to every student in theirs.
 */
export function AssignForm({
  classId,
  decks,
  timeZone,
  defaults,
  assign,
}: {
  classId: string;
  decks: { id: string; name: string; questionsPerAttempt: number }[];
  timeZone: string;
  defaults: { opensAt: string; dueAt: string };
  assign: ServerAction<{ assignmentId: string }>;
}) {
  const router = useRouter();
  const [attempts, setAttempts] = useState("one");
  const { error, fieldErrors, pending, send } = useActionForm(assign, {
    onSuccess: ({ assignmentId }) => router.push(`/classes/${classId}/assignments/${assignmentId}`),
  });

  // Needs JavaScript: the schema wants "Accept late work" as true/false, not a checkbox's "on".
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    send({
      ...Object.fromEntries(form),
      classId,
      timeZone,
      allowLate: form.get("allowLate") === "on",
      maxAttempts: attempts === "several" ? form.get("maxAttempts") : undefined,
      title: form.get("title") || undefined,
    });
  }

  if (!decks.length) return null;
  return (
    <form
      onSubmit={onSubmit}
      aria-labelledby="assign-heading"
      className="space-y-4 rounded-xl border border-slate-200 p-5 dark:border-slate-700"
    >
      <h3 id="assign-heading" className="text-lg font-semibold">
        Assign a deck
      </h3>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <SelectField
        label="Deck"
        name="deckId"
        options={decks.map((d) => ({
          value: d.id,
          label: `${d.name} (${d.questionsPerAttempt} questions per attempt)`,
        }))}
        error={fieldErrors.deckId}
      />
      <TextField
        label="Title (optional)"
        name="title"
        required={false}
        maxLength={120}
        hint="The deck's name if left empty."
        error={fieldErrors.title}
      />
      <AssignmentDates timeZone={timeZone} defaults={defaults} fieldErrors={fieldErrors} />
      <fieldset>
        <legend className="text-sm font-medium">Attempts allowed</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {[
            ["one", "One"],
            ["several", "Several"],
            ["unlimited", "Unlimited"],
          ].map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name="attempts"
                value={value}
                checked={attempts === value}
                onChange={() => setAttempts(value!)}
                className="accent-brand-600"
              />
              {label}
            </label>
          ))}
        </div>
        {attempts === "several" ? (
          <div className="mt-2 max-w-40">
            <TextField
              label="How many"
              name="maxAttempts"
              type="number"
              min={2}
              max={MAX_ATTEMPTS_LIMIT}
              defaultValue="3"
              error={fieldErrors.maxAttempts}
            />
          </div>
        ) : null}
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">Score counts</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {scoringRules.map((rule) => (
            <label key={rule} className="flex items-center gap-2">
              <input
                type="radio"
                name="scoring"
                value={rule}
                defaultChecked={rule === "best"}
                className="accent-brand-600"
              />
              {scoringLabels[rule]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">Answers and sources become visible</legend>
        <div className="mt-1 space-y-2">
          {answerPolicies.map((policy) => (
            <label key={policy} className="flex items-start gap-2">
              <input
                type="radio"
                name="answersVisible"
                value={policy}
                defaultChecked={policy === "after-attempt"}
                className="mt-1 accent-brand-600"
              />
              <span>
                <span className="font-medium">{answerPolicyLabels[policy]}</span>
                <span className="block text-sm text-slate-600 dark:text-slate-400">{policyHints[policy]}</span>
              </span>
            </label>
          ))}
        </div>
        {fieldErrors.answersVisible ? (
          <p className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">{fieldErrors.answersVisible}</p>
        ) : null}
      </fieldset>
      <LateWorkBox defaultChecked={false} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Assigning…" : "Assign"}
      </button>
    </form>
  );
}
