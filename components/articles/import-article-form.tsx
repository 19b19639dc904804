"use client";

import { useRouter } from "next/navigation";
import { FileField, FormAlert, TextAreaField, TextField } from "@/components/form";
import { choiceBox, field, primaryButton } from "@/components/styles";
import { useActionForm, type ServerAction } from "@/components/use-action-form";
import { ArticleDetailsFields } from "./article-details-fields";

const ways = [
  { value: "paste", label: "Paste text", hint: "From an e-mail, a document or a web page." },
  { value: "file", label: "Upload a file", hint: ".txt, .md, .html, .pdf or .docx, up to 8 MB." },
  { value: "url", label: "Web address", hint: "A public web page, PDF or Word document." },
] as const;
type Way = (typeof ways)[number]["value"];

/**
 * A teacher's article comes in one of three ways, with what they know about it. The server reads
 * the text out of it (the same extraction the CLI uses); the article's page opens once it is stored.
 * The chosen way's field shows by CSS alone, so it works before (or without) JavaScript.
 */
export function ImportArticleForm({ save }: { save: ServerAction<{ href: string }> }) {
  const router = useRouter();
  const { form, error, fieldErrors, pending, success } = useActionForm(save, {
    onSuccess: ({ href }) => router.push(href),
  });
  // Shown by the checked way with CSS alone, so the form works the same before JavaScript loads.
  const shown = {
    paste: "hidden group-has-[input[value=paste]:checked]:block",
    file: "hidden group-has-[input[value=file]:checked]:block",
    url: "hidden group-has-[input[value=url]:checked]:block",
  } satisfies Record<Way, string>;
  return (
    <form {...form} aria-label="Import an article" className="group max-w-2xl space-y-6">
      {error ? <FormAlert>{error}</FormAlert> : null}
      <fieldset>
        <legend className={field.label}>How does the article come in?</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {ways.map((w) => (
            <label key={w.value} className={`${choiceBox} flex-col`}>
              <span className="flex items-center gap-2 font-semibold">
                <input type="radio" name="source" value={w.value} defaultChecked={w.value === "paste"} />
                {w.label}
              </span>
              <span className="text-slate-600 dark:text-slate-400">{w.hint}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className={shown.paste}>
        <TextAreaField
          label="Article text"
          name="text"
          rows={12}
          mono
          hint="Paste it as it is: line breaks inside paragraphs are fine, and the reader flows them."
          error={fieldErrors.text}
        />
      </div>

      <div className={shown.file}>
        <FileField
          label="File"
          name="file"
          accept=".txt,.md,.markdown,.html,.htm,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          error={fieldErrors.file}
        />
      </div>

      <div className={shown.url}>
        <TextField
          label="Web address"
          name="url"
          type="text"
          required={false}
          maxLength={2000}
          hint="https://… — the server fetches it; addresses on private networks are refused."
          error={fieldErrors.url}
        />
      </div>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <legend className="px-1 font-semibold">About the article</legend>
        <ArticleDetailsFields fieldErrors={fieldErrors} titleOptional />
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Reading the article…" : "Import the article"}
        </button>
        <p className="text-sm text-slate-600 dark:text-slate-400">It stays private until you share it with a class.</p>
        {success ? (
          <p role="status">
            Imported.{" "}
            <a href={success.data.href} className="font-medium underline">
              Open it
            </a>
          </p>
        ) : null}
      </div>
    </form>
  );
}
