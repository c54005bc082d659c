// The rules' reading of a whole comment: each sentence read by the sentence model and the rules (sentence.ts), then
// weighed by the sentences around it (a question inside a thank-you, fault words in a long argument, a fix announced),
// giving the labels and scores the rules give before the comment model has its say (comment-labels.ts).
import type { Label } from '../thread';
import { GREETING_OPENING, NOT_RESOLVED, POLITE_REQUEST, REMEDY_CONFIRMED } from './lexicon';
import type { LinearModel } from './model';
import { readSentence, type SentenceReading } from './sentence';
import type { SentenceSignals } from './signals';
import { ownWords, splitSentences } from './text';

/** Minimum score for a label to be given, unless the classifier is told otherwise. */
export const DEFAULT_THRESHOLD = 0.5;
/** A question after "…, but": the writer turns from the argument to ask something. */
const ASIDE_QUESTION = /[,;:]\s*(?:but|aber|mais|pero|ma|mas|ale|maar)\s/i;
/** A line of a spec list in a report ("- OS: Android 9", "Browser: Firefox 120"): details, not more argument. */
const SPEC_LINE = /^\s*(?:[-*•]\s*)?(?!(?:edit|update|ps|p\.s|note|btw|nb|also|but|and)\s*:)[\p{L}][\p{L}\d ./()-]{0,24}:\s+\S/iu;
/** English second person: the sentence is about the reader's setup. */
const ADDRESSES_READER = /\byou(?:r|rs|'re|’re)?\b/i;
/** "You" as anyone: a report told generically ("It crashes when you open the camera"). */
const ANYONE_YOU = /\b(?:when|whenever|if|once|after|as soon as|every time|each time)\s+you\b/i;
/** The author did it ("you forgot the eggs", "whatever you changed broke it"): a report to them. */
const AUTHOR_DID = /\byou\s+(?:\w+ed|forgot|broke|made|wrote|left|said|did|didn[’']?t|put|took|gave|got|have an? (?:\w+ )?(?:typo|mistake|error|bad link|broken link|dead link|wrong link))\b/i;
/** An erratum named first ("Small error in the first example: you should await it"): a report to the author, whatever follows. */
const ERRATUM_FIRST = /^(?:(?:a|one|another)\s+)?(?:(?:small|little|slight|tiny|minor)\s+)?(?:(?:typo|mistake|error|erratum)s?\s+(?:in|on)\s|typo\b)/i;
/** English first person: the writer's own experience. */
const FIRST_PERSON = /\b(?:i|my|me|mine|we|our|us)\b/i;
/** A reply that opens by naming another commenter ("@jo thanks, ..."). */
export const AT_REPLY = /^\s*@/;
// Actionable labels are listed before thanks when both pass: the queue exists for them.
const PRIORITY: Record<Label, number> = { question: 3, bug: 2, thanks: 1, other: 0 };

/** The rules' reading of a comment: its sentences, and the labels and scores the rules give before the comment model. */
export interface CommentReading {
  readings: SentenceReading[];
  labels: Label[];
  scores: Record<Label, number>;
  /** Index of the sentence that carries each label's best score (-1: none). */
  bestAt: Record<Label, number>;
  /** A sure report the rules set aside as an answer that tells the reader their own fault: the comment model adds none. */
  answersReader: boolean;
}

/** Read a comment by the sentence model and the rules (null when it has no words). */
export function readComment(model: LinearModel, text: string, threshold = DEFAULT_THRESHOLD): CommentReading | null {
  const sentences = splitSentences(ownWords(text));
  if (!sentences.length) return null;
  // Pushed, not mapped: see weighInContext.
  const readings: SentenceReading[] = [];
  for (const sentence of sentences) readings.push(readSentence(model, sentence));
  const best: Record<Label, { score: number; at: number }> = {
    thanks: { score: 0, at: -1 }, question: { score: 0, at: -1 }, bug: { score: 0, at: -1 }, other: { score: 0, at: -1 },
  };
  const { scores: contextual, secondary, answersReader } = weighInContext(readings);
  // The best sentence per label (first one on ties). Spelled out per label: this runs for every comment.
  for (let i = 0; i < contextual.length; i++) {
    const sc = contextual[i];
    if (sc.thanks > best.thanks.score) best.thanks = { score: sc.thanks, at: i };
    if (sc.question > best.question.score) best.question = { score: sc.question, at: i };
    if (sc.bug > best.bug.score) best.bug = { score: sc.bug, at: i };
    if (sc.other > best.other.score) best.other = { score: sc.other, at: i };
  }

  const scores: Record<Label, number> = {
    thanks: best.thanks.score,
    question: best.question.score,
    bug: best.bug.score,
    other: 0,
  };
  scores.other = 1 - Math.max(scores.thanks, scores.question, scores.bug);
  const labels = (['question', 'bug', 'thanks'] as Label[]).filter((l) => scores[l] >= threshold);
  labels.sort((a, b) => PRIORITY[b] - PRIORITY[a] || scores[b] - scores[a]);
  // Actionable labels lead; thanks stays after them even when its score is higher.
  // When every label found is secondary to the comment's main act (an argument with a side question, thanks
  // to another commenter), `other` leads and they follow.
  if (!labels.length || labels.every((l) => secondary.has(l))) {
    labels.unshift('other');
    scores.other = Math.max(scores.other, threshold);
  }
  const bestAt = { thanks: best.thanks.at, question: best.question.at, bug: best.bug.at, other: best.other.at };
  return { readings, labels, scores, bestAt, answersReader };
}

/**
 * Sentence scores weighed by their company. A question inside a thank-you that praises or exclaims is
 * rhetorical; in a long comment, a question that addresses no one and a fault word outside the writer's own
 * experience are debate, not requests or reports; a question the writer answers in the next sentence was not
 * asked; a comment that announces a fix is not a report unless something still fails; and thanks that fill a
 * small share of a long comment are politeness around its real content.
 * Also returns the labels that are secondary to the comment's main act (`other` should lead them).
 */
function weighInContext(readings: SentenceReading[]): { scores: Array<Record<Label, number>>; secondary: Set<Label>; answersReader: boolean } {
  // Greetings, names and sign-offs ("Servus,", "Dave") do not make a comment long.
  // Nor do the lines of a spec list under a report.
  // (Loops, not map/filter chains: the arrays those return differ in elements kind between the interpreter and
  // optimised code, and each difference threw this function's optimised code away, 6 to 8 times a run.)
  const substantive: boolean[] = [];
  let n = 0;
  for (const r of readings) {
    const counts = r.signals.length >= 3 && !(r.signals.length <= 8 && SPEC_LINE.test(r.text));
    substantive.push(counts);
    if (counts) n++;
  }
  const long = n >= 4;
  const thanksContext = readings.some((r) => r.scores.thanks >= 0.6);
  const debate = readings.some((r) => r.signals.opinion);
  // A fix announced and nothing said to persist: the fault words describe what was fixed.
  // A fault the writer meets after the announcement ("... then it works. As soon as I restore my backup, it fails
  // again.") persists, and so does one said to remain after it ("The beta fixed it. The store version still has the bug.").
  const firstFix = readings.findIndex((r) => r.signals.fixAnnounced);
  const fixed =
    firstFix >= 0 &&
    !readings.some(
      (r, i) => !r.signals.fixAnnounced && (r.signals.bugSymptom || (i > firstFix && r.signals.bugStrong && (r.signals.personal || NOT_RESOLVED.test(r.text.toLowerCase())))),
    );
  // "I had the same problem. I deleted the cache and it works": the me-too introduces a solution, the comment answers.
  const answersWithSolution = readings.some((r) => r.signals.solution && !r.signals.bugSymptom && !r.signals.questionMark);
  // A comment on public affairs that never names the site's own things: its fault words are about the world.
  const publicDebate = countOf(readings, (r) => r.signals.publicAffairs) >= 2 && !readings.some((r) => r.signals.siteObject);
  // Anything in the comment that makes a fault concrete: a malfunction phrase, a symptom, or the site's own things.
  const concreteFault = readings.some((r) => r.signals.bugStrong || r.signals.bugSymptom || r.signals.siteObject);
  let totalChars = 0;
  let thanksChars = 0;
  let thanksAtEdge = false;
  readings.forEach((r, i) => {
    totalChars += r.text.length;
    if (r.scores.thanks >= 0.5) {
      thanksChars += r.text.length;
      if (i === 0 || i === readings.length - 1) thanksAtEdge = true;
    }
  });
  const share = totalChars ? thanksChars / totalChars : 0;
  const thanksFactor = n <= 3 ? 1 : Math.min(1, 0.45 + 1.2 * share + (thanksAtEdge ? 0.12 : 0));

  // A reply to another commenter ("@name ...") or a comment that argues more than once is a debate turn.
  const argues = AT_REPLY.test(readings[0].text) || countOf(readings, (r) => r.signals.opinion) >= 2;
  // Argues (opinion markers, an @reply) or runs long: a "?" there is often a move in the argument.
  const argumentative = debate || argues || long;
  // A comment that names the site's own things ("the article", "der Artikel") asks about them, wherever it asks.
  const aboutSite = readings.some((r) => r.signals.siteObject);
  // The writer tells of their own case in more than one sentence ("Mein Kater ...", "Bei mir ...").
  const ownCase = countOf(readings, (r) => r.signals.personal) >= 2;
  // Per sentence: how many argued statements follow it (not questions, not the writer's own situation).
  const claimsAfter = new Array<number>(readings.length).fill(0);
  for (let i = readings.length - 2; i >= 0; i--) {
    const next = readings[i + 1].signals;
    const claim = next.length >= 3 && !next.questionMark && !next.questionForm && (!next.personal || next.opinion);
    claimsAfter[i] = claimsAfter[i + 1] + (claim ? 1 : 0);
  }

  let rank = -1;
  let answersReader = false;
  const scores: Array<Record<Label, number>> = [];
  readings.forEach((r, i) => {
    if (r.signals.length >= 3) rank++;
    const sig = r.signals;
    const sc = { thanks: r.scores.thanks, question: r.scores.question, bug: r.scores.bug, other: r.scores.other };
    // "Wow, how do you do it?" inside a thank-you admires; it asks nothing. ("How do you do that with one hand?" asks.)
    if (thanksContext && sig.questionMark && ADMIRING_HOW.test(r.text)) sc.question = Math.min(sc.question, 0.3);
    if (!sig.questionForm) {
      // A "?" in an argument that asks no one: the sentence's "?" floor (0.8) gives way to the model's own reading,
      // so the long-comment and debate damping below can take it under the threshold.
      // A long comment that neither argues nor thanks is often a support request: its inverted questions
      // ("Ist es ein LTE-Tarif?") are asked, not argued, when the writer tells of their own case or the
      // question comes at the end rather than before more claims.
      const troubleshooting = !debate && !argues && !thanksContext && sig.questionOpening && (ownCase || claimsAfter[i] <= 1);
      if (argumentative && sig.questionMark && !aboutSite && !asksSomeone(sig) && !troubleshooting)
        sc.question = Math.min(sc.question, Math.max(r.modelQuestion, UNADDRESSED_QUESTION_FLOOR));
      // ("What yarn is that?!" after the praise still asks: a wh-question is not an exclamation.)
      // A Spanish question of four words or more opened with "¿" after the thanks ("Gracias por la información, pero:
      // ¿ha mejorado la situación?") is asked, not admired; so is one the writer announces ("obrigado, outra dúvida, ...?").
      if (thanksContext && (sig.praise > 0 || sig.thanks > 0 || (/[!?]\s*[!?]/.test(r.text) && !sig.whAuxiliary) || sig.length <= 3) && !(sig.length > 4 && SPANISH_ASKED.test(r.text)) && !ANNOUNCED_QUESTION.test(r.text))
        sc.question = Math.min(sc.question, 0.3);
      // Questions that open or close a long comment are usually its point; mid-argument ones are often rhetorical.
      if (long && !sig.addressed) sc.question *= rank >= 1 && rank < n - 2 ? 0.7 : 0.85;
      // In an argument, a question to no one in particular is part of the argument.
      // "I disagree, but where can I read the report?": the writer sets the argument aside to ask.
      if (debate && !sig.addressed && !sig.secondPerson && !(sig.questionMark && ASIDE_QUESTION.test(r.text))) sc.question = Math.min(sc.question, 0.45);
      // "Who reads the terms anyway? Nobody." The writer answers it.
      const next = readings[i + 1];
      if (next && sig.questionMark && next.signals.answerOpening) sc.question = Math.min(sc.question, 0.3);
      // "Du hast noch Ferien? Glücklicher, Du!": a short echo question the writer follows with an exclamation.
      if (next && sig.questionMark && sig.length <= 5 && next.signals.exclaimed && next.signals.length <= 4 && !next.signals.questionMark) sc.question = Math.min(sc.question, 0.3);
      // "@x Which spokeswoman? There is no elected board. ..." In a debate turn, a question that names no
      // addressee and is followed by the writer's own claims is a move in the argument, not a request.
      if (argues && sig.questionMark && !sig.secondPerson && claimsAfter[i] >= 2) sc.question = Math.min(sc.question, 0.45);
    }
    // A long comment that opens with a fault phrase ("Similar here - Pixel 6 ...", "Same problem here. ...") is a
    // report with its details, not a debate that uses fault words.
    const opensWithFault = i === 0 && sig.bugStrong && !debate;
    if (long && !sig.bugSymptom && !sig.personal && !opensWithFault) sc.bug *= 0.7;
    // In a long comment, a fault reading the lexicons do not back is the model hearing debate as a report.
    if (long && !sig.bugWord && !sig.bugSymptom && !opensWithFault) sc.bug *= 0.75;
    if (debate && !sig.bugSymptom && !sig.bugStrong) sc.bug *= 0.6;
    if (fixed && !sig.bugSymptom) sc.bug = Math.min(sc.bug, 0.3);
    // A question put to the reporter about their fault asks; it reports nothing ("Did you re-enable logging after the
    // reinstall?", "Could you post a link to a video that does not work?": in the development sets, 55 comments whose
    // only fault sentences are such questions are no report, 1 is), unless the fault is said to persist ("It still
    // crashes, can you send me a build?").
    if (sig.questionMark && sig.secondPerson && !STILL.test(r.text)) sc.bug = Math.min(sc.bug, 0.3);
    // A fault told of the reader's things, with no first person anywhere in the sentence, is an answer to a report, not
    // one ("Your styles aren't loading because site.url is wrong", "The error means the gem is missing from your
    // Gemfile"): the blog author’s replies read as reports before this (over all labelled sets, with the comment model:
    // 75 comments right that were wrong, 6 the other way). English only: elsewhere the forms are ambiguous ("je").
    // Not where "your" names the site’s own things ("Your download link is broken"), "you" is anyone ("It crashes
    // when you open the camera") or the author who did it ("You forgot the eggs"). The regexes run only where the cap
    // would change something: this runs for every sentence.
    if (sc.bug > 0.45 && !sig.questionMark && !sig.siteObject && ADDRESSES_READER.test(r.text) && !FIRST_PERSON.test(r.text) && !ANYONE_YOU.test(r.text) && !AUTHOR_DID.test(r.text) && !ERRATUM_FIRST.test(r.text) && !STILL.test(r.text)) {
      sc.bug = Math.min(sc.bug, 0.45);
      answersReader = true;
    }
    if (answersWithSolution && sig.sameFault && !sig.bugSymptom) sc.bug = Math.min(sc.bug, 0.4);
    if (publicDebate && !sig.bugSymptom) sc.bug *= 0.6;
    // "We found more strange bugs that nobody complained about" in a long argument: a fault noun the model does not
    // read as a report, with nothing concrete anywhere in the comment, is a remark about bugs, not a report of one.
    if (long && !concreteFault && r.modelBug < 0.3) sc.bug = Math.min(sc.bug, 0.45);
    sc.thanks *= thanksFactor;
    // "Bitte bleiben Sie beim Thema. Danke": a bare thanks closing a request is politeness, not gratitude.
    if (sig.thanks >= 1 && sig.length <= 4 && i > 0 && readings[i - 1].signals.thanks === 0 && POLITE_REQUEST.test(readings[i - 1].text.toLowerCase()))
      sc.thanks = Math.min(sc.thanks, 0.3);
    scores.push(sc);
  });

  const secondary = new Set<Label>();
  // Thanks only for a report or an answer, or to an @-named commenter: by the conventions that is `other` first.
  const thanksSentences: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i].thanks >= 0.5) thanksSentences.push(i);
  if (thanksSentences.length && thanksSentences.every((i) => readings[i].signals.replyThanks)) secondary.add('thanks');
  // A fix announcement with thanks for the report is the author's reply, not gratitude for the post.
  // Not when the writer is the one helped: "That fixed it, thanks!", "Thanks @x - that was it."
  if (thanksSentences.length && fixed && !readings.some((r) => REMEDY_CONFIRMED.test(r.text.toLowerCase()))) secondary.add('thanks');
  // "@name Danke für ..., ...": a reply to another commenter; its thanks or praise is for that commenter.
  if (thanksSentences.length && AT_REPLY.test(readings[0].text)) secondary.add('thanks');
  // "... (a long argument). Danke.": a bare thank-you closing a long comment is a sign-off, not its point.
  const closingOnly = thanksSentences.every((i) => readings[i].signals.thanks >= 1 && readings[i].signals.length <= 4 && substantive.indexOf(true, i + 1) < 0 && i > 0);
  // So is one closing a shorter reply that praises nothing ("... I'll reopen if you have more information. Thanks.").
  const praisesNothing = !readings.some((r) => r.signals.praise > 0);
  if (thanksSentences.length && closingOnly && ((long && share < 0.15) || (n >= 2 && praisesNothing && share < 0.25))) secondary.add('thanks');
  // A long answer or argument with a side question: its main act is the argument, and the question follows it.
  if (n >= 6) {
    let questionChars = 0;
    let firstQuestion = -1;
    scores.forEach((sc, i) => {
      if (sc.question >= 0.5) {
        questionChars += readings[i].text.length;
        if (firstQuestion < 0) firstQuestion = i;
      }
    });
    const opensWithQuestion = firstQuestion >= 0 && !substantive.slice(0, firstQuestion).includes(true);
    // A support request tells the writer's own case at length and then asks: the question is its point.
    const supportRequest = ownCase && !debate && !argues && !thanksContext && GREETING_OPENING.test(readings[0].text);
    if (firstQuestion >= 0 && !opensWithQuestion && !supportRequest && questionChars <= 0.25 * totalChars) secondary.add('question');
  }
  return { scores, secondary, answersReader };
}

/** How many of `items` satisfy `test` (without the intermediate array of a filter). */
function countOf<T>(items: readonly T[], test: (item: T) => boolean): number {
  let count = 0;
  for (const item of items) if (test(item)) count++;
  return count;
}

/** A Spanish question of four words or more, opened with "¿" and closed with "?". */
const SPANISH_ASKED = /¿(?:[^?¿\s]+\s+){3,}[^?¿]*\?/;
/** The writer announces a question of their own ("Una duda, ...", "outra dúvida, ...", "Quick question: ..."): it is asked, whatever thanks come with it. */
const ANNOUNCED_QUESTION =
  /(?:^|[\s,.;:!(])(?:una|otra|pequeña|última) (?:duda|pregunta)|(?:uma|outra|pequena|última) (?:d[úu]vida|pergunta)|(?:une|autre|petite|dernière) question|(?:eine|noch eine|kurze|kleine) frage|(?:quick|one|another|one more|small|little|last) question|(?:una|un'altra|piccola) domanda|(?:een|nog een|kleine) vraag|(?:jedno|mam|małe) pytanie|(?:一个|一個|有个|有個|还有个|還有個)(?:问题|問題|疑问|疑問)|質問(?:です|があります|させて)/i;
/** "How do you do it?" and its like, closing the sentence: admiration, not a question. */
const ADMIRING_HOW = /\bhow do you (?:do it|do that|do all (?:of )?(?:this|that|these)|find the time|manage (?:it|that|all (?:of )?(?:this|that)))\s*[?!.]*\s*$/i;
/** A fault said to persist, in the languages the lexicons cover ("still", "immer noch", "nog steeds", "toujours"). */
const STILL = /\bstill\b|\b(?:immer noch|noch immer|nach wie vor|nog steeds|nog altijd|toujours|encore toujours|todav[ií]a|sigue|siguen|ainda|continua|ancora)\b/i;

/** Highest question score a "?" sentence keeps in an argument that asks no one, unless the model reads it higher. */
const UNADDRESSED_QUESTION_FLOOR = 0.5;

/** Asks someone something: names an addressee ("can you"), the writer's own situation ("how do I"), or the site's own things. */
function asksSomeone(sig: SentenceSignals): boolean {
  return sig.secondPerson || sig.addressed || sig.siteObject;
}
