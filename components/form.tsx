/** Labelled form controls with their hints and errors wired up for screen readers. */
import { field } from "@/components/styles";

/**
 * A label, an optional hint and the error of one control, with the ids the control points to
 * (`aria-describedby`) so screen readers read the hint and the error with it.
 */
function LabelledControl({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  children: (control: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className={field.label}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className={field.hint}>
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {error ? (
        <p id={`${id}-error`} className={field.error}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input. */
export function TextField({
  label,
  name,
  type = "text",
  autoComplete,
  error,
  hint,
  required = true,
  minLength,
  maxLength,
  defaultValue,
  min,
  max,
}: {
  label: string;
  name: string;
  type?: "text" | "email" | "password" | "number" | "datetime-local";
  autoComplete?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  defaultValue?: string;
  min?: number;
  max?: number;
}) {
  return (
    <LabelledControl name={name} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={type}
          autoComplete={autoComplete}
          required={required}
          minLength={minLength}
          maxLength={maxLength}
          defaultValue={defaultValue}
          min={min}
          max={max}
          className={field.input}
        />
      )}
    </LabelledControl>
  );
}

/** A labelled multi-line field. */
export function TextAreaField({
  label,
  name,
  error,
  hint,
  rows = 3,
  required = false,
  maxLength,
  defaultValue,
  mono = false,
}: {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  rows?: number;
  required?: boolean;
  maxLength?: number;
  defaultValue?: string;
  mono?: boolean;
}) {
  return (
    <LabelledControl name={name} label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...control}
          name={name}
          rows={rows}
          required={required}
          maxLength={maxLength}
          defaultValue={defaultValue}
          className={`${field.input}${mono ? " font-mono text-sm" : ""}`}
        />
      )}
    </LabelledControl>
  );
}

/** A labelled file chooser; the action's schema bounds the file's size. */
export function FileField({
  label,
  name,
  accept,
  hint,
  error,
}: {
  label: string;
  name: string;
  accept: string;
  hint?: string;
  error?: string;
}) {
  return (
    <LabelledControl name={name} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          name={name}
          type="file"
          accept={accept}
          className={`${field.input} file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:font-semibold file:text-slate-900`}
        />
      )}
    </LabelledControl>
  );
}

/** A labelled select. */
export function SelectField({
  label,
  name,
  options,
  error,
  defaultValue,
}: {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  error?: string;
  defaultValue?: string;
}) {
  return (
    <LabelledControl name={name} label={label} error={error}>
      {(control) => (
        <select {...control} name={name} defaultValue={defaultValue} className={field.input}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </LabelledControl>
  );
}

export function FormAlert({ children }: { children: React.ReactNode }) {
  return (
    <p
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
    >
      {children}
    </p>
  );
}

export function SubmitButton({
  pending,
  children,
  pendingLabel,
}: {
  pending: boolean;
  children: React.ReactNode;
  pendingLabel: string;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="w-full rounded-md bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-70"
    >
      {pending ? pendingLabel : children}
    </button>
  );
}

export function AuthCard({
  title,
  lead,
  children,
}: {
  title: string;
  lead: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{lead}</p>
      <div className="mt-6 rounded-xl border border-slate-200 p-6 dark:border-slate-800">{children}</div>
    </div>
  );
}
