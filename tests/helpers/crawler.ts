// One crawler for the generated tests (bad input, reads never write, authorization by role): the
// built app's route manifest, and pages found by following every link and form as a role.
// A new route joins these tests by being linked from a page, without editing them.
import { execFileSync } from "node:child_process";
import { createHash, createHmac, randomBytes, randomUUID } from "node:crypto";
import { Parser } from "htmlparser2";
import { type Portal, TEST_AUTH_SECRET } from "./portal";

/* ---------------------------------------------------------------- the route manifest */

export interface Route {
  id: string;
  /** The full path pattern, e.g. `/statements/:id/versions/:number`. */
  pattern: string;
  /** Names of the dynamic segments, in order (`*` for a splat). */
  params: string[];
  /** A route people reach: it has a loader or a page of its own. */
  served: boolean;
  regex: RegExp;
  /** Static characters in the pattern: the more, the more specific the route. */
  specificity: number;
}

/** The routes of `build/index.js`, read in a child process so the app's modules stay out of the test's. */
export function routeManifest(): Route[] {
  const script = `
    const { routes } = await import(${JSON.stringify(new URL("../../build/index.js", import.meta.url).href)});
    const rows = Object.entries(routes).map(([id, r]) => ({
      id, path: r.path ?? "", parentId: r.parentId ?? null,
      served: Boolean(r.module.loader || r.module.default),
    }));
    process.stdout.write(JSON.stringify(rows));`;
  type Row = { id: string; path: string; parentId: string | null; served: boolean };
  const rows = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }));
  const byId = new Map<string, Row>(rows.map((row: Row) => [row.id, row]));
  const fullPath = (row: Row): string => {
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    const own = row.path.replace(/^\/+|\/+$/g, "");
    const above = parent ? fullPath(parent) : "";
    return [above, own].filter(Boolean).join("/");
  };
  return rows
    .filter((row: Row) => row.id !== "root")
    .map((row: Row) => {
      const pattern = `/${fullPath(row)}`;
      const params: string[] = [];
      let specificity = 0;
      const source = pattern
        .split("/")
        .slice(1)
        .map((segment) => {
          if (segment === "*") {
            params.push("*");
            return "(.*)";
          }
          const dynamic = /^:([\w-]+)(.*)$/.exec(segment);
          if (dynamic) {
            params.push(dynamic[1]!);
            specificity += dynamic[2]!.length;
            return `([^/]+)${escapeRegex(dynamic[2]!)}`;
          }
          specificity += segment.length + 1;
          return escapeRegex(segment);
        })
        .join("/");
      return {
        id: row.id,
        pattern,
        params,
        served: row.served,
        regex: new RegExp(`^/${source}/?$`),
        specificity: params.includes("*") ? -1 : specificity,
      };
    });
}

const escapeRegex = (text: string) => text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");

/** The route that answers a path: the most specific served route whose pattern matches. */
export function matchRoute(routes: Route[], pathname: string): Route | undefined {
  let best: Route | undefined;
  for (const route of routes) {
    if (route.served && route.regex.test(pathname) && (!best || route.specificity > best.specificity)) best = route;
  }
  return best;
}

/* ---------------------------------------------------------------- pages: links and forms */

export interface Field {
  name: string;
  /** `text`, `textarea`, `select`, `checkbox`, `hidden`, `date`, …, `submit` for a named button. */
  type: string;
  value: string;
  /** A select's option values. */
  options: string[];
  /** Whether the browser would send it as the page stands (a checked box, a selected option). */
  sent: boolean;
  /** Kept out of people's reach (`tabindex="-1"`): a honeypot for bots, which people leave empty. */
  honeypot: boolean;
}

export interface Form {
  method: "get" | "post";
  /** Path and query the form submits to. */
  action: string;
  /** The fields a browser sends, with one named submit button (a form with several buttons is several forms). */
  fields: Field[];
}

export interface ParsedPage {
  links: string[];
  forms: Form[];
}

