/** Input rules shared by many server actions and route handlers. */
import { z } from "zod";
import { isKnownTimeZone } from "@/lib/dates";

/** A database row id (cuid) from a form or an address; `message` names what was unknown. */
export const recordId = (message: string) => z.string().regex(/^[a-z0-9]{10,40}$/, { error: message });

/** An IANA time zone the runtime knows, as a browser reports it. */
export const timeZoneSchema = z.string().max(64).refine(isKnownTimeZone, { error: "Unknown time zone." });

/** An article's or a fact's id (a slug of lowercase words and digits); `message` names what was unknown. */
export const slugId = (message: string) =>
  z
    .string({ error: message })
    .max(120, { error: message })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: message });
