import type { LoaderFunctionArgs } from "@remix-run/node";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { toCsv } from "~/lib/csv";
import { download } from "~/members/contacts.server";
import { can } from "~/members/policy";
import { TURNOVER_COLUMNS } from "~/members/turnover.server";

/** The turnover import's template: its columns and one example row (in the spreadsheet's language's CSV). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "invite", null));
  const example = ["ghana", "Ama Owusu", "ama.owusu@mfa-ghana.example.org", "focal_point", "en", "2027-01-15"];
  return download(toCsv([[...TURNOVER_COLUMNS], example], viewer.locale), "text/csv", "turnover-template.csv");
}
