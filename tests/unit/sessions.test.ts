// Where a session began (browser, system, network) and who may see or end it.
import { describe, expect, it } from "vitest";
import { deviceOf, networkOf } from "~/sessions/origin.server";
import { can } from "~/sessions/policy";

const WEBKIT = "AppleWebKit/537.36 (KHTML, like Gecko)";
const SAFARI = "AppleWebKit/605.1.15 (KHTML, like Gecko)";

describe("a session's device", () => {
  it.each([
    [`Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${WEBKIT} Chrome/131.0 Safari/537.36 Edg/131.0`, "Edge", "Windows"],
    [`Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) ${SAFARI} Version/18.1 Safari/605.1.15`, "Safari", "macOS"],
    [
      `Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) ${SAFARI} CriOS/131.0 Mobile/15E148 Safari/604.1`,
      "Chrome",
      "iOS",
    ],
    ["Mozilla/5.0 (Android 15; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0", "Firefox", "Android"],
    [`Mozilla/5.0 (X11; Linux x86_64) ${WEBKIT} HeadlessChrome/131.0 Safari/537.36`, "Chrome", "Linux"],
    ["curl/8.5.0", null, null],
    ["", null, null],
  ])("%s", (userAgent, browser, system) => {
    expect(deviceOf(userAgent)).toEqual({ browser, system });
  });
});

describe("a session's network", () => {
  it.each([
    ["127.0.0.1", { kind: "this_computer" }],
    ["::1", { kind: "this_computer" }],
    ["::ffff:127.0.0.1", { kind: "this_computer" }],
    ["10.2.3.4", { kind: "private" }],
    ["172.20.1.1", { kind: "private" }],
    ["192.168.1.20", { kind: "private" }],
    ["fd12:3456::1", { kind: "private" }],
    ["172.32.1.1", { kind: "internet", network: "172.32.1.0/24" }],
    ["203.0.113.77", { kind: "internet", network: "203.0.113.0/24" }],
    ["2001:db8:85a3::8a2e:370:7334", { kind: "internet", network: "2001:db8:85a3::/48" }],
    ["", { kind: "unknown" }],
    ["not an address", { kind: "unknown" }],
  ])("%s", (address, network) => {
    expect(networkOf(address)).toEqual(network);
  });
});

describe("who may see or end a session", () => {
  const korea = { userId: "user-korea" };
  it.each([
    ["see", korea, { userId: "user-korea" }, true],
    ["end", korea, { userId: "user-korea" }, true],
    ["see", korea, { userId: "user-ghana" }, false],
    ["end", korea, { userId: "user-ghana" }, false],
    // The secretariat manages people, not their sessions: it deactivates someone to end them all.
    ["end", { userId: "user-secretariat" }, { userId: "user-korea" }, false],
  ] as const)("%s: %j on %j → %s", (action, viewer, session, allowed) => {
    expect(can(viewer, action, session)).toBe(allowed);
  });
});
