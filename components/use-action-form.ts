import { startTransition, useActionState } from "react";
import { unreachable, type Failure, type Result, type Success } from "@/lib/result";

/**
 * A server action as a client component receives it (`Action` of lib/auth/action.server.ts):
 * called with an input object, or by a form with its fields as the second argument.
 */
export type ServerAction<T> = (input: unknown, form?: FormData) => Promise<Result<T>>;

export interface ActionFormOptions<T> {
  /**
   * Runs in the same transition as the answer, so `pending` lasts until its navigation or refresh
   * has finished: the button stays disabled and a double click sends once. Only with JavaScript;
   * a form posted without it shows the answer instead.
   */
  onSuccess?: (data: T) => void;
  /** What a lost request means here, said after "Could not reach the server…" ("Your answer was not lost."). */
  unreachableHint?: string;
  /** A failure to show before anything is sent (sign-in's ?error= from next-auth's redirects). */
  initialFailure?: Failure;
}

export interface ActionForm<T> {
  /** The last answer; null before the first. */
  result: Result<T> | null;
  /** The last answer if it was a success and no newer submission is on its way ("Saved."). */
  success: Success<T> | null;
  /** The last failure's sentence, for the alert at the top of the form. */
  error: string | null;
  /** The last failure's message per field ("name", "factIds.2"). */
  fieldErrors: Record<string, string>;
  pending: boolean;
  /**
   * Spread on a <form> whose named fields are the action's input: before JavaScript has loaded it
   * posts them to the server action and the page comes back with the answer; afterwards it sends
   * them without a page load.
   */
  form: { action: (fields: FormData) => void; onSubmit: (event: React.FormEvent<HTMLFormElement>) => void };
  /** Sends an input object: forms that need JavaScript to build their input, and buttons. */
  send: (input: unknown) => void;
}

type State<T> = Result<T> | null;
type Reducer<T> = (previous: State<T>, submission: unknown) => Promise<State<T>>;

const noFieldErrors: Record<string, string> = {};
const renderingOnServer = typeof window === "undefined";

/** The call's result, or `unreachable` (with the hint) when the request never got an answer. */
export async function orUnreachable<T>(call: () => Promise<Result<T>>, hint?: string): Promise<Result<T>> {
  try {
    return await call();
  } catch {
    return hint ? { ...unreachable, error: `${unreachable.error} ${hint}` } : unreachable;
  }
}

/**
 * The one way a client component talks to a server action: the pending state, the last answer
 * with its top error and field errors, a lost request as `unreachable`, and `onSuccess` with the
 * action's typed data. Built on useActionState, so a form posts even before hydration.
 */
export function useActionForm<T>(
  action: ServerAction<T>,
  { onSuccess, unreachableHint, initialFailure }: ActionFormOptions<T> = {},
): ActionForm<T> {
  async function inBrowser(_previous: State<T>, submission: unknown): Promise<State<T>> {
    // A form's fields go second, as React posts them before hydration; the server then ignores the first argument.
    const result = await orUnreachable(
      () => (submission instanceof FormData ? action(null, submission) : action(submission)),
      unreachableHint,
    );
    if (result.ok && onSuccess) startTransition(() => onSuccess(result.data));
    return result;
  }
  // While rendering on the server React must get the server action itself: only for a server
  // reference does it render the form as a real POST that works without JavaScript, and restore
  // the answer of such a post into this hook. Nothing is dispatched on the server, so the input
  // objects that `send` passes never reach it there; in the browser every call goes through
  // `inBrowser`, which catches the lost request.
  const reducer = renderingOnServer ? (action as Reducer<T>) : inBrowser;
  const [result, dispatch, pending] = useActionState<State<T>, unknown>(reducer, initialFailure ?? null);

  return {
    result,
    success: result?.ok && !pending ? result : null,
    error: result && !result.ok ? result.error : null,
    fieldErrors: (result && !result.ok && result.fieldErrors) || noFieldErrors,
    pending,
    form: {
      action: dispatch,
      onSubmit(event) {
        // Sent here rather than by React's form action, which would reset the fields afterwards:
        // after a refusal the user corrects what they typed.
        event.preventDefault();
        const fields = new FormData(event.currentTarget);
        startTransition(() => dispatch(fields));
      },
    },
    send: (input) => startTransition(() => dispatch(input)),
  };
}
