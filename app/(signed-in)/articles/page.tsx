import { SectionIntro, sectionMetadata } from "@/components/section-intro";

export const metadata = sectionMetadata("articles");
export default function Page() {
  return <SectionIntro section="articles" />;
}
