import { ComingSoon, comingSoonHandle } from "~/components/coming-soon";

export const handle = comingSoonHandle("statements");

export default function Page() {
  return <ComingSoon feature="statements" />;
}
