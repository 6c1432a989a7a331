// What the server decides before a page does: which address a request was sent to and from, how big
// it may be, and what may be cached. Against a running portal on localhost (APP_URL on its own port).
import { readFileSync } from "node:fs";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unsubscribeToken } from "~/notifications/unsubscribe.server";
import { COSTA_RICA, KOREA } from "../helpers/people";
import { type Portal, postForm, rawRequest, sessionCookieFor, startPortal, TEST_AUTH_SECRET } from "../helpers/portal";

// Unsubscribe links made here must verify in the portal under test, which signs with the same secret.
process.env.AUTH_SECRET = TEST_AUTH_SECRET;

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.stop());

const port = () => new URL(portal.baseUrl).port;

describe("the address the portal is opened at", () => {
  it("sends another spelling of this machine (127.0.0.1, [::1]) to the APP_URL's, path and query kept", async () => {
    for (const host of ["127.0.0.1", "[::1]"]) {
      const response = await fetch(`http://${host}:${port()}/manual?tag=early-warning`, { redirect: "manual" });
      expect(response.status, host).toBe(302);
      expect(response.headers.get("location"), host).toBe(`${portal.baseUrl}/manual?tag=early-warning`);
    }
    // Health probes ask by IP address and get their answer.
    expect((await fetch(`http://127.0.0.1:${port()}/healthz`, { redirect: "manual" })).status).toBe(200);
  });

  it("takes forms on the APP_URL and PORT it runs on, and explains one from elsewhere: what to set", async () => {
    expect(portal.baseUrl).toBe(`http://localhost:${port()}`);
    const accepted = await postForm(portal, "/login", { email: KOREA });
    expect([accepted.status, accepted.headers.get("location")]).toEqual([302, "/login/check-email"]);
    // As a person would have it after `PORT=3931 npm start` with APP_URL left at its default.
    const elsewhere = "http://localhost:3931";
    const response = await rawRequest(portal, "POST", "/login", {
      headers: {
        Host: "localhost:3931",
        Origin: elsewhere,
        "Accept-Language": "fr-FR,fr;q=0.9",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ email: KOREA }).toString(),
    });
    expect(response.status).toBe(403);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    const page = response.text;
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain("<h1>Ce formulaire a été refusé</h1>");
    expect(page).toContain(`envoyé depuis ${elsewhere}, une adresse que ce portail ne connaît pas`);
    expect(page).toContain(`configuré pour ${portal.baseUrl}`);
    expect(page).toContain("<code>APP_URL=http://localhost:3931 PORT=3931 npm start</code>");
  });

  it("tells a person who opened it at another address, on its pages, before any form is refused", async () => {
    const elsewhere = await rawRequest(portal, "GET", "/login", { headers: { Host: "localhost:3931" } });
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.text).toContain(
      `You opened the portal at http://localhost:3931, but it is set up for ${portal.baseUrl}: ` +
        "forms sent from here will be refused.",
    );
    expect(elsewhere.text).toContain("<code>APP_URL=http://localhost:3931 PORT=3931 npm start</code>");
    const here = await (await fetch(`${portal.baseUrl}/login`)).text();
    expect(here).toContain("Sign in");
    expect(here).not.toContain("You opened the portal at");
  });

  it("refuses a form from another site with that explanation too, without suggesting to adopt the site", async () => {
    const response = await postForm(portal, "/login", { email: KOREA }, { headers: { Origin: "null" } });
    expect(response.status).toBe(403);
    const page = await response.text();
    expect(page).toContain("It was sent from another site");
    expect(page).toContain(`This portal is configured for ${portal.baseUrl}`);
    expect(page).not.toContain("APP_URL=");
  });
});

describe("one-click unsubscribe from a mail client (RFC 8058)", () => {
  it("is done on the link's own authority, whatever Origin the mail client sends (and only there)", async () => {
    const { db } = portal.database;
    const person = await db
      .selectFrom("people")
      .innerJoin("User", "User.id", "people.user_id")
      .select("people.id")
      .where("User.email", "=", COSTA_RICA)
      .executeTakeFirstOrThrow();
    const cases = [
      { origin: "null", scope: "minutes" },
      { origin: "https://mail.example.com", scope: "amendments" },
    ] as const;
    for (const { origin, scope } of cases) {
      const response = await fetch(`${portal.baseUrl}/unsubscribe/${unsubscribeToken(person.id, scope)}`, {
        method: "POST",
        headers: {
          Origin: origin,
          "Sec-Fetch-Site": "cross-site",
          "Content-Type": "application/x-www-form-urlencoded",
        },
        body: "List-Unsubscribe=One-Click",
      });
      expect(response.status, origin).toBe(200);
      const row = await db
        .selectFrom("notification_preferences")
        .select("cadence")
        .where("person_id", "=", person.id)
        .where("category", "=", scope)
        .executeTakeFirst();
      expect(row?.cadence, origin).toBe("off");
    }
    // No other door opens: any other cross-site POST is still refused.
    for (const path of ["/unsubscribe", "/unsubscribe/x/y", "/notifications/preferences", "/logout"]) {
      const response = await postForm(portal, path, {}, { headers: { Origin: "https://mail.example.com" } });
      expect(response.status, path).toBe(403);
    }
  });
});

