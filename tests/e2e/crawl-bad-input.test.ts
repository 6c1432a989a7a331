// Issue 19: bad input never gets a 500. Generated from the route manifest and a crawl as each role:
// every page × hostile query values and path segments, every form × hostile field values. A new
// route or form joins this test by being linked from a page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  crawl,
  CRAWL_ROLES,
  type Field,
  type Form,
  matchRoute,
  parsePage,
  prepareCrawl,
  request,
  routeManifest,
  type Role,
  type Route,
  runQueue,
  signInRoles,
  type SignedInRole,
  unreachedRoutes,
  type Visit,
} from "../helpers/crawler";
import { type Portal, startPortal } from "../helpers/portal";

/** What a value is for, which decides the hostile values worth sending in its place. */
type Kind = "text" | "number" | "day" | "month" | "datetime" | "time" | "choice";
const EVERY_KIND: Kind[] = ["text", "number", "day", "month", "datetime", "time", "choice"];

const TEXT_TYPES = new Set(["text", "textarea", "search", "email", "url", "tel"]);

function kindOf(type: string, value: string): Kind {
  if (type === "date" || /^\d{4}-\d{2}-\d{2}$/.test(value)) return "day";
  if (type === "month" || /^\d{4}-\d{2}$/.test(value)) return "month";
  if (type === "datetime-local" || /^\d{4}-\d{2}-\d{2}T/.test(value)) return "datetime";
  if (type === "time" || /^\d{2}:\d{2}$/.test(value)) return "time";
  if (type === "number" || /^-?\d+$/.test(value)) return "number";
  return TEXT_TYPES.has(type) ? "text" : "choice";
}

const NUL = { name: "NUL byte", value: "a\u0000b" };
/** What people (and scripts) send that the portal must answer with 400, 404 or the form again. */
const HOSTILE: { name: string; value: string; kinds: Kind[] }[] = [
  { ...NUL, kinds: EVERY_KIND },
  { name: "empty", value: "", kinds: EVERY_KIND },
  { name: "control character", value: "a\u0007b", kinds: ["text"] },
  { name: "unknown value", value: "zz-unknown", kinds: EVERY_KIND.filter((kind) => kind !== "text") },
  { name: "number past any integer", value: "99999999999999999999", kinds: ["number", "choice"] },
  { name: "negative number", value: "-1", kinds: ["number"] },
  { name: "impossible date", value: "2026-02-30", kinds: ["day"] },
  { name: "last day of year 9999", value: "9999-12-31", kinds: ["day"] },
  { name: "impossible month", value: "2026-13", kinds: ["month"] },
  { name: "month of year 9999", value: "9999-12", kinds: ["month"] },
  { name: "impossible date and time", value: "2026-02-30T10:00", kinds: ["datetime"] },
  { name: "last minute of year 9999", value: "9999-12-31T23:59", kinds: ["datetime"] },
  { name: "impossible time", value: "25:61", kinds: ["time"] },
];
/** Too long for any field. In an address Node refuses 100,000 characters itself (431), so 5,000 there. */
const LONG_FIELD = { name: "100,000 characters", value: "x".repeat(100_000), kinds: ["text"] as Kind[] };
const LONG_QUERY = { name: "5,000 characters", value: "x".repeat(5_000), kinds: ["text"] as Kind[] };
/** As a path segment (already encoded), with an encoding that does not decode. */
const HOSTILE_SEGMENTS: { name: string; value: string; kinds: Kind[] }[] = [
  { name: "NUL byte", value: "%00", kinds: EVERY_KIND },
  { name: "unknown value", value: "zz-unknown", kinds: EVERY_KIND },
  { name: "number past any integer", value: "99999999999999999999", kinds: EVERY_KIND },
  { name: "negative number", value: "-1", kinds: ["number"] },
  { name: "zero", value: "0", kinds: ["number"] },
  { name: "broken percent-encoding", value: "%E0%A4%A", kinds: EVERY_KIND },
];

/** A plausible value for an empty field, so a form gets past "required" to the field under test. */
function plausible(field: Field): string {
  if (field.value || field.honeypot || field.type === "hidden" || field.type.startsWith("select")) return field.value;
  const byType: Record<string, string> = {
    email: "crawler@example.org",
    url: "https://example.org/crawl",
    date: "2026-09-15",
    "datetime-local": "2026-09-15T10:00",
    time: "10:00",
    month: "2026-09",
    number: "1",
  };
  return byType[field.type] ?? `Typed into ${field.name}`;
}

/** React's escaping of text and attribute values. */
const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");

let portal: Portal;
let routes: Route[];
let roles: SignedInRole[];
let restoreRoles: () => Promise<void>;
const visits: Visit[] = [];

beforeAll(async () => {
  const started = Date.now();
  portal = await startPortal();
  routes = routeManifest();
  ({ roles, restore: restoreRoles } = await signInRoles(portal, Object.values(CRAWL_ROLES)));
  const as = (role: Role) => roles.find((each) => each.email === role.email)!;
  const starts = await prepareCrawl(portal, as(CRAWL_ROLES.drafter), as(CRAWL_ROLES.alternate));
  for (const role of roles) visits.push(...(await crawl(portal, routes, role, { starts })));
  console.log(`crawled ${visits.length} pages as ${roles.length} roles in ${Date.now() - started} ms`);
}, 180_000);
afterAll(() => portal?.stop());

