import { useTranslation } from "react-i18next";
import { MultiPicker } from "~/components/picker";
import { REGIONAL_GROUPS, type RegionalGroup } from "../../db/schema";

export interface MemberChoice {
  slug: string;
  name: string;
  regionalGroup: RegionalGroup | null;
}

/** Members to choose several of (a drafting group, co-signatories, participants), by UN regional group. */
export function MemberPicker({
  members,
  ...picker
}: {
  name: string;
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  members: MemberChoice[];
  defaultValue?: string[];
}) {
  const { t } = useTranslation();
  const order = (member: MemberChoice) =>
    member.regionalGroup ? REGIONAL_GROUPS.indexOf(member.regionalGroup) : REGIONAL_GROUPS.length;
  const choices = [...members]
    .sort((a, b) => order(a) - order(b))
    .map((member) => ({
      value: member.slug,
      label: member.name,
      group: t(`regionalGroups.${member.regionalGroup ?? "organisation"}`),
    }));
  return <MultiPicker {...picker} choices={choices} />;
}