/** The same-origin links and the forms of a page, as a browser without JavaScript would see them. */
export function parsePage(html: string, pageUrl: string): ParsedPage {
  const base = new URL(pageUrl);
  const links: string[] = [];
  const forms: Form[] = [];
  let form: { method: "get" | "post"; action: string; fields: Field[]; buttons: Field[] } | null = null;
  let select: { name: string; multiple: boolean; options: { value: string; selected: boolean }[] } | null = null;
  let option: { value: string | undefined; text: string; selected: boolean } | null = null;
  let textarea: Field | null = null;

  const sameOrigin = (href: string): string | null => {
    try {
      const url = new URL(href, base);
      if (url.origin !== base.origin) return null;
      return url.pathname + url.search;
    } catch {
      return null;
    }
  };

  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (tag === "a" && attributes.href && !attributes.href.startsWith("#")) {
          const href = sameOrigin(attributes.href);
          if (href) links.push(href);
        }
        if (tag === "form") {
          const method = (attributes.method ?? "get").toLowerCase() === "post" ? "post" : "get";
          form = { method, action: sameOrigin(attributes.action ?? pageUrl) ?? "", fields: [], buttons: [] };
        }
        if (tag === "option" && select)
          option = { value: attributes.value, text: "", selected: "selected" in attributes };
        if (!form || !attributes.name || "disabled" in attributes) return;
        const name = attributes.name;
        if (tag === "input") {
          const type = (attributes.type ?? "text").toLowerCase();
          if (type === "submit" || type === "image") form.buttons.push(field(name, "submit", attributes.value ?? ""));
          else if (type === "checkbox" || type === "radio")
            form.fields.push({ ...field(name, type, attributes.value ?? "on"), sent: "checked" in attributes });
          else if (type !== "file" && type !== "reset" && type !== "button")
            form.fields.push({ ...field(name, type, attributes.value ?? ""), honeypot: attributes.tabindex === "-1" });
        } else if (tag === "button" && (attributes.type ?? "submit") === "submit") {
          form.buttons.push(field(name, "submit", attributes.value ?? ""));
        } else if (tag === "select") {
          select = { name, multiple: "multiple" in attributes, options: [] };
        } else if (tag === "textarea") {
          textarea = field(name, "textarea", "");
          form.fields.push(textarea);
        }
      },
      ontext(text) {
        if (option) option.text += text;
        if (textarea) textarea.value += text;
      },
      onclosetag(tag) {
        if (tag === "option" && option && select) {
          select.options.push({ value: option.value ?? option.text.trim(), selected: option.selected });
          option = null;
        }
        if (tag === "select" && select && form) {
          // A single select sends its selected option, or its first; a multiple one each selected option.
          const values = select.options.map((choice) => choice.value);
          const selected = select.options.filter((choice) => choice.selected).map((choice) => choice.value);
          const sent = select.multiple ? selected : [selected[0] ?? values[0]].filter((value) => value !== undefined);
          const type = select.multiple ? "select-multiple" : "select";
          if (sent.length === 0) form.fields.push({ ...field(select.name, type, ""), options: values, sent: false });
          for (const value of sent) form.fields.push({ ...field(select.name, type, value), options: values });
          select = null;
        }
        if (tag === "textarea") textarea = null;
        if (tag === "form" && form) {
          const { method, action, fields, buttons } = form;
          if (buttons.length === 0) forms.push({ method, action, fields });
          for (const button of buttons) forms.push({ method, action, fields: [...fields, button] });
          form = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { links, forms };
}

function field(name: string, type: string, value: string): Field {
  return { name, type, value, options: [], sent: true, honeypot: false };
}

/* ---------------------------------------------------------------- roles and requests */

export interface Role {
  /** How reports name it, e.g. "outsider focal point (Japan)". */
  name: string;
  /** The seeded person it signs in as; null for an anonymous visitor. */
  email: string | null;
}

export interface SignedInRole extends Role {
  cookie: string;
  personId: number | null;
  memberId: number | null;
}

/**
 * Signs each role in with a database session of its own, and keeps them signed in: `restore()`
 * puts the people back as they were (active, in their seat, their language) and their sessions
 * back, after requests that may have signed them out, deactivated them or handed over their seat.
 */
export async function signInRoles(portal: Portal, roles: Role[]) {
  const { db } = portal.database;
  const signedIn: SignedInRole[] = [];
  const sessions: { sessionToken: string; userId: string }[] = [];
  for (const role of roles) {
    if (!role.email) {
      signedIn.push({ ...role, cookie: "", personId: null, memberId: null });
      continue;
    }
    const person = await db
      .selectFrom("people as p")
      .innerJoin("User as u", "u.id", "p.user_id")
      .select(["p.id", "p.user_id", "p.member_id"])
      .where("u.email", "=", role.email)
      .executeTakeFirstOrThrow();
    const sessionToken = randomUUID();
    sessions.push({ sessionToken, userId: person.user_id });
    signedIn.push({
      ...role,
      cookie: `authjs.session-token=${sessionToken}`,
      personId: person.id,
      memberId: person.member_id,
    });
  }
  const ids = signedIn.flatMap((role) => (role.personId ? [role.personId] : []));
  const people = ids.length ? await db.selectFrom("people").selectAll().where("id", "in", ids).execute() : [];
  const users = ids.length
    ? await db
        .selectFrom("User")
        .selectAll()
        .where(
          "id",
          "in",
          sessions.map((session) => session.userId),
        )
        .execute()
    : [];
  const expires = new Date(Date.now() + 24 * 3_600_000);
  async function restore() {
    await db.transaction().execute(async (trx) => {
      for (const { id, ...user } of users) await trx.updateTable("User").set(user).where("id", "=", id).execute();
      for (const { id, ...person } of people)
        await trx.updateTable("people").set(person).where("id", "=", id).execute();
      for (const session of sessions)
        await trx
          .insertInto("Session")
          .values({ ...session, expires })
          .onConflict((oc) => oc.column("sessionToken").doUpdateSet({ expires }))
          .execute();
    });
  }
  await restore();
  return { roles: signedIn, restore };
}

export interface Answer {
  status: number;
  /** Where a redirect points (path and query when same-origin). */
  location: string | null;
  contentType: string;
  /** The body, for text answers (HTML, plain text, CSV, ICS, JSON); empty otherwise. */
  body: string;
}

/**
 * One request as a role, redirects answered, not followed. A form body goes urlencoded, with a
 * repeated field for each value of an array, as a browser without JavaScript sends it.
 */
export async function request(
  portal: Portal,
  role: SignedInRole,
  method: "GET" | "POST",
  path: string,
  body?: [string, string][],
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (role.cookie) headers.Cookie = role.cookie;
  if (method === "POST") {
    headers.Origin = portal.baseUrl;
    headers["Content-Type"] = "application/x-www-form-urlencoded";
  }
  const response = await fetch(portal.baseUrl + path, {
    method,
    headers,
    body: body ? new URLSearchParams(body).toString() : undefined,
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const contentType = response.headers.get("content-type") ?? "";
  const text = /^(text\/|application\/json)/.test(contentType);
  const answerBody = text ? await response.text() : (await response.arrayBuffer(), "");
  const location = response.headers.get("location");
  return {
    status: response.status,
    location: location && location.startsWith(portal.baseUrl) ? location.slice(portal.baseUrl.length) : location,
    contentType,
    body: answerBody,
  };
}

/** Runs `work` over a queue that may grow while it runs, `concurrency` at a time. */
export async function runQueue<T>(
  initial: T[],
  concurrency: number,
  work: (item: T, enqueue: (item: T) => void) => Promise<void>,
): Promise<void> {
  const queue = [...initial];
  let active = 0;
  await new Promise<void>((resolve, reject) => {
    const pump = () => {
      if (queue.length === 0 && active === 0) return resolve();
      while (active < concurrency && queue.length) {
        const item = queue.shift()!;
        active++;
        work(item, (next) => queue.push(next)).then(() => {
          active--;
          pump();
        }, reject);
      }
    };
    pump();
  });
}

/* ---------------------------------------------------------------- the crawl */

export interface Visit {
  role: SignedInRole;
  /** Path and query. */
  url: string;
  route: Route;
  answer: Answer;
  /** The forms on the page (HTML answers only). */
  forms: Form[];
}

export interface CrawlOptions {
  /** Addresses to start from besides `/` and every route without dynamic segments (e.g. token links). */
  starts?: string[];
  /** Requests in flight at once; 1 makes `afterEach` see each request's effects alone. */
  concurrency?: number;
  /** Addresses kept per route and per set of query parameters of a route (e.g. 500 calendar days). */
  perRoute?: number;
  perQueryShape?: number;
  afterEach?: (visit: Visit) => Promise<void>;
}

/** Paths that are no pages of the app (assets), never crawled. */
const ASSETS = /^\/(build|fonts|images)\/|\.(css|js|map|png|svg|ico|woff2?)$/;

/**
 * Every page a role reaches from `/` and the static routes by following same-origin links and
 * redirects breadth-first, a few addresses per route. GET only: reading never changes anything.
 */
export async function crawl(
  portal: Portal,
  routes: Route[],
  role: SignedInRole,
  options: CrawlOptions = {},
): Promise<Visit[]> {
  const { concurrency = 4, perRoute = 8, perQueryShape = 2 } = options;
  const statics = routes.filter((route) => route.served && route.params.length === 0).map((route) => route.pattern);
  const seen = new Set<string>();
  const perKey = new Map<string, number>();
  const visits: Visit[] = [];

  const admit = (url: string): { url: string; route: Route } | null => {
    const parsed = new URL(url, portal.baseUrl);
    // `?index` only tells a POST which route answers; a GET of it is the same page.
    if (parsed.searchParams.get("index") === "") parsed.searchParams.delete("index");
    const path = parsed.pathname + parsed.search;
    if (seen.has(path) || ASSETS.test(parsed.pathname)) return null;
    const route = matchRoute(routes, parsed.pathname);
    if (!route) return null;
    const shape = `${route.id}?${[...new Set(parsed.searchParams.keys())].sort().join("&")}`;
    const routeCount = perKey.get(route.id) ?? 0;
    const shapeCount = perKey.get(shape) ?? 0;
    if (routeCount >= perRoute || shapeCount >= perQueryShape) return null;
    seen.add(path);
    perKey.set(route.id, routeCount + 1);
    perKey.set(shape, shapeCount + 1);
    return { url: path, route };
  };

  const initial = ["/", ...statics, ...SCRIPT_ADDRESSES, ...(options.starts ?? [])].flatMap((url) => admit(url) ?? []);
  await runQueue(initial, concurrency, async ({ url, route }, enqueue) => {
    const answer = await request(portal, role, "GET", url);
    const page = answer.contentType.startsWith("text/html") ? parsePage(answer.body, portal.baseUrl + url) : null;
    const visit: Visit = { role, url, route, answer, forms: page?.forms ?? [] };
    visits.push(visit);
    await options.afterEach?.(visit);
    const next = [...(page?.links ?? []), ...(answer.location ? [answer.location] : [])];
    // A form's address is a page too (an action-only route answers its GET with a redirect).
    for (const form of page?.forms ?? []) next.push(form.action);
    for (const link of next) {
      const admitted = admit(link);
      if (admitted) enqueue(admitted);
    }
  });
  return visits;
}

/* ---------------------------------------------------------------- what the tests share */

/**
 * What the seed lacks for every route to have a page: links that arrive by email (a pending
 * invitation, a private calendar feed, an unsubscribe link, an answer to a Global Call), an email
 * in the dev outbox, and best practices not yet published (one waiting for review, one returned for
 * changes), and a discussion post young enough to edit. Made in the test's database for the members of
 * the roles given; returns the emailed links
 * to start from.
 */
export async function prepareCrawl(portal: Portal, contributor: SignedInRole, reviser: SignedInRole) {
  const { db } = portal.database;
  const personId = contributor.personId!;
  const hash = (token: string) => createHash("sha256").update(token).digest("hex");
  const invitation = randomBytes(32).toString("base64url");
  const feed = randomBytes(24).toString("base64url");
  await db.transaction().execute(async (trx) => {
    const userId = randomUUID();
    await trx
      .insertInto("User")
      .values({ id: userId, email: `invited.${userId}@example.org`, name: "Invited" })
      .execute();
    const invited = await trx
      .insertInto("people")
      .values({
        user_id: userId,
        name: "Invited Person",
        role: "focal_point",
        member_id: contributor.memberId,
        status: "invited",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const expires = new Date(Date.now() + 7 * 86_400_000);
    await trx
      .insertInto("invitations")
      .values({ person_id: invited.id, token_hash: hash(invitation), invited_by: personId, expires_at: expires })
      .execute();
    await trx
      .insertInto("calendar_feeds")
      .values({ person_id: personId, token_hash: hash(feed) })
      .execute();
    await trx
      .insertInto("emails")
      .values({
        recipient: contributor.email!,
        subject: "A message in the outbox",
        purpose: "notification",
        html: "<p>A message in the outbox.</p>",
        text: "A message in the outbox.",
        transport: "outbox",
        status: "sent",
      })
      .execute();
    await trx
      .insertInto("best_practices")
      .values([
        {
          member_id: contributor.memberId!,
          contributed_by: personId,
          title: "Briefing parliamentary committees on atrocity risk before each session",
          body: "We met the foreign affairs committee before each session to walk through the risk factors.",
          status: "submitted",
        },
        {
          member_id: reviser.memberId!,
          contributed_by: reviser.personId,
          title: "Pairing new diplomats with an atrocity prevention mentor in their first posting",
          body: "Each newly posted diplomat was paired with a mentor who had served as a focal point.",
          status: "returned",
          review_note: "Say which posts took part.",
        },
      ])
      .execute();
    // A post still in its edit window, so its edit page is reached.
    const thread = await trx.selectFrom("discussion_threads").select("id").orderBy("id").executeTakeFirstOrThrow();
    await trx
      .insertInto("discussion_posts")
      .values({
        thread_id: thread.id,
        author_id: personId,
        member_id: contributor.memberId,
        body: "A post written a moment ago, which its author may still correct.",
        language: "en",
        posted_at: new Date(),
      })
      .execute();
    await trx
      .updateTable("discussion_threads")
      .set((eb) => ({ post_count: eb("post_count", "+", 1), last_post_at: new Date() }))
      .where("id", "=", thread.id)
      .execute();
  });
  // Signed as the portal signs it (app/notifications/unsubscribe.server.ts), with the test's secret.
  const scope = "events";
  const signature = createHmac("sha256", TEST_AUTH_SECRET)
    .update(`unsubscribe:${personId}:${scope}`)
    .digest("base64url");
  // An answer to the next Global Call from its email (app/calendar/rsvp-links.server.ts), signed alike.
  const call = await db
    .selectFrom("events")
    .select("id")
    .where("type", "=", "global_call")
    .where("status", "=", "scheduled")
    .where("starts_at", ">", new Date())
    .orderBy("starts_at")
    .executeTakeFirstOrThrow();
  const expires = Math.floor(Date.now() / 1000) + 30 * 86_400;
  const answer = createHmac("sha256", TEST_AUTH_SECRET)
    .update(`rsvp:${personId}:${call.id}:attending:${expires}`)
    .digest("base64url");
  // What changed in an original since its translation: linked only to readers of that translation.
  const outdated = await db
    .selectFrom("content_translations as t")
    .innerJoin("benchmarks as b", "b.id", "t.subject_id")
    .select(["t.subject_id as id", "t.locale"])
    .where("t.subject_kind", "=", "benchmark")
    .where("t.field", "=", "measure")
    .whereRef("t.source_text", "<>", "b.measure")
    .executeTakeFirstOrThrow();
  return [
    `/translate/benchmark/${outdated.id}/changes?to=${outdated.locale}`,
    `/invitations/${invitation}`,
    `/calendar/feed/${feed}.ics`,
    `/unsubscribe/${personId}.${scope}.${signature}`,
    `/rsvp/${personId}.${call.id}.attending.${expires}.${answer}`,
  ];
}

/** Who the generated tests crawl as: each kind of person the portal treats differently. */
export const CRAWL_ROLES = {
  secretariat: { name: "secretariat", email: "claire.hartley@secretariat.example.org" },
  drafter: { name: "focal point in drafting groups (Republic of Korea)", email: "seoyeon.lee@mofa-korea.example.org" },
  alternate: { name: "alternate of a penholder (Costa Rica)", email: "mariela.jimenez@rree-costarica.example.org" },
  outsider: { name: "focal point outside every draft (Japan)", email: "haruka.nakamura@mofa-japan.example.org" },
  anonymous: { name: "anonymous", email: null },
} satisfies Record<string, Role>;

/**
 * Routes no crawl has to reach, each with the reason. Everything else the manifest serves must be
 * reached by some role, so a new route is tested as soon as a page links to it.
 */
export const UNREACHED_ROUTES: Record<string, string> = {
  "/auth/*": "Auth.js's own endpoints (sign-in callbacks), driven by the sign-in tests",
  "/*": "the not-found page: every unknown address, never a link",
  "/robots.txt": "read by search engines, never linked; tests/e2e/outreach.test.ts reads it",
  "/webhooks/resend": "Resend's signed delivery webhook, never a link: tests/integration/channels.test.ts calls it",
  "/step-up":
    "posted by the confirmation dialog's scripts, never a link or a page's form: tests/e2e/confirmation.test.ts, " +
    "tests/e2e/passkeys.test.ts and the journeys drive it; tests/integration/passkeys.test.ts posts bad answers",
  "/login/passkey":
    "posted by the sign-in page's passkey script (JSON both ways), never a link or a form: " +
    "tests/e2e/passkeys.test.ts drives it; tests/integration/passkeys.test.ts posts unknown and malformed answers",
};

/**
 * The routes of the manifest no role reached: none answered a GET below 400 and no form posts to
 * it. Every route is reached but those in UNREACHED_ROUTES, or a test says which is not.
 */
export function unreachedRoutes(routes: Route[], visits: Visit[], baseUrl: string): string[] {
  const reached = new Set(visits.filter((visit) => visit.answer.status < 400).map((visit) => visit.route.id));
  for (const visit of visits)
    for (const form of visit.forms) reached.add(matchRoute(routes, new URL(form.action, baseUrl).pathname)?.id ?? "");
  return routes
    .filter((route) => route.served && !reached.has(route.id) && !(route.pattern in UNREACHED_ROUTES))
    .map((route) => route.pattern);
}

/** Addresses only scripts request, never linked from a page. */
export const SCRIPT_ADDRESSES = ["/locales/en/common"];
