import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";
import { ComingSoon, comingSoonHandle } from "~/components/coming-soon";

export const handle = comingSoonHandle("manual");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context);
  return null;
}

export default function Page() {
  return <ComingSoon feature="manual" />;
}
