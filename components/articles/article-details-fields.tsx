import { TextField } from "@/components/form";
import type { ArticleDetails } from "@/lib/articles/details";

/**
 * What a teacher says about an article beside its text (lib/articles/details.ts): on import, where
 * an empty title means "the one found in the source", and when the details are corrected later.
 */
export function ArticleDetailsFields({
  values,
  fieldErrors,
  titleOptional = false,
}: {
  values?: ArticleDetails;
  fieldErrors: Record<string, string>;
  titleOptional?: boolean;
}) {
  return (
    <>
      <TextField
        label="Title"
        name="title"
        required={!titleOptional}
        maxLength={200}
        defaultValue={values?.title}
        hint={titleOptional ? "Leave empty to use the title found in the page, PDF or document." : undefined}
        error={fieldErrors.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Author (optional)"
          name="author"
          required={false}
          maxLength={200}
          defaultValue={values?.author ?? ""}
          error={fieldErrors.author}
        />
        <TextField
          label="Publication (optional)"
          name="outlet"
          required={false}
          maxLength={200}
          defaultValue={values?.outlet ?? ""}
          error={fieldErrors.outlet}
        />
        <TextField
          label="Date (optional)"
          name="date"
          required={false}
          maxLength={10}
          hint="As precise as you know it: 1914, 1914-08 or 1914-08-15."
          defaultValue={values?.date ?? ""}
          error={fieldErrors.date}
        />
        <TextField
          label="Source address (optional)"
          name="sourceUrl"
          required={false}
          maxLength={2000}
          defaultValue={values?.sourceUrl ?? ""}
          error={fieldErrors.sourceUrl}
        />
      </div>
      <TextField
        label="Licence and notes (optional)"
        name="licence"
        required={false}
        maxLength={1000}
        hint="For example: CC BY-SA 4.0, or “used with the author's permission”."
        defaultValue={values?.licence ?? ""}
        error={fieldErrors.licence}
      />
    </>
  );
}
