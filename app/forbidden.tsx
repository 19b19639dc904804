import type { Metadata } from "next";
import { ButtonLink, Notice } from "@/components/ui";

export const metadata: Metadata = { title: "Not allowed" };

export default function Forbidden() {
  return (
    <Notice code="403" title="This page isn't for your account">
      <p>
        You are signed in, but this part of Sourcebound belongs to another role. Your own pages are in the menu above.
      </p>
      <ButtonLink href="/">Go to the home page</ButtonLink>
    </Notice>
  );
}
