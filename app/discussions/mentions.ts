// Mentions of a member in a post: "@Ghana", "@Côte d'Ivoire", "@République de Corée" or the member's
// address name ("@republic-of-korea"), in any of its three names, whatever the case.
export interface MentionableMember {
  id: number;
  slug: string;
  name: string;
  nameFr: string;
  nameEs: string;
}

/** A letter or digit right after a name means the name went on ("@Niger" in "@Nigeria"). */
const CONTINUES = /[\p{L}\p{N}]/u;

export function findMentions(text: string, members: readonly MentionableMember[]): number[] {
  const lowered = text.toLocaleLowerCase();
  if (!lowered.includes("@")) return [];
  const found = new Set<number>();
  for (const member of members) {
    for (const name of new Set([member.name, member.nameFr, member.nameEs, member.slug])) {
      const needle = `@${name.toLocaleLowerCase()}`;
      let at = lowered.indexOf(needle);
      while (at !== -1) {
        const next = lowered.charAt(at + needle.length);
        if (!next || !CONTINUES.test(next)) {
          found.add(member.id);
          break;
        }
        at = lowered.indexOf(needle, at + 1);
      }
    }
  }
  return [...found];
}
