// The people one is paired with, on the dashboard: name, member, how to reach them, and how they
// stand to the reader ("your mentor", "you mentor them", a regional pairing's name).
import type { SerializeFrom } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { ListLink } from "~/components/list-link";
import type { ShownPartner } from "./queries.server";

export function PartnerCard({ partner }: { partner: SerializeFrom<ShownPartner> }) {
  const { t } = useTranslation("members");
  const how = partner.relation;
  return (
    <>
      <strong>{partner.name}</strong>
      {partner.memberSlug ? (
        <>
          {", "}
          <ListLink to={`/members/${partner.memberSlug}`}>{partner.memberName}</ListLink>
        </>
      ) : null}
      <p className="muted">
        {how === "peer" ? t("pairing.inPairing", { pairing: partner.pairingName ?? "" }) : t(`pairing.relation.${how}`)}
      </p>
      <p>
        <a href={`mailto:${partner.email}`}>{partner.email}</a>
        {partner.phone ? (
          <>
            {" · "}
            <a href={`tel:${partner.phone.replace(/\s+/g, "")}`}>{partner.phone}</a>
          </>
        ) : null}
      </p>
    </>
  );
}

/** The dashboard's card; nothing for someone not paired. */
export function Pairings({ partners }: { partners: SerializeFrom<ShownPartner>[] }) {
  const { t } = useTranslation("members");
  if (partners.length === 0) return null;
  return (
    <section className="card" id="pairings" aria-labelledby="pairings-heading">
      <h2 id="pairings-heading">{t("pairing.dashboardHeading")}</h2>
      <ul className="feature-list">
        {partners.map((partner) => (
          <li key={`${partner.pairingId}-${partner.id}`}>
            <PartnerCard partner={partner} />
          </li>
        ))}
      </ul>
    </section>
  );
}
