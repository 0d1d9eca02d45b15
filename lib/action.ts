import "server-only";
import { revalidatePath } from "next/cache";
import { invalidateSharedCache } from "@/lib/shared-cache";
import type { z } from "zod";
import { requireActionUser } from "@/features/accounts/session";
import type { SessionUser } from "@/features/accounts/types";
import { actionError, NotFoundError, ValidationError, type ActionFailure, type ActionResult } from "./errors";
import { INVALID_ID } from "./ids";

// The one pipeline of every server action: session → parse → run the `…For(user, input)` mutation
// (permission, transaction, audit live there) → revalidate → reply. Any throw on the way becomes the
// translated `{ ok: false }` of actionError: expected errors show their message, unexpected ones are
// logged and answered generically; redirects and notFound() pass through. An action that goes to
// another page on success names it in `redirect` instead of `reply`.

/** What a successful action answers besides `ok: true`. */
export type ActionReply<D> = { data: D; message?: string };

type ActionSpec<Args extends unknown[], Schema extends z.ZodType, User, R, D> = {
  /**
   * The call's arguments as the one value `schema` parses. Default: the first argument. Actions keep
   * positional arguments (`removeMember(organizationId, userId)`) so callers read naturally.
   */
  args?: (...args: Args) => unknown;
  /** The action's input; an id in it that does not parse (lib/ids.ts) answers "not found". */
  schema: Schema;
  run: (user: User, input: z.output<Schema>) => Promise<R> | R;
  /** Layout paths to revalidate after a successful run ("/" = every page). */
  revalidate?: readonly string[];
  /** Turns the mutation's result into the answer (data, translated message) or redirects. Default: the result as data. */
  reply?: (result: R, input: z.output<Schema>) => Promise<ActionReply<D>> | ActionReply<D>;
  /**
   * Where to go after success instead of answering (i18n redirect). Called outside the error
   * handling, like a redirect after a try/catch, so the redirect is never mistaken for a failure.
   */
  redirect?: (result: R, input: z.output<Schema>) => Promise<never>;
};

/** An action that redirects on success only ever answers with a failure. */
type RedirectingSpec<Args extends unknown[], Schema extends z.ZodType, User, R> = Omit<
  ActionSpec<Args, Schema, User, R, never>,
  "reply" | "redirect"
> & {
  redirect: (result: R, input: z.output<Schema>) => Promise<never>;
};

/** The arguments as a FormData's text fields (missing or file → null): the envelope of form actions. */
export function formFields<K extends string>(formData: FormData, keys: readonly K[]): Record<K, string | null> {
  const fields = {} as Record<K, string | null>;
  for (const key of keys) {
    const value = formData.get(key);
    fields[key] = typeof value === "string" ? value : null;
  }
  return fields;
}

function parse<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  if (parsed.error.issues.some((issue) => issue.message === INVALID_ID)) throw new NotFoundError();
  throw ValidationError.fromZod(parsed.error);
}

function pipeline<Args extends unknown[], Schema extends z.ZodType, User, R, D>(
  resolveUser: () => Promise<User>,
  spec: ActionSpec<Args, Schema, User, R, D>,
): (...args: Args) => Promise<ActionResult<D>> {
  return async (...args: Args) => {
    let done: { result: R; input: z.output<Schema> };
    try {
      const user = await resolveUser();
      const input = parse(spec.schema, spec.args ? spec.args(...args) : args[0]);
      const result = await spec.run(user, input);
      if (spec.revalidate?.length) {
        // What every visitor shares (facets, counts) is cached in-process too: drop it with the pages.
        invalidateSharedCache();
        for (const path of spec.revalidate) revalidatePath(path, "layout");
      }
      if (!spec.redirect) {
        const reply = spec.reply ? await spec.reply(result, input) : { data: result as unknown as D };
        return { ok: true, ...reply };
      }
      done = { result, input };
    } catch (error) {
      return actionError(error);
    }
    return spec.redirect(done.result, done.input);
  };
}

/**
 * An action of a signed-in user who has accepted the current terms of use (requireActionUser).
 * `skipTermsCheck` is for the action that accepts them.
 */
export function defineAction<Args extends unknown[], Schema extends z.ZodType, R>(
  spec: RedirectingSpec<Args, Schema, SessionUser, R> & { skipTermsCheck?: boolean },
): (...args: Args) => Promise<ActionFailure>;
export function defineAction<Args extends unknown[], Schema extends z.ZodType, R, D = R>(
  spec: ActionSpec<Args, Schema, SessionUser, R, D> & { skipTermsCheck?: boolean },
): (...args: Args) => Promise<ActionResult<D>>;
export function defineAction<Args extends unknown[], Schema extends z.ZodType, R, D = R>(
  spec: ActionSpec<Args, Schema, SessionUser, R, D> & { skipTermsCheck?: boolean },
): (...args: Args) => Promise<ActionResult<D>> {
  return pipeline(() => requireActionUser({ skipTermsCheck: spec.skipTermsCheck }), spec);
}

/** An action anyone may call (registration, password reset): the input itself is the authorisation. */
export function definePublicAction<Args extends unknown[], Schema extends z.ZodType, R, D = R>(
  spec: ActionSpec<Args, Schema, null, R, D>,
): (...args: Args) => Promise<ActionResult<D>> {
  return pipeline(async () => null, spec);
}
