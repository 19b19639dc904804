import { SectionIntro, sectionMetadata } from "@/components/section-intro";

export const metadata = sectionMetadata("review");
export default function Page() {
  return <SectionIntro section="review" />;
}
