import { SectionIntro, sectionMetadata } from "@/components/section-intro";

export const metadata = sectionMetadata("classes");
export default function Page() {
  return <SectionIntro section="classes" />;
}
