// One thread, several signatures: the winning group takes in the groups whose blocks sit beside or nest
// around its own (root comments and replies, members and guests).
import type { Scored } from './scoring';

/**
 * One thread can use several signatures: root comments and replies ("wc-comment wpdiscuz-root-comment" vs
 * "wc-comment wc-reply"), members and guests ("li.member" vs "li.guest"). Other qualifying groups of the same
 * tag join the winner when their blocks sit beside its blocks (same parent) or nest inside/around them.
 */
export function mergeKindred(best: Scored, others: Scored[]): Scored {
  const tag = best.members[0].localName;
  let members = new Set(best.members);
  const parts = new Map(best.parts);
  let grew = true;
  while (grew) {
    grew = false;
    const parents = new Set(Array.from(members, (m) => m.parentElement));
    for (const other of others) {
      if (other === best || other.members[0].localName !== tag || other.members.some((m) => members.has(m))) continue;
      const taken = new Set<Element | null>();
      for (const b of members) taken.add(parts.get(b)?.author ?? null).add(parts.get(b)?.time ?? null);
      taken.delete(null);
      const related = other.members.every((m) => {
        const mAuthor = other.parts.get(m)?.author ?? other.parts.get(m)?.time;
        // Reading an author line or time the thread already holds: the same comment seen through a wrapper.
        if (!mAuthor || taken.has(mAuthor) || taken.has(other.parts.get(m)?.time ?? null)) return false;
        if (parents.has(m.parentElement)) return true;
        return Array.from(members).some((b) => {
          const bAuthor = parts.get(b)?.author ?? parts.get(b)?.time;
          if (!mAuthor || !bAuthor || mAuthor === bAuthor) return false;
          // A reply nests inside a comment (or a comment around its replies) with an author line of its own;
          // a wrapper inside one comment shares that comment's author line.
          const bTime = parts.get(b)?.time;
          if (b.contains(m)) return !m.contains(bAuthor) && !(bTime && m.contains(bTime));
          if (m.contains(b)) return !b.contains(mAuthor);
          return false;
        });
      });
      if (!related) continue;
      for (const m of other.members) {
        members.add(m);
        parts.set(m, other.parts.get(m)!);
      }
      grew = true;
    }
  }
  if (members.size === best.members.length) return best;
  const ordered = Array.from(members).sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  // Parts were read against each group's own member set: re-read them against the merged set.
  members = new Set(ordered);
  return { ...best, members: ordered, parts };
}
