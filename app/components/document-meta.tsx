import { useMatches } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Namespace } from "~/locales";
import type { RouteHandle } from "./page-title";

/**
 * What a search engine or a shared link says of the page: the deepest route's description (else the
 * portal's), translated; and `noindex` where a route asks for it (members' pages name focal points).
 */
export function DocumentMeta() {
  const matches = useMatches();
  const { t } = useTranslation("common");
  const handles = matches.map((match) => match.handle as RouteHandle | undefined);
  const described = [...handles].reverse().find((handle) => handle?.description);
  const description = described?.description?.(t as unknown as TFunction<Namespace[]>) ?? t("meta.description");
  const noindex = handles.some((handle) => handle?.noindex);
  return (
    <>
      <meta name="description" content={description} />
      {noindex ? <meta name="robots" content="noindex, nofollow" /> : null}
    </>
  );
}