/** The server's resident memory, in megabytes. */
const residentMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${portal.pid}/status`, "utf8"))![1]) / 1024;

/**
 * Posts `megabytes` of form to /login over a raw socket (declared, or chunked), and reads the answer
 * while still sending, as browsers do: returns its status line and how long it took to come.
 */
function postHuge(megabytes: number, chunked: boolean): Promise<{ status: string; ms: number }> {
  const started = Date.now();
  const size = megabytes * 1024 * 1024;
  const socket = net.connect(Number(port()), "localhost");
  socket.write(
    `POST /login HTTP/1.1\r\nHost: localhost:${port()}\r\nOrigin: ${portal.baseUrl}\r\n` +
      `Content-Type: application/x-www-form-urlencoded\r\n` +
      `${chunked ? "Transfer-Encoding: chunked" : `Content-Length: ${size}`}\r\n\r\n`,
  );
  const piece = Buffer.alloc(64 * 1024, "a");
  const frame = chunked
    ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n")])
    : piece;
  let sent = 0;
  const send = () => {
    while (sent < size && !socket.destroyed) {
      sent += piece.length;
      if (!socket.write(frame)) return void socket.once("drain", send);
    }
    if (!socket.destroyed && chunked) socket.write("0\r\n\r\n");
  };
  send();
  return new Promise((resolve, reject) => {
    let answer = "";
    socket.on("data", (data) => {
      answer += data;
      if (answer.includes("\r\n")) {
        resolve({ status: answer.slice(0, answer.indexOf("\r\n")), ms: Date.now() - started });
        socket.destroy();
      }
    });
    socket.on("error", () => {}); // the server may stop listening to the rest: the answer is what counts
    socket.on("close", () => reject(new Error(`No answer; received: ${answer}`)));
    setTimeout(() => socket.destroy(), 20_000);
  });
}

describe("request bodies", () => {
  it("are refused above 1 MB with 413, at once, without the server holding them; smaller ones pass", async () => {
    // A first, smaller refusal loads what answering takes, so the memory measured next is the body's alone.
    expect((await postHuge(2, false)).status).toBe("HTTP/1.1 413 Payload Too Large");
    const before = residentMb();
    for (const chunked of [false, true]) {
      const { status, ms } = await postHuge(50, chunked);
      expect(status, chunked ? "chunked" : "declared").toBe("HTTP/1.1 413 Payload Too Large");
      expect(ms, chunked ? "chunked" : "declared").toBeLessThan(5000);
    }
    expect(residentMb() - before).toBeLessThan(8);
    // Up to the limit, a form reaches its page as before.
    const response = await postForm(portal, "/login", { email: KOREA, padding: "x".repeat(900_000) });
    expect(response.status).toBe(302);
  });
});

describe("signed-in pages", () => {
  it("are never stored by a cache or kept for Back: Cache-Control private, no-store", async () => {
    const cookie = await sessionCookieFor(portal, COSTA_RICA);
    const draft = await portal.database.db
      .selectFrom("statements")
      .select("id")
      .where("stage", "=", "drafting")
      .executeTakeFirstOrThrow();
    for (const path of ["/", "/statements", `/statements/${draft.id}`, "/manual", "/profile", "/no-such-page"]) {
      const response = await fetch(portal.baseUrl + path, { headers: { Cookie: cookie }, redirect: "manual" });
      expect(response.headers.get("content-type"), path).toMatch(/^text\/html/);
      expect(response.headers.get("cache-control"), path).toBe("private, no-store");
    }
    // The data a page loads in the browser too.
    const data = await fetch(`${portal.baseUrl}/statements/${draft.id}.data`, { headers: { Cookie: cookie } });
    expect(data.headers.get("cache-control")).toBe("private, no-store");
    // Anonymous pages are not affected.
    const login = await fetch(`${portal.baseUrl}/login`);
    expect(login.headers.get("cache-control")).toBeNull();
  });
});
