// A long list a loader packs into one JSON text reads back as it was, on the server's render as in the
// browser, even when another request packed something in between.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { pack, usePacked, type Packed } from "~/lib/packed";

type Member = { slug: string; name: string; regionalGroup: string | null };

function Names({ packed }: { packed: Packed<Member[]> }) {
  const members = usePacked(packed);
  return (
    <ul>
      {members.map((member) => (
        <li key={member.slug}>{`${member.name} (${member.regionalGroup ?? "—"})`}</li>
      ))}
    </ul>
  );
}

const korea: Member = { slug: "republic-of-korea", name: "Republic of Korea", regionalGroup: "asia_pacific" };
const ivory: Member = { slug: "cote-d-ivoire", name: 'Côte d\'Ivoire "<b>"', regionalGroup: "african" };
const au: Member = { slug: "african-union", name: "African Union", regionalGroup: null };

describe("a packed list", () => {
  it("is one JSON text that reads back as the list it was, markup in names kept as text", () => {
    const packed = pack([korea, ivory, au]);
    expect(typeof packed).toBe("string");
    expect(JSON.parse(packed)).toEqual([korea, ivory, au]);
    expect(renderToStaticMarkup(<Names packed={packed} />)).toBe(
      "<ul><li>Republic of Korea (asia_pacific)</li><li>Côte d&#x27;Ivoire &quot;&lt;b&gt;&quot; (african)</li>" +
        "<li>African Union (—)</li></ul>",
    );
  });

  it("reads right when another page packed a list in between, and from a text that was never packed here", () => {
    const first = pack([korea]);
    pack([ivory, au]);
    expect(renderToStaticMarkup(<Names packed={first} />)).toBe("<ul><li>Republic of Korea (asia_pacific)</li></ul>");
    // As the browser receives it: the same text, from the page.
    const received = JSON.stringify([au]) as Packed<Member[]>;
    expect(renderToStaticMarkup(<Names packed={received} />)).toBe("<ul><li>African Union (—)</li></ul>");
  });
});
