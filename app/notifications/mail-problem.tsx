// On a person's profile: mail to their address is not arriving, since when and why.
import { useTranslation } from "react-i18next";
import type { EmailProblemKind } from "../../db/schema";
import { useLocale } from "~/components/use-locale";
import { formatDate } from "~/lib/format";

export function MailProblemNotice({
  problem,
  email,
  timeZone,
}: {
  problem: { kind: EmailProblemKind; reason: string; occurredAt: string | Date } | null;
  email: string;
  timeZone: string;
}) {
  const { t } = useTranslation("channels");
  const locale = useLocale();
  if (!problem) return null;
  return (
    <div className="notice notice-warning" role="alert">
      <p>
        {t(`mail.profile_${problem.kind}`, { email, date: formatDate(locale, problem.occurredAt, timeZone) })}
        {problem.reason ? ` (${problem.reason})` : ""}
      </p>
      <p>{t("mail.profileHelp")}</p>
    </div>
  );
}
