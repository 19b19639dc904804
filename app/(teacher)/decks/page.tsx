import { SectionIntro, sectionMetadata } from "@/components/section-intro";

export const metadata = sectionMetadata("decks");
export default function Page() {
  return <SectionIntro section="decks" />;
}