/** What the portal logged of its errors, to say why it answered 500. */
const portalErrors = () =>
  [
    ...new Set(
      portal
        .output()
        .split("\n")
        .filter((line) => /error/i.test(line)),
    ),
  ]
    .slice(0, 30)
    .join("\n");

interface Attempt {
  method: string;
  url: string;
  field: string;
  value: string;
  role: SignedInRole;
}
const told = (attempt: Attempt, status: number) => {
  const url = attempt.url.length > 160 ? `${attempt.url.slice(0, 160)}…` : attempt.url;
  return `${status} ${attempt.method} ${url} — ${attempt.field} = ${attempt.value} as ${attempt.role.name}`;
};

describe("the crawl", () => {
  it("reaches every route of the manifest as some role", () => {
    expect(unreachedRoutes(routes, visits, portal.baseUrl)).toEqual([]);
  });
});

describe("hostile query values and path segments", () => {
  it("never get a 500, as any role", async () => {
    // Each page a role reached (not just the sign-in redirect), with the query parameters it takes:
    // its own, and those its pages' GET forms send to it, each with a value showing what it is for.
    const pages = new Map<string, { role: SignedInRole; url: URL; route: Route }>();
    const params = new Map<string, { role: SignedInRole; url: URL; name: string; kind: Kind }>();
    const take = (role: SignedInRole, path: string, fields: { name: string; kind: Kind }[]) => {
      const url = new URL(path, portal.baseUrl);
      const route = matchRoute(routes, url.pathname);
      if (!route) return;
      if (!pages.has(`${role.name} ${route.id}`)) pages.set(`${role.name} ${route.id}`, { role, url, route });
      // A parameter is parsed the same for everyone: the first role that reaches it tries it.
      for (const { name, kind } of fields)
        if (!params.has(`${route.id}?${name}`)) params.set(`${route.id}?${name}`, { role, url, name, kind });
    };
    for (const visit of visits) {
      if (visit.answer.status >= 400 || visit.answer.location?.startsWith("/login?")) continue;
      const own = [...new URL(visit.url, portal.baseUrl).searchParams];
      take(
        visit.role,
        visit.url,
        own.map(([name, value]) => ({ name, kind: kindOf("", value) })),
      );
      for (const form of visit.forms)
        if (form.method === "get")
          take(
            visit.role,
            form.action,
            form.fields.map((field) => ({ name: field.name, kind: kindOf(field.type, field.value) })),
          );
    }

    const probes: (Attempt & { method: "GET" })[] = [];
    for (const { role, url, name, kind } of params.values()) {
      const withValues = (values: string[]) => {
        const changed = new URL(url);
        changed.searchParams.delete(name);
        for (const value of values) changed.searchParams.append(name, value);
        return changed.pathname + changed.search;
      };
      for (const hostile of [...HOSTILE, LONG_QUERY].filter((each) => each.kinds.includes(kind)))
        probes.push({ method: "GET", role, url: withValues([hostile.value]), field: `?${name}`, value: hostile.name });
      probes.push({ method: "GET", role, url: withValues(["1", "2"]), field: `?${name}`, value: "given twice" });
    }
    // Path segments, as every role: what a page looks up depends on who asks.
    for (const { role, url, route } of pages.values()) {
      const segments = url.pathname.split("/");
      route.pattern.split("/").forEach((segment, index) => {
        if (!segment.startsWith(":")) return;
        const suffix = segment.replace(/^:[\w-]+/, "");
        const kind = kindOf("", segments[index]!.slice(0, segments[index]!.length - suffix.length));
        for (const hostile of HOSTILE_SEGMENTS.filter((each) => each.kinds.includes(kind))) {
          const changed = [...segments];
          changed[index] = hostile.value + suffix;
          probes.push({
            method: "GET",
            role,
            url: changed.join("/") + url.search,
            field: segment,
            value: hostile.name,
          });
        }
      });
    }

    console.log(`${probes.length} hostile GETs over ${pages.size} pages × roles`);
    const failures: string[] = [];
    await runQueue(probes, 4, async (probe) => {
      const answer = await request(portal, probe.role, "GET", probe.url);
      if (answer.status >= 500) failures.push(told(probe, answer.status));
    });
    expect(failures, portalErrors()).toEqual([]);
  }, 300_000);
});

