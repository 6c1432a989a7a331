import { ComingSoon, comingSoonHandle } from "~/components/coming-soon";

export const handle = comingSoonHandle("calendar");

export default function Page() {
  return <ComingSoon feature="calendar" />;
}
