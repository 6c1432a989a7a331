import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensureVisible, found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, SelectField, TextAreaField } from "~/components/field";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { answerInquiry, setInquiryStatus } from "~/inquiries/commands.server";
import { InquiryKindTag, InquiryStatusTag, PlainText } from "~/inquiries/components";
import { inquiryAction } from "~/inquiries/forms.server";
import { can } from "~/inquiries/policy";
import { loadInquiry } from "~/inquiries/queries.server";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { formFailure, parseForm } from "~/lib/forms.server";
import { idParam } from "~/lib/params";

export const handle: RouteHandle = {
  i18n: "inquiries",
  title: (_t, data) => (data as { inquiry?: { subject: string } } | undefined)?.inquiry?.subject ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const inquiry = found(await loadInquiry(getDb(), idParam(params.id), viewer.locale));
  ensureVisible(can(viewer, "read", inquiry));
  return {
    inquiry,
    offers: { setStatus: can(viewer, "setStatus", inquiry), answer: can(viewer, "answer", inquiry) },
    back: can(viewer, "seeQueue", null) ? "/inquiries" : "/ask",
    timeZone: viewer.timeZone,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const id = idParam(params.id);
  const parsed = parseForm(inquiryAction, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  if (parsed.data.intent === "status") {
    await setInquiryStatus(getDb(), viewer, id, parsed.data.status);
    throw redirect(`/inquiries/${id}?notice=status`);
  }
  await answerInquiry(getDb(), viewer, id, parsed.data.answer);
  throw redirect(`/inquiries/${id}?notice=answered`);
}

const NOTICES = ["sent", "status", "answered"] as const;

export default function InquiryPage() {
  const { inquiry, offers, back, timeZone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inquiries");
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((key) => key === searchParams.get("notice"));
  return (
    <>
      <p>
        <Link to={back}>{t(back === "/ask" ? "inquiry.backToAsk" : "inquiry.backToQueue")}</Link>
      </p>
      <PageTitle>{inquiry.subject}</PageTitle>
      <SuccessNotice>{notice && t(`notices.${notice}`)}</SuccessNotice>
      <p>
        <InquiryKindTag kind={inquiry.kind} /> <InquiryStatusTag status={inquiry.status} />
      </p>
      <dl className="facts">
        <dt>{t("inquiry.from")}</dt>
        <dd>
          {inquiry.memberName
            ? t("inquiry.fromMember", { name: inquiry.askedBy ?? "", member: inquiry.memberName })
            : t("inquiry.fromVisitor", {
                name: inquiry.contactName ?? "",
                organisation: inquiry.organisation ?? "",
              })}
          {inquiry.contactEmail ? (
            <>
              {" · "}
              <a href={`mailto:${inquiry.contactEmail}`}>{inquiry.contactEmail}</a>
            </>
          ) : null}
        </dd>
        <dt>{t("inquiry.sentOn")}</dt>
        <dd>{formatDateTime(locale, inquiry.createdAt, timeZone)}</dd>
      </dl>
      <section aria-labelledby="question-heading" className="section-gap">
        <h2 id="question-heading">{t(`inquiry.question.${inquiry.kind}`)}</h2>
        <PlainText text={inquiry.body} />
      </section>
      <section aria-labelledby="answer-heading" className="section-gap">
        <h2 id="answer-heading">{t("inquiry.answerHeading")}</h2>
        {inquiry.answeredAt ? (
          <>
            <p className="muted">
              {t("inquiry.answeredBy", {
                name: inquiry.answeredBy ?? "",
                date: formatDateTime(locale, inquiry.answeredAt, timeZone),
              })}
            </p>
            <PlainText text={inquiry.answer} />
          </>
        ) : (
          <p>{t(offers.answer ? "inquiry.unanswered" : "inquiry.notYet")}</p>
        )}
      </section>
      {offers.setStatus ? (
        <Form method="post" className="section-gap filters">
          <input type="hidden" name="intent" value="status" />
          <SelectField
            name="status"
            label={t("inquiry.status")}
            defaultValue={inquiry.status}
            error={result?.errors?.status}
            options={(["received", "in_progress"] as const).map((status) => ({
              value: status,
              label: t(`status.${status}`),
            }))}
          />
          <button type="submit" className="button-secondary">
            {t("inquiry.setStatus")}
          </button>
        </Form>
      ) : null}
      {offers.answer ? (
        <Form method="post" className="stack section-gap narrow" noValidate>
          <FocusFirstError errors={result?.errors} />
          <input type="hidden" name="intent" value="answer" />
          <TextAreaField
            name="answer"
            label={t("inquiry.answer")}
            hint={t("inquiry.answerHint")}
            required
            defaultValue={result?.values?.answer}
            error={result?.errors?.answer}
          />
          <p>
            <button type="submit">{t("inquiry.sendAnswer")}</button>
          </p>
        </Form>
      ) : null}
    </>
  );
}