describe("hostile form fields", () => {
  it("never get a 500, and a refused form comes back with what was typed", async () => {
    // Each distinct form (the same action, fields and intent), with each role that sees it and where.
    const forms = new Map<string, Map<SignedInRole, Form>>();
    for (const visit of visits) {
      for (const form of visit.forms) {
        if (form.method !== "post") continue;
        const route = matchRoute(routes, new URL(form.action, portal.baseUrl).pathname);
        const shape = [
          ...new Set(form.fields.map((field) => (isChoice(field) ? `${field.name}=${field.value}` : field.name))),
        ]
          .sort()
          .join("&");
        const key = `${route?.id ?? form.action} ${shape}`;
        const seeing = forms.get(key) ?? new Map<SignedInRole, Form>();
        if (!seeing.has(visit.role)) seeing.set(visit.role, form);
        forms.set(key, seeing);
      }
    }

    // First, as every role that sees the form, a NUL byte in each text field, which every form
    // refuses: the form must come back with everything typed. These change nothing, so each form is
    // still there as the crawl found it. Then, as the first role that sees it (the secretariat
    // sees most), the hostile values for each field, which may change things: only 500s count there.
    const refused: Probe[] = [];
    const rest: Probe[] = [];
    const probed = new Map<string, Form>();
    for (const seeing of forms.values()) {
      const [[first, form]] = seeing as unknown as [[SignedInRole, Form]];
      // A variant of a form already probed (another button, another intent) is probed where it differs.
      const names = [...new Set(form.fields.map((field) => field.name))];
      const key = `${matchRoute(routes, new URL(form.action, portal.baseUrl).pathname)?.id} ${[...names].sort()}`;
      const earlier = probed.get(key);
      probed.set(key, earlier ?? form);
      for (const name of names) {
        const field = form.fields.find((each) => each.name === name)!;
        const kind = kindOf(field.type, field.value);
        const typed = kind === "text" && !field.honeypot;
        if (typed)
          for (const [role, own] of seeing)
            refused.push({ ...attemptOn(own, name, role), values: [NUL.value], value: NUL.name, keeps: true });
        if (earlier?.fields.find((each) => each.name === name)?.value === field.value) continue;
        for (const hostile of [...HOSTILE, LONG_FIELD].filter((each) => each.kinds.includes(kind)))
          if (!(typed && hostile.value === NUL.value))
            rest.push({ ...attemptOn(form, name, first), values: [hostile.value], value: hostile.name });
        if (kind !== "text")
          rest.push({ ...attemptOn(form, name, first), values: [field.value, "1"], value: "given twice" });
      }
    }
    let probes = [...refused, ...rest];
    console.log(`${probes.length} hostile POSTs over ${forms.size} forms`);
    if (process.env.CRAWL_ONLY) {
      // While mending: `CRAWL_ONLY=/statements npx vitest run …` sends only the forms whose address matches.
      const only = new RegExp(process.env.CRAWL_ONLY);
      probes = probes.filter((probe) => only.test(probe.url));
    }

    const failures: string[] = [];
    // Four at a time; after a form was accepted, the crawl's people are put back (it may have signed
    // them out, deactivated them or handed over their seat).
    for (let start = 0; start < probes.length; start += 4) {
      const answers = await Promise.all(
        probes.slice(start, start + 4).map(async (probe) => {
          const { form, field, values, role } = probe;
          const others = form.fields
            .filter((each) => each.name !== field && each.sent)
            .map((each): [string, string] => [each.name, plausible(each)]);
          const body: [string, string][] = [...others, ...values.map((value): [string, string] => [field, value])];
          const answer = await request(portal, role, "POST", form.action, body);
          if (answer.status >= 500) failures.push(told(probe, answer.status));
          // (A page may send someone elsewhere whatever they post, e.g. a sign-in form to someone signed in.)
          if (probe.keeps && !(answer.status >= 300 && answer.status < 400)) {
            const again = parsePage(answer.body, portal.baseUrl + form.action).forms.some(
              (shown) => shown.action === form.action && sameFields(shown, form),
            );
            const typed = body.filter(([name]) => {
              const each = form.fields.find((one) => one.name === name)!;
              return kindOf(each.type, each.value) === "text";
            });
            for (const [name, value] of typed)
              if (!answer.body.includes(escapeHtml(value)))
                failures.push(
                  `${told(probe, answer.status)}: ` +
                    (again ? `"${name}" lost what was typed` : "the form is not shown again"),
                );
          }
          return answer.status;
        }),
      );
      if (answers.some((status) => status < 400)) await restoreRoles();
    }
    expect([...new Set(failures)], portalErrors()).toEqual([]);
  }, 300_000);
});

interface Probe extends Attempt {
  form: Form;
  /** The values sent for the field (two for a field given twice). */
  values: string[];
  /** Whether the answer must be the form again with everything typed. */
  keeps: boolean;
}

/** A post of `form` with `field` changed, as `role`. */
const attemptOn = (form: Form, field: string, role: SignedInRole) => ({
  method: "POST",
  url: form.action,
  form,
  field,
  role,
  keeps: false,
});

const sameFields = (a: Form, b: Form) =>
  a.fields.map((field) => field.name).join() === b.fields.map((field) => field.name).join();

/** A field people choose rather than type (a button's intent, an option): part of what makes a form distinct. */
const isChoice = (field: Field) => /^[a-z_]+$/i.test(field.value) && !TEXT_TYPES.has(field.type);
