import type { Metadata } from "next";
import { ButtonLink, Notice } from "@/components/ui";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <Notice code="404" title="We couldn't find that page">
      <p>The link may be old, or the page may have moved. Check the address, or start again from the home page.</p>
      <ButtonLink href="/">Back to the home page</ButtonLink>
    </Notice>
  );
}
