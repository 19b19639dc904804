import { SectionIntro, sectionMetadata } from "@/components/section-intro";

export const metadata = sectionMetadata("progress");
export default function Page() {
  return <SectionIntro section="progress" />;
}
