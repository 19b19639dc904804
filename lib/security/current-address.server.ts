import "server-only";
import { headers } from "next/headers";
import { requestAddress } from "./request-address";

/** The address of the client behind the current request (server actions, pages). */
export async function currentAddress(): Promise<string> {
  return requestAddress(await headers());
}
