// Scoring candidate groups: a group counts when most of its blocks read as comments (author or body, a time,
// some words) and it is not mostly teasers; it scores 10 per comment, +3 for a comment-like name. The best group
// is the thread (merge.ts may add kindred groups to it).
import { readParts, type Parts } from './comment-parts';
import { bodyText } from './comment-words';
import type { Group } from './candidates';
import { COMMENTISH, LONE_COMMENT } from './signature';
import { holdsSeveralTimes, mostlyHeadlines, mostlyRepeated } from './teasers';

export interface Scored {
  group: Group;
  members: Element[];
  parts: Map<Element, Parts>;
  score: number;
}

/** The group's qualifying blocks and their parts, scored; null when the group is not a thread. */
function scoreGroup(group: Group, now: Date, dayFirst: boolean): Scored | null {
  const set = new Set(group.members);
  const parts = new Map<Element, Parts>();
  const qualifying: Element[] = [];
  const qualifies = (member: Element): Parts | null => {
    const p = readParts(member, set, now, dayFirst);
    if ((!p.author && !p.body) || !p.time) return null;
    return bodyText(member, p, set).text ? p : null;
  };
  // Big groups (5,000 comments, or 5,000 of their inner wrappers) are first judged on an even sample:
  // one that is clearly not comments is dropped without reading every block.
  const SAMPLE = 24;
  if (group.members.length > SAMPLE * 2) {
    const step = group.members.length / SAMPLE;
    let hits = 0;
    for (let i = 0; i < SAMPLE; i++) if (qualifies(group.members[Math.floor(i * step)])) hits++;
    if (hits < SAMPLE * 0.5) return null;
  }
  for (const member of group.members) {
    const p = readParts(member, set, now, dayFirst);
    // A comment without an author element (guest names as bare text, private comments) still counts
    // when it has a recognisable body.
    if ((!p.author && !p.body) || !p.time) continue;
    p.words = bodyText(member, p, set);
    if (!p.words.text) continue;
    parts.set(member, p);
    qualifying.push(member);
  }
  if (!qualifying.length) return null;
  if (qualifying.length < group.members.length * 0.6) return null;
  if (mostlyHeadlines(qualifying, parts, set) || mostlyRepeated(qualifying, parts)) return null;
  if (qualifying.length === 1 && (!LONE_COMMENT.test(group.signature) || holdsSeveralTimes(qualifying[0]))) return null;
  const depth = (el: Element) => {
    let d = 0;
    for (let cur: Element | null = el; cur; cur = cur.parentElement) d++;
    return d;
  };
  const score = qualifying.length * 10 + (COMMENTISH.test(group.signature) ? 3 : 0) - depth(qualifying[0]) * 0.01;
  return { group, members: qualifying, parts, score };
}

/**
 * Scores the groups, most promising first (a group scores at most 10 per block, +3 for a comment-like name).
 * Once no unscored group can beat the best, only groups of the winner's tag are still scored: they may join
 * it (mergeKindred); the rest cannot change the outcome. Returned in the candidates' order, as if all were scored.
 */
export function scoreCandidates(groups: Group[], now: Date, dayFirst: boolean): Scored[] {
  const ceiling = (g: Group) => g.members.length * 10 + (COMMENTISH.test(g.signature) ? 3 : 0);
  const order = groups.map((_, i) => i).sort((a, b) => ceiling(groups[b]) - ceiling(groups[a]) || a - b);
  const scored: (Scored | null)[] = new Array(groups.length).fill(null);
  let best: Scored | null = null;
  let next = 0;
  for (; next < order.length; next++) {
    const i = order[next];
    if (best && ceiling(groups[i]) <= best.score) break;
    scored[i] = scoreGroup(groups[i], now, dayFirst);
    const s = scored[i];
    if (s && (!best || s.score > best.score || (s.score === best.score && i < groups.indexOf(best.group)))) best = s;
  }
  if (best) {
    const tag = best.members[0].localName;
    for (; next < order.length; next++) {
      const i = order[next];
      if (groups[i].members[0].localName === tag) scored[i] = scoreGroup(groups[i], now, dayFirst);
    }
  }
  return scored.filter((s): s is Scored => s !== null);
}
