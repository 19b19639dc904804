import { SectionIntro, sectionMetadata } from "@/components/section-intro";

export const metadata = sectionMetadata("study");
export default function Page() {
  return <SectionIntro section="study" />;
}
