"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { ActionButton } from "@/components/classes/action-button";
import { FormAlert, SelectField, TextField } from "@/components/form";
import { choiceBox, primaryButton, toolbarButton } from "@/components/styles";
import { useActionForm, type ServerAction } from "@/components/use-action-form";
import type { ArticleWorkbench } from "@/lib/curation/workbench.server";
import { boilerplateLabel } from "@/lib/facts/labels";
import { ArticleDetailsFields } from "./article-details-fields";

export interface SettingsActions {
  updateDetails: ServerAction<null>;
  share: ServerAction<null>;
  unmarkBoilerplate: ServerAction<null>;
  removeArticle: ServerAction<{ href: string }>;
  addEntity: ServerAction<null>;
  removeEntity: ServerAction<null>;
}

/** Sharing, details, text set aside, names, and removal of a teacher's article. */
export function ArticleSettings({ workbench, actions }: { workbench: ArticleWorkbench; actions: SettingsActions }) {
  return (
    <div className="space-y-10">
      <ShareForm workbench={workbench} share={actions.share} />
      <DetailsForm workbench={workbench} save={actions.updateDetails} />
      <SetAside workbench={workbench} unmark={actions.unmarkBoilerplate} />
      <Names workbench={workbench} add={actions.addEntity} remove={actions.removeEntity} />
      <section aria-labelledby="remove-heading" className="space-y-2">
        <h2 id="remove-heading" className="text-xl font-bold">
          Remove the article
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          It leaves your reading list, your decks and your classes. Students keep their past answers.
        </p>
        <ActionButton
          action={actions.removeArticle}
          payload={{ slug: workbench.slug }}
          label="Remove the article"
          pendingLabel="Removing…"
          variant="danger"
          confirm="Remove this article and its facts? Students' past answers are kept."
        />
      </section>
    </div>
  );
}

function ShareForm({ workbench, share }: { workbench: ArticleWorkbench; share: ServerAction<null> }) {
  const router = useRouter();
  const { form, error, pending, success } = useActionForm(share, { onSuccess: () => router.refresh() });
  return (
    <section aria-labelledby="share-heading" id="share" className="scroll-mt-24 space-y-3">
      <h2 id="share-heading" className="text-xl font-bold">
        Share with classes
      </h2>
      {workbench.classes.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">
          You have no classes yet.{" "}
          <Link href="/classes" className="underline">
            Create one
          </Link>{" "}
          to share this article.
        </p>
      ) : (
        <form {...form} aria-labelledby="share-heading" className="space-y-3">
          <input type="hidden" name="slug" value={workbench.slug} />
          {error ? <FormAlert>{error}</FormAlert> : null}
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Students of a checked class can read the article, practise its facts and get flashcards of them.
          </p>
          <div className="grid gap-2 sm:grid-cols-2">
            {workbench.classes.map((c) => (
              <label key={c.id} className={`${choiceBox} items-center`}>
                <input type="checkbox" name="classIds" value={c.id} defaultChecked={c.shared} />
                <span>
                  {c.name} <span className="text-slate-600 dark:text-slate-400">({c.students} students)</span>
                </span>
              </label>
            ))}
          </div>
          <div className="flex items-center gap-3">
            <button type="submit" disabled={pending} className={toolbarButton.secondary}>
              {pending ? "Saving…" : "Save sharing"}
            </button>
            {success ? <p role="status">Sharing saved.</p> : null}
          </div>
        </form>
      )}
    </section>
  );
}

function DetailsForm({ workbench, save }: { workbench: ArticleWorkbench; save: ServerAction<null> }) {
  const router = useRouter();
  const { form, error, fieldErrors, pending, success } = useActionForm(save, { onSuccess: () => router.refresh() });
  return (
    <section aria-labelledby="details-heading" className="space-y-3">
      <h2 id="details-heading" className="text-xl font-bold">
        Details
      </h2>
      <form {...form} aria-labelledby="details-heading" className="max-w-2xl space-y-4">
        <input type="hidden" name="slug" value={workbench.slug} />
        {error ? <FormAlert>{error}</FormAlert> : null}
        <ArticleDetailsFields values={workbench.details} fieldErrors={fieldErrors} />
        <div className="flex items-center gap-3">
          <button type="submit" disabled={pending} className={primaryButton}>
            {pending ? "Saving…" : "Save details"}
          </button>
          {success ? <p role="status">Details saved.</p> : null}
        </div>
      </form>
    </section>
  );
}

