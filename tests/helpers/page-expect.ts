// Playwright's retrying assertions (toBeVisible, toHaveText, toHaveURL...): they wait for the page
// to get there, where a one-shot `isVisible()` reads it at one moment and flakes.
export { expect as expectPage } from "@playwright/test";
