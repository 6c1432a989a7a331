import { ComingSoon, comingSoonHandle } from "~/components/coming-soon";

export const handle = comingSoonHandle("members");

export default function Page() {
  return <ComingSoon feature="members" />;
}
