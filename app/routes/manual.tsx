import { ComingSoon, comingSoonHandle } from "~/components/coming-soon";

export const handle = comingSoonHandle("manual");

export default function Page() {
  return <ComingSoon feature="manual" />;
}
