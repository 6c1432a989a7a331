import { Form, useSearchParams } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { SEARCH_MAX_LENGTH } from "~/search/kinds";
import { useRootData } from "./root-data";

/** The search box of every page: a plain GET form to /search; with JavaScript, "/" focuses it. */
export function HeaderSearch() {
  const { t } = useTranslation();
  const signedIn = Boolean(useRootData()?.person);
  const [searchParams] = useSearchParams();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (
        event.key !== "/" ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        target.isContentEditable ||
        /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
      )
        return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  if (!signedIn) return null;
  return (
    <Form method="get" action="/search" role="search" className="header-search" aria-label={t("search.label")}>
      <label htmlFor="header-search" className="sr-only">
        {t("search.label")}
      </label>
      <input
        ref={input}
        id="header-search"
        name="q"
        type="search"
        placeholder={t("search.placeholder")}
        aria-keyshortcuts="/"
        maxLength={SEARCH_MAX_LENGTH}
        defaultValue={searchParams.get("q") ?? ""}
        key={searchParams.get("q") ?? ""}
      />
      <button type="submit" className="button-small">
        {t("search.submit")}
      </button>
    </Form>
  );
}
