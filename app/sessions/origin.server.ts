// Where a session began, told from its request alone (no outside service): the browser and system
// from the User-Agent, and the network from the address (this computer, a private network, or an
// internet address shortened to its network, which is what a person recognises, not a host).
import { isIP } from "node:net";

export interface Device {
  browser: string | null;
  system: string | null;
}

const BROWSERS: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/Firefox\/|FxiOS\//, "Firefox"],
  [/Chrom(e|ium)\/|CriOS\//, "Chrome"],
  [/Safari\//, "Safari"],
];

const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad|iPod/, "iOS"],
  [/Android/, "Android"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

const first = (table: [RegExp, string][], text: string) => table.find(([pattern]) => pattern.test(text))?.[1] ?? null;

export function deviceOf(userAgent: string): Device {
  return { browser: first(BROWSERS, userAgent), system: first(SYSTEMS, userAgent) };
}

export type Network = { kind: "this_computer" | "private" | "unknown" } | { kind: "internet"; network: string };

const PRIVATE_V4 = [
  /^10\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^169\.254\./,
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
];

export function networkOf(address: string): Network {
  const ip = address.replace(/^::ffff:/, "");
  const version = isIP(ip);
  if (!version) return { kind: "unknown" };
  if (ip === "::1" || ip.startsWith("127.")) return { kind: "this_computer" };
  if (version === 4) {
    if (PRIVATE_V4.some((range) => range.test(ip))) return { kind: "private" };
    return { kind: "internet", network: `${ip.split(".").slice(0, 3).join(".")}.0/24` };
  }
  if (/^f[cd]/i.test(ip) || /^fe80:/i.test(ip)) return { kind: "private" };
  return { kind: "internet", network: `${ip.split(":").slice(0, 3).join(":")}::/48` };
}
