// Authorization by role, generated from a crawl: every address the secretariat reaches, requested
// as every other role, never answers a 500 and sends anyone not signed in to sign in; and nothing
// confidential (drafts of joint statements outside one's drafting groups, other members' best
// practices not yet published, situation groups one's member is not in) reaches someone not entitled to
// it, in any page, search, export or feed.
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "../../db/connection";
import {
  type Answer,
  crawl,
  CRAWL_ROLES,
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

/** Routes someone not signed in may open, each for its reason; every other route sends them to sign in. */
const PUBLIC_ROUTES: Record<string, string> = {
  "/login": "signing in",
  "/login/check-email": "signing in",
  "/login/confirm": "signing in (the link from the email)",
  "/login/error": "signing in",
  "/logout": "signing out",
  "/language": "the language switcher, before signing in too",
  "/locales/:lng/:ns": "the translations the pages load",
  "/healthz": "load balancers",
  "/invitations/:token": "accepting an invitation (the token is the proof)",
  "/unsubscribe/:token": "one-click unsubscribe from an email (the token is the proof)",
  "/rsvp/:token": "answering a Global Call from its email (the token is the proof)",
  "/calendar/feed/:token.ics": "a private calendar feed for calendar apps (the token is the proof)",
  // The public site: what anyone may know (tests/e2e/outreach.test.ts crawls it for leaks).
  "/": "the public home for visitors (the dashboard once signed in)",
  "/about": "the public home at its own address",
  "/about/members": "the public site: which states are members",
  "/about/statements": "the public site: published statements",
  "/about/statements/:id": "the public site: a published statement (any other is not found)",
  "/about/events": "the public site: public events",
  "/about/join": "the public site: how to join, and its form",
  "/about/join/thanks": "the public site: the form's confirmation",
  "/robots.txt": "search engines",
  "/privacy": "the privacy notice, to read before accepting an invitation",
};
/** Local mode's tools (absent in production) are open, as the demo's sign-in goes through the dev outbox. */
const LOCAL_TOOLS = /^\/dev\//;

/** Something a viewer may not see: the address of its page and texts from it that must never show. */
interface Canary {
  what: string;
  path: string;
  texts: string[];
}

/**
 * What a viewer (of a member, or of none when not signed in) may not see, kind by kind, read from
 * the database. A new kind of confidential thing adds its query here.
 */
const CANARIES: ((db: DB, memberId: number | null) => Promise<Canary[]>)[] = [
  // Drafts of joint statements outside the member's drafting groups and invitations to co-sign.
  async (db, memberId) => {
    const member = memberId ?? -1;
    const drafts = await db
      .selectFrom("statements as s")
      .select(["s.id", "s.title"])
      .where("s.stage", "<>", "published")
      .where("s.penholder_member_id", "<>", member)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("statement_members")
              .select("member_id")
              .whereRef("statement_id", "=", "s.id")
              .where("member_id", "=", member)
              .unionAll(
                selectFrom("statement_signatures")
                  .select("member_id")
                  .whereRef("statement_id", "=", "s.id")
                  .where("member_id", "=", member),
              ),
          ),
        ),
      )
      .execute();
    return Promise.all(
      drafts.map(async (draft) => {
        const [paragraphs, amendments, comments] = await Promise.all([
          db.selectFrom("statement_paragraphs").select("body").where("statement_id", "=", draft.id).execute(),
          db.selectFrom("amendments").select(["body", "rationale"]).where("statement_id", "=", draft.id).execute(),
          db
            .selectFrom("amendment_comments as c")
            .innerJoin("amendments as a", "a.id", "c.amendment_id")
            .select("c.body")
            .where("a.statement_id", "=", draft.id)
            .execute(),
        ]);
        return {
          what: `draft "${draft.title}"`,
          path: `/statements/${draft.id}`,
          texts: [
            draft.title,
            ...paragraphs.map((row) => row.body),
            ...amendments.flatMap((row) => [row.body, row.rationale]),
            ...comments.map((row) => row.body),
          ],
        };
      }),
    );
  },
  // Best practices of other members, until published.
  async (db, memberId) => {
    const practices = await db
      .selectFrom("best_practices")
      .select(["id", "title", "body"])
      .where("status", "<>", "published")
      .where("member_id", "<>", memberId ?? -1)
      .execute();
    return practices.map((practice) => ({
      what: `unpublished best practice "${practice.title}"`,
      path: `/manual/best-practices/${practice.id}`,
      texts: [practice.title, practice.body],
    }));
  },
  // Situation groups the member is not in: their updates and discussion; the title and description too
  // unless the group is listed (then other focal points see those two, to ask to join).
  async (db, memberId) => {
    const groups = await db
      .selectFrom("situation_groups as g")
      .select(["g.id", "g.title", "g.description", "g.listed"])
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("situation_group_members")
              .select("member_id")
              .whereRef("group_id", "=", "g.id")
              .where("member_id", "=", memberId ?? -1),
          ),
        ),
      )
      .execute();
    const canaries = await Promise.all(
      groups.map(async (group) => {
        const [updates, replies] = await Promise.all([
          db.selectFrom("situation_updates").select("body").where("group_id", "=", group.id).orderBy("id").execute(),
          db
            .selectFrom("situation_replies as r")
            .innerJoin("situation_updates as u", "u.id", "r.update_id")
            .select("r.body")
            .where("u.group_id", "=", group.id)
            .execute(),
        ]);
        return {
          what: `situation group "${group.title}"`,
          path: `/groups/${group.id}`,
          texts: [
            ...(group.listed ? [] : [group.title, group.description]),
            ...updates.map((row) => row.body),
            ...replies.map((row) => row.body),
          ],
        };
      }),
    );
    return canaries.filter((canary) => canary.texts.length > 0);
  },
];

