"use client";

import { useCallback, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { ArticleText } from "@/components/article-text";
import { primaryButton, toolbarButton } from "@/components/styles";
import { useActionForm, type ServerAction } from "@/components/use-action-form";
import type { OwnFact, ArticleWorkbench as Workbench } from "@/lib/curation/workbench.server";
import type { Block } from "@/lib/facts/passages";
import type { ReaderFact } from "@/lib/facts/queries.server";
import { answerTypeLabel } from "@/lib/facts/labels";
import { FactForm, type FactDraft, type FactTarget } from "./fact-form";
import { selectedRange, type SourceRange } from "./selection";

export interface CurationActions {
  createFact: ServerAction<null>;
  updateFact: ServerAction<null>;
  removeFact: ServerAction<null>;
  acceptSuggestion: ServerAction<null>;
  dismissSuggestion: ServerAction<null>;
  refreshSuggestions: ServerAction<null>;
  markBoilerplate: ServerAction<null>;
}

type Editing = { title: string; draft: FactDraft; target: FactTarget; save: ServerAction<null> };

/**
 * The owner's reader: select a passage to make a fact of it or set it aside, review the
 * suggested facts, and edit the facts made so far, with what the item audit found in each.
 */
export function ArticleWorkbench({
  text,
  blocks,
  readerFacts,
  disputedGroups,
  workbench,
  actions,
}: {
  text: string;
  blocks: Block[];
  readerFacts: ReaderFact[];
  disputedGroups: string[];
  workbench: Workbench;
  actions: CurationActions;
}) {
  const router = useRouter();
  const reader = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<SourceRange | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const claimGroups = [...new Set(workbench.facts.map((f) => f.claimGroup).filter((g): g is string => !!g))];

  const readSelection = useCallback(() => {
    const current = window.getSelection();
    if (!reader.current || !current || current.isCollapsed || !current.rangeCount) return;
    const range = current.getRangeAt(0);
    if (!reader.current.contains(range.commonAncestorContainer)) return;
    setSelection(selectedRange(reader.current, range, text));
  }, [text]);

  const aside = useActionForm(actions.markBoilerplate, {
    onSuccess: () => {
      setSelection(null);
      router.refresh();
    },
  });

  const edit = (next: Editing) => {
    setEditing(next);
    setSelection(null);
  };
  const makeFact = (range: SourceRange) =>
    edit({
      title: "Make a fact of this passage",
      draft: { ...range, quoteStart: range.start, quoteEnd: range.end, quote: text.slice(range.start, range.end) },
      target: { slug: workbench.slug },
      save: actions.createFact,
    });

  return (
    <div className="space-y-8">
      {editing ? (
        <FactForm {...editing} claimGroups={claimGroups} onDone={() => setEditing(null)} />
      ) : (
        <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-slate-800 dark:bg-slate-900 dark:text-slate-200">
          <strong>Select a passage</strong> in the text below, then choose <em>Make a fact</em> to ask about it, or{" "}
          <em>Set aside</em> for text that is not part of the article (menus, appeals, captions).
        </p>
      )}

      <div ref={reader} onMouseUp={readSelection} onKeyUp={readSelection} onTouchEnd={readSelection}>
        <ArticleText blocks={blocks} facts={readerFacts} disputedGroups={new Set(disputedGroups)} />
      </div>

      {selection ? (
        <div
          role="region"
          aria-label="Selected passage"
          className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-300 bg-white/95 p-3 shadow-lg dark:border-slate-700 dark:bg-slate-950/95"
        >
          <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-3">
            <p className="w-full min-w-0 truncate font-serif text-sm sm:w-auto sm:flex-1">
              “{text.slice(selection.start, selection.end).replace(/\s+/g, " ")}”
              <span className="ml-2 font-sans text-slate-600 dark:text-slate-400">
                ({selection.end - selection.start} characters)
              </span>
            </p>
            <button type="button" className={primaryButton} onClick={() => makeFact(selection)}>
              Make a fact
            </button>
            <button
              type="button"
              className={toolbarButton.secondary}
              disabled={aside.pending}
              onClick={() => aside.send({ slug: workbench.slug, start: selection.start, end: selection.end })}
            >
              {aside.pending ? "Setting aside…" : "Set aside"}
            </button>
            <button type="button" className={toolbarButton.secondary} onClick={() => setSelection(null)}>
              Clear
            </button>
            {aside.error ? (
              <p role="alert" className="w-full text-sm font-medium text-red-700 dark:text-red-300">
                {aside.error}
              </p>
            ) : null}
          </div>
        </div>
      ) : null}

      <Suggestions workbench={workbench} actions={actions} text={text} onAccept={edit} />
      <OwnFacts facts={workbench.facts} actions={actions} onEdit={edit} />
    </div>
  );
}

function Suggestions({
  workbench,
  actions,
  text,
  onAccept,
}: {
  workbench: Workbench;
  actions: CurationActions;
  text: string;
  onAccept: (editing: Editing) => void;
}) {
  const router = useRouter();
  const refresh = useActionForm(actions.refreshSuggestions, { onSuccess: () => router.refresh() });
  const dismiss = useActionForm(actions.dismissSuggestion, { onSuccess: () => router.refresh() });
  return (
    <section aria-labelledby="suggestions-heading" id="suggestions" className="scroll-mt-24 space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="suggestions-heading" className="text-xl font-bold">
          Suggested facts ({workbench.suggestions.length})
        </h2>
        <button
          type="button"
          className={toolbarButton.secondary}
          disabled={refresh.pending}
          onClick={() => refresh.send({ slug: workbench.slug })}
        >
          {refresh.pending ? "Looking…" : "Suggest again"}
        </button>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Sentences with names, dates and figures, each with a question about one of them. Nothing reaches students until
        you accept it; check the wording first.
      </p>
      {refresh.error || dismiss.error ? (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
          {refresh.error ?? dismiss.error}
        </p>
      ) : null}
      {workbench.suggestions.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">No open suggestions.</p>
      ) : (
        <ul className="space-y-3">
          {workbench.suggestions.map((s) => (
            <li key={s.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
              <p className="font-semibold">{s.question}</p>
              <p className="mt-1 text-sm">
                Answer: <strong>{s.answer.replace(/\s+/g, " ")}</strong>{" "}
                <span className="text-slate-600 dark:text-slate-400">({answerTypeLabel(s.answerType)})</span>
              </p>
              <blockquote className="mt-2 border-l-4 border-yellow-300 pl-3 font-serif text-sm text-slate-700 dark:border-yellow-700 dark:text-slate-300">
                {s.quote.replace(/\s+/g, " ")}
              </blockquote>
              <div className="mt-3 flex flex-wrap gap-2">
                <button
                  type="button"
                  className={toolbarButton.secondary}
                  onClick={() =>
                    onAccept({
                      title: "Accept the suggested fact",
                      draft: { ...s, quote: text.slice(s.quoteStart, s.quoteEnd) },
                      target: { suggestionId: s.id },
                      save: actions.acceptSuggestion,
                    })
                  }
                >
                  Review and accept<span className="sr-only">: {s.question}</span>
                </button>
                <button
                  type="button"
                  className={toolbarButton.secondary}
                  disabled={dismiss.pending}
                  onClick={() => dismiss.send({ suggestionId: s.id })}
                >
                  Dismiss<span className="sr-only">: {s.question}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OwnFacts({
  facts,
  actions,
  onEdit,
}: {
  facts: OwnFact[];
  actions: CurationActions;
  onEdit: (editing: Editing) => void;
}) {
  const router = useRouter();
  const remove = useActionForm(actions.removeFact, { onSuccess: () => router.refresh() });
  return (
    <section aria-labelledby="facts-heading" id="facts" className="scroll-mt-24 space-y-3">
      <h2 id="facts-heading" className="text-xl font-bold">
        Your facts ({facts.length})
      </h2>
      {remove.error ? (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
          {remove.error}
        </p>
      ) : null}
      {facts.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">None yet. Select a passage above, or accept a suggestion.</p>
      ) : (
        <ol className="space-y-3">
          {facts.map((f) => (
            <li
              key={f.id}
              id={`own-fact-${f.id}`}
              className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
            >
              <p className="font-semibold">{f.question}</p>
              <p className="mt-1 text-sm">
                Answer: <strong>{f.answer}</strong>{" "}
                <span className="text-slate-600 dark:text-slate-400">({answerTypeLabel(f.answerType)})</span>
                {f.attribution ? (
                  <span className="text-slate-600 dark:text-slate-400"> · says {f.attribution}</span>
                ) : null}
              </p>
              <p className="mt-1 text-sm">
                <a href={`#fact-${f.id}`} className="underline">
                  Show the passage
                </a>
              </p>
              {f.findings.map((finding) => (
                <p
                  key={finding}
                  className="mt-2 rounded-md bg-amber-50 px-2 py-1 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
                >
                  {finding}
                </p>
              ))}
              <div className="mt-3 flex flex-wrap gap-2">
                <button
                  type="button"
                  className={toolbarButton.secondary}
                  onClick={() =>
                    onEdit({
                      title: "Edit the fact",
                      draft: { ...f },
                      target: { factId: f.id },
                      save: actions.updateFact,
                    })
                  }
                >
                  Edit<span className="sr-only">: {f.question}</span>
                </button>
                <button
                  type="button"
                  className={toolbarButton.danger}
                  disabled={remove.pending}
                  onClick={() => {
                    if (window.confirm("Remove this fact? Students' answers to it are kept."))
                      remove.send({ factId: f.id });
                  }}
                >
                  Remove<span className="sr-only">: {f.question}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
