import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES, LOCALES } from "~/i18n/config";
import { keepUnsavedText, restoreUnsavedText } from "~/lib/unsaved-text.client";
import { HeaderSearch } from "./header-search";
import { useRootData } from "./root-data";

const NAV_ITEMS = [
  { to: "/", key: "nav.dashboard", end: true },
  { to: "/work", key: "nav.work" },
  { to: "/calendar", key: "nav.calendar" },
  { to: "/statements", key: "nav.statements" },
  { to: "/groups", key: "nav.groups" },
  { to: "/discussions", key: "nav.discussions" },
  { to: "/announcements", key: "nav.announcements" },
  { to: "/manual", key: "nav.manual" },
  { to: "/library", key: "nav.library" },
  { to: "/members", key: "nav.members" },
] as const;

/** An anonymous visitor's menu: the public site. */
const PUBLIC_NAV_ITEMS = [
  { to: "/", key: "nav.home", end: true },
  { to: "/about/members", key: "nav.publicMembers" },
  { to: "/about/statements", key: "nav.publicStatements" },
  { to: "/about/events", key: "nav.publicEvents" },
  { to: "/about/join", key: "nav.join" },
] as const;

/**
 * One step to another language: a button per language, each named in itself. A select acting on change
 * would move the page as the list is browsed with the arrow keys (WCAG 3.2.2); the same form posts with
 * or without JavaScript, keeping whatever was typed on the page for the reload.
 */
function LanguageSwitcher() {
  const { t } = useTranslation();
  const location = useLocation();
  const current = useRootData()?.locale;
  useEffect(() => restoreUnsavedText(), []);
  return (
    <Form method="post" action="/language" className="language-switcher" reloadDocument onSubmit={keepUnsavedText}>
      <fieldset>
        <legend className="sr-only">{t("language.label")}</legend>
        <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
        {LOCALES.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-current={locale === current ? "true" : undefined}
            className="language-choice"
          >
            {LANGUAGE_NAMES[locale]}
          </button>
        ))}
      </fieldset>
    </Form>
  );
}

/** Named by what it shows ("Notifications 3 unread"): the visible words lead its accessible name (WCAG 2.5.3). */
function NotificationsLink({ unread }: { unread: number }) {
  const { t } = useTranslation();
  return (
    <Link to="/notifications" className="notifications-link">
      {t("shell.notifications")}{" "}
      {unread ? (
        <span className="unread-count">
          {unread}
          <span className="sr-only"> {t("shell.unread", { count: unread })}</span>
        </span>
      ) : null}
    </Link>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const person = useRootData()?.person;
  if (!person) {
    return (
      <Link to="/login" className="user-menu">
        {t("shell.signIn")}
      </Link>
    );
  }
  return (
    <div className="user-menu" role="group" aria-label={t("shell.userLabel")}>
      <Link to="/profile" title={t("shell.profile")}>
        {person.name}
      </Link>
      <span className="user-menu-member">· {person.memberName ?? t("shell.secretariat")}</span>
      <NotificationsLink unread={person.unread} />
      {person.administers ? <Link to="/admin">{t("shell.admin")}</Link> : null}
      <Form method="post" action="/logout" reloadDocument>
        <button type="submit" className="button-small">
          {t("shell.signOut")}
        </button>
      </Form>
    </div>
  );
}

/** In local mode, on another address than APP_URL: why forms will be refused, and what to start with. */
function OpenedElsewhere() {
  const { t } = useTranslation();
  const elsewhere = useRootData()?.openedElsewhere;
  if (!elsewhere) return null;
  return (
    <div className="notice notice-error">
      <p>{t("shell.openedElsewhere", { opened: elsewhere.opened, configured: elsewhere.configured })}</p>
      {elsewhere.start ? (
        <p>
          <code>{elsewhere.start}</code>
        </p>
      ) : null}
    </div>
  );
}

/** On a phone the menu scrolls sideways: bring the current page's item into view (without scrolling the page). */
function useCurrentNavItemInView(menu: React.RefObject<HTMLUListElement | null>) {
  const { pathname } = useLocation();
  useEffect(() => {
    const list = menu.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !current || list.scrollWidth <= list.clientWidth) return;
    list.scrollLeft = current.offsetLeft - (list.clientWidth - current.offsetWidth) / 2;
  }, [menu, pathname]);
}

/** How to reach the secretariat, on every page: from inside the network, or as a visitor. */
function ContactSecretariat({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  if (!signedIn) {
    return (
      <p>
        <Link to="/about/join">{t("footer.contactVisitor")}</Link>
      </p>
    );
  }
  return (
    <p>
      <Link to="/ask">{t("footer.ask")}</Link> · <a href="/members#secretariat">{t("footer.secretariat")}</a> ·{" "}
      <Link to="/about">{t("footer.publicSite")}</Link>
    </p>
  );
}

export function SiteShell({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  const menu = useRef<HTMLUListElement>(null);
  useCurrentNavItemInView(menu);
  const signedIn = Boolean(useRootData()?.person);
  const navItems = signedIn ? NAV_ITEMS : PUBLIC_NAV_ITEMS;
  return (
    <>
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              R2P
            </span>
            <span className="brand-name">{t("app.name")}</span>
          </Link>
          <HeaderSearch />
          <div className="header-tools">
            <UserMenu />
            <LanguageSwitcher />
          </div>
        </div>
        <nav aria-label={t("shell.navLabel")} className="site-nav">
          <ul ref={menu}>
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={"end" in item}>
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <OpenedElsewhere />
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("footer.about")}</p>
        <p>{t("footer.confidentiality")}</p>
        <ContactSecretariat signedIn={signedIn} />
        <p>
          <a href="/healthz">{t("footer.health")}</a>
        </p>
      </footer>
    </>
  );
}
