"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { FormAlert, SelectField, TextAreaField, TextField } from "@/components/form";
import { primaryButton, toolbarButton } from "@/components/styles";
import { useActionForm, type ServerAction } from "@/components/use-action-form";
import { answerTypeLabel } from "@/lib/facts/labels";
import { answerTypes, type AnswerType } from "@/lib/facts/answer-types";

/** What the form starts with: a fresh selection, a suggestion, or a fact being edited. */
export interface FactDraft {
  quoteStart: number;
  quoteEnd: number;
  quote: string;
  question?: string;
  answer?: string;
  statement?: string;
  aliases?: string[];
  answerType?: AnswerType;
  topics?: string[];
  attribution?: string | null;
  claimGroup?: string | null;
  distractors?: string[];
}

/** Which record the form saves: a new fact of the article, an accepted suggestion, or an edit. */
export type FactTarget = { slug: string } | { suggestionId: string } | { factId: string };

/**
 * A fact in the teacher's words: the quote is the selected passage (verbatim by construction), the
 * rest is checked on the server by the rules the built-in library meets, with each message beside
 * its field. The page refreshes when it is saved.
 */
export function FactForm({
  title,
  draft,
  target,
  save,
  claimGroups,
  onDone,
}: {
  title: string;
  draft: FactDraft;
  target: FactTarget;
  save: ServerAction<null>;
  claimGroups: string[];
  onDone: () => void;
}) {
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  const { form, error, fieldErrors, pending } = useActionForm(save, {
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  useEffect(() => heading.current?.focus(), []);
  const [targetName, targetValue] = Object.entries(target)[0]!;
  const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();
  return (
    <form
      {...form}
      aria-labelledby="fact-form-heading"
      className="space-y-4 rounded-xl border-2 border-brand-600 bg-white p-4 dark:border-brand-300 dark:bg-slate-950"
    >
      <h2 id="fact-form-heading" ref={heading} tabIndex={-1} className="text-xl font-bold">
        {title}
      </h2>
      <input type="hidden" name={targetName} value={targetValue} />
      <input type="hidden" name="quoteStart" value={draft.quoteStart} />
      <input type="hidden" name="quoteEnd" value={draft.quoteEnd} />
      <figure>
        <figcaption className="text-sm font-medium">Passage (the quote students will see)</figcaption>
        <blockquote className="mt-1 rounded-md bg-yellow-100 px-3 py-2 font-serif dark:bg-yellow-900/60">
          {oneLine(draft.quote)}
        </blockquote>
        {fieldErrors.quote ? (
          <p className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">{fieldErrors.quote}</p>
        ) : null}
      </figure>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <TextAreaField
        label="Question"
        name="question"
        rows={2}
        required
        maxLength={300}
        defaultValue={draft.question}
        hint="Ends with a question mark."
        error={fieldErrors.question}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Answer"
          name="answer"
          maxLength={120}
          defaultValue={draft.answer ? oneLine(draft.answer) : undefined}
          hint="Words of the passage, copied."
          error={fieldErrors.answer}
        />
        <SelectField
          label="Kind of answer"
          name="answerType"
          defaultValue={draft.answerType ?? "other"}
          options={answerTypes.map((t) => ({ value: t, label: answerTypeLabel(t) }))}
          error={fieldErrors.answerType}
        />
      </div>
      <TextAreaField
        label="Statement"
        name="statement"
        rows={2}
        maxLength={400}
        defaultValue={draft.statement ?? oneLine(draft.quote)}
        hint="The fact as one true sentence containing the answer; true/false questions are made from it."
        error={fieldErrors.statement}
      />
      <details
        className="rounded-md border border-slate-200 p-3 dark:border-slate-800"
        open={Boolean(draft.aliases?.length || draft.distractors?.length || draft.attribution)}
      >
        <summary className="cursor-pointer font-medium">More: other answers, wrong answers, source, topics</summary>
        <div className="mt-3 space-y-4">
          <TextAreaField
            label="Other accepted answers (optional)"
            name="aliases"
            rows={2}
            defaultValue={draft.aliases?.join("\n")}
            hint="One per line: other spellings or forms a student may type."
            error={fieldErrors.aliases}
          />
          <TextAreaField
            label="Wrong answers to offer (optional)"
            name="distractors"
            rows={2}
            defaultValue={draft.distractors?.join("\n")}
            hint="One per line, clearly wrong by the article. Left empty, they come from your other facts and the library."
            error={fieldErrors.distractors}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label="Who makes this claim (optional)"
              name="attribution"
              required={false}
              maxLength={120}
              defaultValue={draft.attribution ?? undefined}
              hint="For example: the ministry, the author."
              error={fieldErrors.attribution}
            />
            <div>
              <TextField
                label="Competing claims group (optional)"
                name="claimGroup"
                required={false}
                maxLength={120}
                defaultValue={draft.claimGroup ?? undefined}
                hint="Give facts that disagree about one thing the same group name."
                error={fieldErrors.claimGroup}
              />
              {claimGroups.length ? (
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                  Your groups: {claimGroups.join(" · ")}
                </p>
              ) : null}
            </div>
          </div>
          <TextField
            label="Topics (optional)"
            name="topics"
            required={false}
            maxLength={200}
            defaultValue={draft.topics?.join(", ")}
            hint="Separated by commas; students can practise by topic."
            error={fieldErrors.topics}
          />
        </div>
      </details>
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Saving…" : "Save the fact"}
        </button>
        <button type="button" onClick={onDone} className={toolbarButton.secondary}>
          Cancel
        </button>
      </div>
    </form>
  );
}
