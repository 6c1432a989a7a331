// The secretariat decides whether everyone who signs in a member's name must confirm acts of state
// with a passkey, and sees who has none yet (a lost passkey is reset from the person's member page).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { CheckboxField } from "~/components/field";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { TableSection } from "~/components/table-section";
import { getDb } from "~/lib/db.server";
import { parseForm } from "~/lib/forms.server";
import { setPasskeysRequired } from "~/passkeys/commands.server";
import { requirePasskeysForm } from "~/passkeys/forms.server";
import { can } from "~/passkeys/policy";
import { passkeysRequired, signersWithoutPasskeys } from "~/passkeys/queries.server";

export const handle: RouteHandle = { i18n: "admin", title: (t) => t("admin:passkeys.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "require"));
  const db = getDb();
  const [required, signers] = await Promise.all([passkeysRequired(db), signersWithoutPasskeys(db, viewer.locale)]);
  return { required, signers };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "require"));
  const parsed = parseForm(requirePasskeysForm, await request.formData());
  // One checkbox: nobody types into it, so a bad post is a bad request.
  if (!parsed.success) throw new Response(null, { status: 400 });
  await setPasskeysRequired(getDb(), viewer, parsed.data.required);
  return redirect("/admin/passkeys?saved=1");
}

export default function PasskeysSetting() {
  const { required, signers } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("admin");
  return (
    <>
      <PageTitle>{t("passkeys.title")}</PageTitle>
      <SuccessNotice>{searchParams.has("saved") ? t("passkeys.saved") : null}</SuccessNotice>
      <p>{t("passkeys.intro")}</p>
      <Form method="post" className="stack">
        <CheckboxField
          name="required"
          label={t("passkeys.required")}
          hint={t("passkeys.requiredHint")}
          defaultChecked={required}
        />
        <p>
          <button type="submit">{t("passkeys.save")}</button>
        </p>
      </Form>
      <p>{t("passkeys.count", { count: signers.total - signers.without.length, total: signers.total })}</p>
      <TableSection
        id="without"
        title={t("passkeys.without")}
        headers={[t("retention.person"), t("retention.member")]}
        empty={t("passkeys.withoutEmpty")}
        isEmpty={signers.without.length === 0}
      >
        {signers.without.map((person) => (
          <tr key={person.id}>
            <th scope="row">{person.name}</th>
            <td>{person.member}</td>
          </tr>
        ))}
      </TableSection>
    </>
  );
}
