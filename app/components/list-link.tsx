import { useNavigate } from "@remix-run/react";
import { useEffect, type AnchorHTMLAttributes } from "react";

/**
 * A link in a long list (contents, search results, directories): a plain anchor that the page's
 * one click listener (InAppNavigation) turns into an in-app navigation, as Remix's Link would.
 * Each Link costs about 12 µs to render on the server, so the manual's contents (a hundred
 * chapters) paid over a millisecond for its links alone. `data-discover` lets lazy route discovery
 * find the route before the click, as it does for Link.
 */
export function ListLink({ to, ...props }: { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href">) {
  return <a href={to} data-discover="true" data-list-link="" {...props} />;
}

/** A click on a ListLink that the browser should leave alone: new tab, download, other site. */
function leftToBrowser(event: MouseEvent, anchor: HTMLAnchorElement): boolean {
  return (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    (anchor.target !== "" && anchor.target !== "_self") ||
    anchor.hasAttribute("download") ||
    anchor.origin !== window.location.origin
  );
}

/** The one listener behind every ListLink; rendered once, in the root layout. */
export function InAppNavigation() {
  const navigate = useNavigate();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const anchor =
        event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[data-list-link]") : null;
      if (!anchor || leftToBrowser(event, anchor)) return;
      event.preventDefault();
      navigate(anchor.pathname + anchor.search + anchor.hash);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [navigate]);
  return null;
}
