import { chromium } from "playwright-core";
import postgres from "postgres";
const base = "http://localhost:3000";
const sql = postgres("postgres://postgres:postgres@127.0.0.1:54329/r2p", { max: 1 });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
async function signedIn(email: string, viewport = { width: 1280, height: 900 }) {
  const ctx = await browser.newContext({ viewport, baseURL: base });
  const page = await ctx.newPage();
  page.on("console", (m) => m.type() === "error" && console.log("CONSOLE", m.text().slice(0, 300)));
  await page.goto("/login");
  await page.getByLabel("Work email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.waitForTimeout(800);
  const [row] = await sql`select text from emails where recipient = ${email} order by id desc limit 1`;
  await page.goto(/http\S*\/login\/confirm\S*/.exec(row.text)![0]);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  return page;
}
const pages = (process.argv[2] ?? "").split(",");
const who = process.argv[3] ?? "seoyeon.lee@mofa-korea.example.org";
const p = await signedIn(who);
if (process.argv[4]) { await p.getByLabel("Language").selectOption(process.argv[4]); await p.getByRole("button", { name: "Change language" }).click(); await p.waitForTimeout(800); }
for (const entry of pages) {
  const [name, path] = entry.split("=");
  const r = await p.goto(path!); console.log(name, r?.status());
  await p.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: true });
}
await browser.close(); await sql.end();
