import { useLocation, useMatches, useRouteError, isRouteErrorResponse } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import type { TFunction } from "i18next";
import type { Namespace } from "~/locales";
import { useTranslation } from "react-i18next";
import { confirmationIn } from "~/confirmation/screen";

/** A route names its page through `handle.title`, translated, so the tab title follows the language. */
export interface RouteHandle {
  i18n?: Namespace | Namespace[];
  title?: (t: TFunction<Namespace[]>, data: unknown) => string;
  /** The page's `<meta name="description">`, from the `common` namespace's `meta` texts. */
  description?: (t: TFunction<Namespace[]>) => string;
  /** Kept out of search engines (`<meta name="robots" content="noindex">`). */
  noindex?: boolean;
}

/** Which error page an error shows: the same words in its heading and in the tab's title. */
export function errorKind(error: unknown): "notFound" | "forbidden" | "generic" {
  if (isRouteErrorResponse(error) && error.status === 404) return "notFound";
  if (isRouteErrorResponse(error) && error.status === 403) return "forbidden";
  return "generic";
}

/**
 * The confirmation after an action, read out by screen readers; nothing when there is none. It lives
 * beside the title it follows on the page, in a module every page loads (one script fewer each).
 */
export function SuccessNotice({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return (
    <p className="notice notice-success" role="status">
      {children}
    </p>
  );
}

/** The page's one h1; `lang` when it is content written in another language than the page. */
export function PageTitle({ children, lang }: { children: string; lang?: string }) {
  return (
    <h1 id="page-title" lang={lang} tabIndex={-1}>
      {children}
    </h1>
  );
}

/**
 * After a navigation inside the app (the browser did not load a page), focus goes to the new page's h1:
 * a screen reader then reads where one arrived, as after a page load, and Tab continues from there.
 * A link to a part of a page (`#signatures`) is left to the browser.
 */
export function FocusPageTitleOnNavigation() {
  const { key, hash } = useLocation();
  const loaded = useRef(key);
  useEffect(() => {
    if (key === loaded.current || hash) return;
    document.getElementById("page-title")?.focus({ preventScroll: true });
  }, [key, hash]);
  return null;
}

/** The document's <title>, from the deepest route that names itself (or the error shown). */
export function DocumentTitle() {
  const matches = useMatches();
  // Wait for the namespaces the page's routes name, so a title is never shown as its raw key.
  const namespaces = matches.flatMap((match) => {
    const i18n = (match.handle as RouteHandle | undefined)?.i18n;
    return i18n === undefined ? [] : Array.isArray(i18n) ? i18n : [i18n];
  });
  const { t } = useTranslation(["common", ...namespaces]);
  const error = useRouteError();
  let page: string | undefined;
  if (error) {
    // An act answered with its confirmation screen (app/confirmation) is not an error.
    const confirmation = confirmationIn(error);
    page = confirmation ? t(`confirmation.acts.${confirmation.act}.title`) : t(`errors.${errorKind(error)}.title`);
  } else {
    for (const match of [...matches].reverse()) {
      const handle = match.handle as RouteHandle | undefined;
      if (handle?.title) {
        page = handle.title(t as unknown as TFunction<Namespace[]>, match.data);
        break;
      }
    }
  }
  return <title>{page ? t("app.title", { page }) : t("app.name")}</title>;
}
