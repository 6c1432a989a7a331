import type { ShouldRevalidateFunction } from "@remix-run/react";

/**
 * After a refused change (409) the text may have moved on: reload it, so the page shows the latest
 * version and the next attempt is based on it. (Remix skips reloading after 4xx answers by default.)
 */
export const revalidateAfterRefusal: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 || defaultShouldRevalidate;
