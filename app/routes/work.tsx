import { ComingSoon, comingSoonHandle } from "~/components/coming-soon";

export const handle = comingSoonHandle("work");

export default function Page() {
  return <ComingSoon feature="work" />;
}