/**
 * The longest stretch of plain words in a text (no markup, punctuation or quotes that pages
 * escape or render differently), when it is long enough to be found only where the text is.
 */
function fragment(text: string): string | null {
  const runs = text.match(/[\p{L}\p{N}][\p{L}\p{N} ,]*[\p{L}\p{N}]/gu) ?? [];
  const longest = runs.reduce((best, run) => (run.length > best.length ? run : best), "");
  return longest.length >= 24 ? longest.slice(0, 80).trim() : null;
}

/** A body as a reader sees its text: entities decoded, an ICS feed's folded lines and escapes undone. */
function readable(body: string): string {
  return body
    .replace(/\r?\n[ \t]/g, "")
    .replace(/\\([,;\\])/g, "$1")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

let portal: Portal;
let routes: Route[];
let roles: SignedInRole[];
let starts: string[];
const byRole = new Map<SignedInRole, Visit[]>();
const as = (role: Role) => roles.find((each) => each.email === role.email)!;

beforeAll(async () => {
  const started = Date.now();
  portal = await startPortal();
  routes = routeManifest();
  ({ roles } = await signInRoles(portal, Object.values(CRAWL_ROLES)));
  starts = await prepareCrawl(portal, as(CRAWL_ROLES.drafter), as(CRAWL_ROLES.alternate));
  // The outsider's own private calendar feed: the one feed they read.
  const feed = randomBytes(24).toString("base64url");
  await portal.database.db
    .insertInto("calendar_feeds")
    .values({
      person_id: as(CRAWL_ROLES.outsider).personId!,
      token_hash: createHash("sha256").update(feed).digest("hex"),
    })
    .execute();
  starts.push(`/calendar/feed/${feed}.ics`);
  for (const role of roles) byRole.set(role, await crawl(portal, routes, role, { starts }));
  console.log(`crawled ${[...byRole.values()].flat().length} pages in ${Date.now() - started} ms`);
}, 180_000);
afterAll(() => portal?.stop());

const allVisits = () => [...byRole.values()].flat();
/** The query string as the portal gives it back, without `?index`. */
const search = (url: string) => {
  const params = new URL(url, "http://x").searchParams;
  params.delete("index");
  return params.size ? `?${params}` : "";
};

describe("every address the secretariat reaches", () => {
  it("is reached, with every route of the manifest, by some role", () => {
    expect(unreachedRoutes(routes, allVisits(), portal.baseUrl)).toEqual([]);
  });

  it("never answers a 500 to another role, and sends anyone not signed in to sign in", async () => {
    const secretariat = byRole.get(as(CRAWL_ROLES.secretariat))!;
    const failures: string[] = [];
    const requests = roles
      .filter((role) => role.email !== CRAWL_ROLES.secretariat.email)
      .flatMap((role) => secretariat.map((visit) => ({ role, visit })));
    await runQueue(requests, 4, async ({ role, visit }) => {
      const answer = await request(portal, role, "GET", visit.url);
      if (answer.status >= 500) failures.push(`${answer.status} GET ${visit.url} as ${role.name}`);
      const open = visit.route.pattern in PUBLIC_ROUTES || LOCAL_TOOLS.test(visit.route.pattern);
      // (An address that answers nobody, such as an action-only route's GET, has nothing to protect.)
      if (role.email || open || visit.answer.status >= 400) return;
      const redirectTo = answer.location?.startsWith("/login?")
        ? new URLSearchParams(answer.location.slice("/login?".length)).get("redirectTo")
        : null;
      if (answer.status !== 302 || redirectTo !== new URL(visit.url, portal.baseUrl).pathname + search(visit.url))
        failures.push(`${answer.status} GET ${visit.url} as ${role.name}: not sent to sign in (${answer.location})`);
    });
    console.log(`${requests.length} requests replayed`);
    expect(failures).toEqual([]);
  }, 120_000);
});

describe("what someone may not see", () => {
  it("is looked for as pages show it: each thing is seen by someone entitled to it", async () => {
    const canaries = (
      await Promise.all(CANARIES.map((query) => query(portal.database.db, as(CRAWL_ROLES.outsider).memberId)))
    ).flat();
    const pages = allVisits()
      .map((visit) => readable(visit.answer.body))
      .join("\n");
    const unseen = canaries.filter((canary) => !pages.includes(fragment(canary.texts[0]!) ?? canary.texts[0]!));
    expect(unseen.map((canary) => canary.what)).toEqual([]);
  });

  for (const key of ["drafter", "alternate", "outsider", "anonymous"] as const) {
    it(`never reaches the ${CRAWL_ROLES[key].name}, in pages, search, exports or feeds`, async () => {
      const viewer = as(CRAWL_ROLES[key]);
      const canaries = (await Promise.all(CANARIES.map((query) => query(portal.database.db, viewer.memberId)))).flat();
      expect(canaries.length, "there are confidential things to look for").toBeGreaterThan(0);
      const leaks: string[] = [];

      // What the viewer may not see must not be named in anything they get.
      const look = (url: string, answer: Answer, except?: string) => {
        const text = readable(answer.body);
        for (const canary of canaries) {
          for (const found of canary.texts.map(fragment)) {
            if (found && found !== except && text.includes(found))
              leaks.push(`GET ${url} shows "${found}" of the ${canary.what}`);
          }
          if (new RegExp(`(href|action)="${canary.path}(?=["/?#])`).test(answer.body))
            leaks.push(`GET ${url} links to the ${canary.what}`);
        }
      };

      // Their own crawl, then the secretariat's addresses replayed, then a search for each canary's title.
      for (const visit of byRole.get(viewer)!) look(visit.url, visit.answer);
      const replayed = byRole.get(as(CRAWL_ROLES.secretariat))!.map((visit) => visit.url);
      const searches = canaries.flatMap((canary) => {
        const title = fragment(canary.texts[0]!);
        return title ? [{ url: `/search?${new URLSearchParams({ q: title })}`, except: title }] : [];
      });
      await runQueue([...replayed.map((url) => ({ url, except: undefined })), ...searches], 4, async (item) => {
        const answer = await request(portal, viewer, "GET", item.url);
        look(item.url, answer, item.except);
        // The thing's own pages (and exports) are answered as if it did not exist.
        const path = new URL(item.url, portal.baseUrl).pathname;
        const canary = canaries.find((each) => path === each.path || path.startsWith(`${each.path}/`));
        const expected = viewer.email ? [403, 404] : [302];
        if (canary && !expected.includes(answer.status))
          leaks.push(`GET ${item.url} answers ${answer.status} about the ${canary.what}`);
      });
      console.log(`${canaries.length} confidential things looked for in ${replayed.length + searches.length} answers`);
      expect([...new Set(leaks)]).toEqual([]);
    }, 120_000);
  }
});
