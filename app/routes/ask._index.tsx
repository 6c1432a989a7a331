import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { ensure } from "~/auth/policy";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { ListLink } from "~/components/list-link";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { sendInquiry } from "~/inquiries/commands.server";
import { InquiryKindTag, InquiryStatusTag } from "~/inquiries/components";
import { askForm } from "~/inquiries/forms.server";
import { can } from "~/inquiries/policy";
import { listMemberInquiries } from "~/inquiries/queries.server";
import { getDb } from "~/lib/db.server";
import { formatDate } from "~/lib/format";
import { formFailure, parseForm } from "~/lib/forms.server";

export const handle: RouteHandle = { i18n: "inquiries", title: (t) => t("inquiries:ask.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  // The secretariat is who is asked: its side of this page is the queue.
  if (can(viewer, "seeQueue", null)) throw redirect("/inquiries");
  ensure(can(viewer, "ask", null) && viewer.memberId !== null);
  return {
    inquiries: await listMemberInquiries(getDb(), viewer.memberId),
    memberName: viewer.memberName,
    timeZone: viewer.timeZone,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const parsed = parseForm(askForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const id = await sendInquiry(getDb(), viewer, parsed.data);
  throw redirect(`/inquiries/${id}?notice=sent`);
}

export default function Ask() {
  const { inquiries, memberName, timeZone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inquiries");
  const locale = useLocale();
  return (
    <>
      <PageTitle>{t("ask.title")}</PageTitle>
      <p className="lead">{t("ask.intro")}</p>
      <p>
        <a href="/members#secretariat">{t("ask.directory")}</a>
      </p>
      <section aria-labelledby="ask-heading" className="card narrow">
        <h2 id="ask-heading">{t("ask.formHeading", { member: memberName })}</h2>
        <Form method="post" className="stack" noValidate>
          <FocusFirstError errors={result?.errors} />
          <SelectField
            name="kind"
            label={t("ask.kind")}
            hint={t("ask.kindHint")}
            defaultValue={result?.values?.kind ?? "inquiry"}
            error={result?.errors?.kind}
            options={[
              { value: "inquiry", label: t("kinds.inquiry") },
              { value: "project_proposal", label: t("kinds.project_proposal") },
            ]}
          />
          <TextField
            name="subject"
            label={t("ask.subject")}
            required
            maxLength={200}
            defaultValue={result?.values?.subject}
            error={result?.errors?.subject}
          />
          <TextAreaField
            name="body"
            label={t("ask.body")}
            hint={t("ask.bodyHint")}
            required
            defaultValue={result?.values?.body}
            error={result?.errors?.body}
          />
          <p>
            <button type="submit">{t("ask.submit")}</button>
          </p>
        </Form>
      </section>
      <section aria-labelledby="mine-heading" className="section-gap">
        <h2 id="mine-heading">{t("ask.mineHeading", { member: memberName })}</h2>
        {inquiries.length === 0 ? (
          <p>{t("ask.none")}</p>
        ) : (
          <ul className="activity-list">
            {inquiries.map((inquiry) => (
              <li key={inquiry.id}>
                <h3>
                  <ListLink to={`/inquiries/${inquiry.id}`}>{inquiry.subject}</ListLink>
                </h3>
                <p>
                  <InquiryKindTag kind={inquiry.kind} /> <InquiryStatusTag status={inquiry.status} />
                </p>
                <p className="muted">
                  {t("ask.sentBy", {
                    name: inquiry.askedBy ?? "",
                    date: formatDate(locale, inquiry.createdAt, timeZone),
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