function SetAside({ workbench, unmark }: { workbench: ArticleWorkbench; unmark: ServerAction<null> }) {
  const router = useRouter();
  const { error, pending, send } = useActionForm(unmark, { onSuccess: () => router.refresh() });
  return (
    <section aria-labelledby="aside-heading" className="space-y-3">
      <h2 id="aside-heading" className="text-xl font-bold">
        Text set aside ({workbench.boilerplate.length})
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Never quoted, and shown folded in the reader. Lines that looked like page furniture were set aside on import:
        put back any that belong to the article.
      </p>
      {error ? <FormAlert>{error}</FormAlert> : null}
      {workbench.boilerplate.length ? (
        <ul className="space-y-2">
          {workbench.boilerplate.map((range) => (
            <li
              key={`${range.start}-${range.end}`}
              className="flex flex-wrap items-center gap-2 rounded-md border border-dashed border-slate-300 px-3 py-2 text-sm dark:border-slate-700"
            >
              <span className="min-w-0 flex-1 break-words">
                <span className="font-medium">{boilerplateLabel(range.kind)}:</span> “{range.preview}”
              </span>
              <button
                type="button"
                disabled={pending}
                className={toolbarButton.secondary}
                onClick={() => send({ slug: workbench.slug, start: range.start, end: range.end })}
              >
                Put back<span className="sr-only">: {range.preview}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

const entityTypeOptions = [
  { value: "person", label: "Person" },
  { value: "organization", label: "Organisation" },
  { value: "place", label: "Place" },
];

function Names({
  workbench,
  add,
  remove,
}: {
  workbench: ArticleWorkbench;
  add: ServerAction<null>;
  remove: ServerAction<null>;
}) {
  const router = useRouter();
  const adding = useActionForm(add, { onSuccess: () => router.refresh() });
  const removing = useActionForm(remove, { onSuccess: () => router.refresh() });
  return (
    <section aria-labelledby="names-heading" id="names" className="scroll-mt-24 space-y-3">
      <h2 id="names-heading" className="text-xl font-bold">
        Names and their spellings
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Typed answers that use another spelling or a short form of a name are accepted: “Dunant” for “Henri Dunant”.
        These apply to all your articles.
      </p>
      {removing.error ? <FormAlert>{removing.error}</FormAlert> : null}
      {workbench.entities.length ? (
        <ul className="space-y-2">
          {workbench.entities.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="min-w-0 flex-1">
                <strong>{e.canonical}</strong> ({e.type}) — also{" "}
                {[...e.spellings.filter((s) => s !== e.canonical), ...e.shortForms].join(", ") || "no other forms"}
              </span>
              <button
                type="button"
                className={toolbarButton.secondary}
                disabled={removing.pending}
                onClick={() => removing.send({ entityId: e.id })}
              >
                Remove<span className="sr-only">: {e.canonical}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        {...adding.form}
        aria-label="Add a name"
        className="max-w-2xl space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
      >
        {adding.error ? <FormAlert>{adding.error}</FormAlert> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Name" name="canonical" maxLength={120} error={adding.fieldErrors.canonical} />
          <SelectField label="It is a" name="type" options={entityTypeOptions} error={adding.fieldErrors.type} />
        </div>
        <TextField
          label="Other spellings (optional)"
          name="spellings"
          required={false}
          maxLength={1000}
          hint="Separated by commas."
          error={adding.fieldErrors.spellings}
        />
        <TextField
          label="Short forms (optional)"
          name="shortForms"
          required={false}
          maxLength={1000}
          hint="Separated by commas: a surname, an acronym."
          error={adding.fieldErrors.shortForms}
        />
        <div className="flex items-center gap-3">
          <button type="submit" disabled={adding.pending} className={toolbarButton.secondary}>
            {adding.pending ? "Adding…" : "Add the name"}
          </button>
          {adding.success ? <p role="status">Name added.</p> : null}
        </div>
      </form>
    </section>
  );
}
