// Rule signals per sentence: what the lexicons say, before the model has a say.
// Values are evidence strengths in [0, 1]; the classifier turns them into score floors and penalties,
// and the trainer also feeds them to the model as features so it learns how far to trust each.
import {
  ADDRESSED, ANSWER_OPENING, PUBLIC_AFFAIRS, CONTRAST_HINT, CONTRAST_SYMPTOM, COUNT_SHORTFALL, COUNT_SHOWN, LETTER, NOT_PRAISE, BUG_CJK, BUG_NEGATED, BUG_NEGATED_REPLIES, BUG_STRONG_PARTS, BUG_SYMPTOM, BUG_SYMPTOM_REPEAT, BUG_SYMPTOM_WEAK, BUG_WORDS, FAULT_FRAMES, FAULT_FRAMES_CJK, OBSERVER, PRODUCT_OBJECT,
  FIX_ANNOUNCED, FIX_ANNOUNCED_CJK, SAME_FAULT, SOLUTION_OFFERED, UPDATE_ANCHOR, NOT_RESOLVED, OPINION, OPINION_CJK, PRAISE, PRAISE_CJK, QUESTION_CJK, QUESTION_CJK_END,
  QUESTION_FORM, QUESTION_OPENING, WH_AUXILIARY, REACTION_QUESTION, GREETING_QUESTION, RHETORICAL, SECOND_PERSON, SECOND_PERSON_FORMAL_DE, RHETORICAL_CJK, RHETORICAL_MORE, SUGGESTION_QUESTION, TAG_QUESTION,
  THANKS, THANKS_CJK, THANKS_EMOJI, THANKS_FOR_REPORT, THANKS_FOR_REPORT_CJK, THANKS_IN_ADVANCE, THANKS_NOT_GRATITUDE, SIGN_OFF, ME_TOO_SENTENCE, ME_TOO_OPENING, INFO_REQUEST, DENIAL,
} from './lexicon';
import { classOf, codePointAt, hasCjkChar, IS_CJK, IS_LETTER, IS_NUMBER } from './charclass';
import { deriveScreenTable, RegexScreen, type BuiltScreen, type Screening, type ScreenTable } from './prescreen';
import { SCREEN_TABLE } from './screen-table';

export interface SentenceSignals {
  /** Explicit gratitude ("thanks", "merci", "谢谢", 🙏). */
  thanks: number;
  /** Praise that reads as appreciation in a short or exclamatory sentence. */
  praise: number;
  /** Ends with a question mark (any script), or opens with ¿. */
  questionMark: boolean;
  /** A question form that needs no question mark ("Is there a way to", "I wonder whether", "est-ce que"). */
  questionForm: boolean;
  /** Opens like a question (inversion or a question word). */
  questionOpening: boolean;
  /** Opens with a question word and an auxiliary ("Wie gross muss", "how long does"): asks, "?" or not. */
  whAuxiliary?: boolean;
  /** Exclamation dressed as a question ("Who knew?", "How cool is that?"). */
  rhetorical: boolean;
  /** Addressed to someone or about the writer's own situation: answerable, not rhetorical. */
  addressed: boolean;
  /** Names a fault ("error", "crash", "funktioniert nicht"). */
  bugWord: boolean;
  /** The fault is named as a malfunction ("doesn't load", "404", "crashes"), not only as a noun ("problem", "Fehler"). */
  bugStrong: boolean;
  /** The writer announces a fix or a resolution ("I fixed", "ist jetzt korrigiert", "修正しました"). */
  fixAnnounced: boolean;
  /** Thanks for a report or an answer, or to an @-named commenter: `other` first by the conventions. */
  replyThanks: boolean;
  /** A thanks word that is not gratitude: "no thanks", "thanks for nothing", "Na danke". */
  thanksDenied?: boolean;
  /** Praise words that the sentence takes back or points elsewhere ("my husband is a great cook", "glad you liked it"). */
  praiseDenied?: boolean;
  /** Argues: opinion or disagreement markers ("I disagree", "the real problem is", "ich finde"). */
  opinion: boolean;
  /** A question shape that expects no answer: tag question, "who cares", a leading "doch" question. */
  rhetoricalShape: boolean;
  /** A suggestion in question form ("How about a pause button?", "Why not ...?"): a feature request. */
  suggestion: boolean;
  /** Names its addressee in the second person ("did you", "hast du", "avez-vous", "haben Sie"). Read only for question-like sentences. */
  secondPerson: boolean;
  /** Opens with a short answer word ("No.", "Nichts.", "Personne"): answers the question before it. */
  answerOpening: boolean;
  /** Describes a fault without naming it ("says 12 but I uploaded 40", "keep coming back"). */
  bugSymptom: boolean;
  /** Any symptom phrase, observed or not: what the model's features read (bugSymptom is what the rules trust). */
  symptomPhrase: boolean;
  /** Written in Chinese, Japanese or Korean script. */
  cjk?: boolean;
  /** The whole sentence says "me too" ("Same here.", "Kann ich bestätigen"): it seconds a report. */
  meToo?: boolean;
  /** Opens with a me-too and goes on ("Same here, but on Android 12 ..."): it seconds a report. */
  meTooOpening?: boolean;
  /** Asks for the details of a report ("Can you send your log?", "Please provide the version"): reports nothing itself. */
  infoRequest?: boolean;
  /** The sentence denies or negates ("wouldn't", "nothing", "nicht", "pas"). */
  denial?: boolean;
  /** The writer met the same fault as someone else. */
  sameFault?: boolean;
  /** Advice or a solution ("Try disabling ...", "I just deleted X and it worked"). */
  solution?: boolean;
  /** Cancels a fault reading ("no problem", "not a bug", "works fine now"). */
  bugNegated: boolean;
  /** "Thanks in advance": politeness attached to a request, not gratitude for something done. */
  thanksInAdvance: boolean;
  /** Ends with an exclamation mark: an exclamation, not a question, even when it opens like one. */
  exclaimed: boolean;
  /** Ends with a full stop: a statement, unless a question form says otherwise. */
  endsWithPeriod: boolean;
  /** First or second person: the writer's own situation or someone addressed. */
  personal: boolean;
  /** Someone observes it: first/second person, or the site's own things ("the link", "im Artikel", "la page"). */
  observed: boolean;
  /** Names the site's own things ("the link", "die Seite", "la page"). */
  siteObject: boolean;
  /** Talks about public affairs (politics, economy, society): fault words there are about the world. */
  publicAffairs: boolean;
  /** Number of word tokens (CJK characters count one each). */
  length: number;
}

const PERSONAL = new RegExp(
  // The elided "j'" runs straight into its verb ("j'ai"): it needs no word end.
  `(?<![${LETTER}])(?:(?:i|i'm|i've|my|me|we|our|us|you|your|ich|mein(?:e|en|er)?|mir|mich|wir|unser(?:e)?|je|mon|ma|mes|yo|mi|mis|eu|meu|minha|io|mio|mia|ik|mijn)(?![${LETTER}])|j')`,
);
// The site's own things: a fault in them is a report even when nobody says "I".
const SITE_OBJECT = new RegExp(
  `(?<![${LETTER}])(?:(?:the|your|this) (?:link|links|page|site|website|blog|article|post|app|feed|form|image|images|photo|photos|download|map|button|video|search|login|comments?|counter|upload|newsletter|emails?)|` +
    `(?:der|den|die|das|im|in der|auf der) (?:link|seite|artikel|app|karte|download|feed|bild|bilder|suche)|(?:le|la|les|du|de la|dans l') ?(?:lien|page|site|article|appli|carte|image)|` +
    `(?:el|la|los|las|del) (?:enlace|página|sitio|artículo|app|mapa|imagen)|(?:o|a|os|do|da|no|na) (?:link|página|site|artigo|app|mapa)|(?:il|la|lo|del|nel|nella) (?:link|pagina|sito|articolo|app|mappa)|` +
    `(?:de|het) (?:link|pagina|site|artikel|app|kaart))(?![${LETTER}])`,
);
/** Number of word tokens (runs of letters and digits); a run with CJK characters counts one per two code units. */
export function roughLength(sentence: string): number {
  let n = 0;
  const len = sentence.length;
  let i = 0;
  while (i < len) {
    let cp = codePointAt(sentence, i);
    let cls = classOf(cp);
    if ((cls & (IS_LETTER | IS_NUMBER)) === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let cjk = false;
    while (i < len) {
      cp = codePointAt(sentence, i);
      cls = classOf(cp);
      if ((cls & (IS_LETTER | IS_NUMBER)) === 0) break;
      if (cls & IS_CJK) cjk = true;
      i += cp > 0xffff ? 2 : 1;
    }
    n += cjk ? Math.ceil((i - start) / 2) : 1;
  }
  return n;
}

const QUESTION_MARK_END = /[?？][!！?？.…]*\s*[)"'”’」』）]*\s*[\p{Emoji_Presentation}:;()\-DPp~^*]*\s*$/u;
const HOW_TO_OPENING = /^(?:(?:hi|hello|hey)[, ]+)?how to /;
const IMPROVED = /(?<![a-z])(?:faster|better|improved|smoother|quicker|fine|great|schneller|besser|mejor|mieux|melhor|meglio|beter|sneller)(?![a-z])/;
const DOCH = /(?<![a-zäöüß])doch(?![a-zäöüß])/;
const CJK_MUSING = /呢[\s。.!！~～…]*$/u;
const EXCLAIMED = /[!！]\s*[\p{Emoji_Presentation}:;()\-DPp]*\s*$/u;
// Compiled once: used to blank out matches before the praise and fault tests.
const NOT_PRAISE_ALL = new RegExp(NOT_PRAISE.source, 'giu');
const THANKS_NOT_GRATITUDE_ALL = new RegExp(THANKS_NOT_GRATITUDE.source, 'g' + THANKS_NOT_GRATITUDE.flags.replace('g', ''));
const BUG_NEGATED_ALL = new RegExp(BUG_NEGATED.source, 'g');
const BUG_NEGATED_REPLIES_ALL = new RegExp(BUG_NEGATED_REPLIES.source, 'g');

/**
 * A trailing "otherwise" clause ("enable location access, otherwise the map stays empty"): the fault it names is the
 * consequence of not following advice, not something that happened.
 */
const OTHERWISE = '(?:otherwise|or else|sonst|andernfalls|sinon|autrement|de lo contrario|altrimenti|senão)\\s';
const OTHERWISE_CLAUSE = new RegExp(`[,;]?\\s*${OTHERWISE}[^.!?]*`);

// Most lexicon patterns miss most sentences: one pass over the sentence rules them out before they run.
// (Patterns anchored at the start, or made of one-letter words, are cheap or always hit: they run directly.)
const SCREENED = {
  QUESTION_FORM, HOW_TO_OPENING, QUESTION_CJK_END, QUESTION_CJK, THANKS, THANKS_CJK, THANKS_EMOJI, THANKS_NOT_GRATITUDE, THANKS_IN_ADVANCE,
  NOT_PRAISE, PRAISE, PRAISE_CJK, BUG_NEGATED, BUG_NEGATED_REPLIES, IMPROVED, BUG_WORDS, BUG_CJK, UPDATE_ANCHOR, BUG_SYMPTOM, BUG_SYMPTOM_WEAK, BUG_SYMPTOM_REPEAT, OBSERVER, PRODUCT_OBJECT, CONTRAST_HINT, CONTRAST_SYMPTOM, COUNT_SHORTFALL,
  FIX_ANNOUNCED, FIX_ANNOUNCED_CJK, SAME_FAULT, SOLUTION_OFFERED, NOT_RESOLVED, FAULT_FRAMES_CJK, TAG_QUESTION, RHETORICAL_MORE, RHETORICAL_CJK, DOCH, CJK_MUSING, RHETORICAL,
  THANKS_FOR_REPORT, THANKS_FOR_REPORT_CJK, OPINION, OPINION_CJK, SUGGESTION_QUESTION, PERSONAL, SITE_OBJECT, SECOND_PERSON, PUBLIC_AFFAIRS,
  OTHERWISE: new RegExp(OTHERWISE),
};
type Screened = keyof typeof SCREENED;
// The strong fault phrases, in small groups, and the per-language fault frames (lexicon/fault-frames.ts) follow the
// named patterns: either kind makes a sentence's fault strong.
const SCREENED_REGEXES: RegExp[] = [...Object.values(SCREENED), ...BUG_STRONG_PARTS, ...FAULT_FRAMES];
let screen: RegexScreen | null = null;
/** The screening of a sentence's text without its negated phrases (the screen's own holds the sentence's). */
let unnegatedScreening: Screening;
/** The screening of another rewrite of the sentence (see screenedRewrite). */
let rewriteScreening: Screening;
/**
 * The screen of the patterns above, built by the first classifier (createClassifier) rather than on import: building
 * it takes about 0.1 s, and the classify command starts its worker threads first, so that they start up meanwhile.
 * `built`: the trie of a screen another thread built (the command's main thread hands it to its workers).
 */
export function signalScreen(built?: BuiltScreen): RegexScreen {
  if (screen === null) {
    screen = new RegexScreen(SCREENED_REGEXES, SCREEN_TABLE, built);
    unnegatedScreening = screen.newScreening();
    rewriteScreening = screen.newScreening();
  }
  return screen;
}
/** The screen's literals as `npm run train` stores them in screen-table.ts. */
export const signalScreenTable = (): ScreenTable => deriveScreenTable(SCREENED_REGEXES);
/** Position of each screened pattern in the screen's flags. */
const AT = Object.fromEntries(Object.keys(SCREENED).map((name, i) => [name, i])) as Record<Screened, number>;
const FRAMES_FROM = Object.keys(SCREENED).length;

/**
 * `pattern.test(text)` for a screened pattern. `may` is the screen's scan of `text`, or null when the text was
 * rewritten after the scan (then the pattern just runs).
 */
function screened(at: number, text: string, may: Screening | null): boolean {
  return screen!.test(at, text, may);
}

/** True when one of the strong fault phrases or per-language fault frames matches. */
function faultFrame(text: string, may: Screening | null): boolean {
  return screen!.testAny(FRAMES_FROM, SCREENED_REGEXES.length, text, may);
}

/**
 * A leading "if" clause closed by a comma ("if you still see the error, ...", "wenn es abstürzt, ...").
 * "When" stays: "when I save, it crashes" and "when the app crashes, I lose my data" both report.
 */
const LEADING_CONDITION = /^\s*(?:(?:and|but|so|und|aber|mais|pero|maar) )?(?:if|wenn|falls|si|s'il|als|indien)\s[^,;:.!?]{3,80}?,\s*(?:then |dann |alors |entonces |dan )?/;

const QUOTED_SPAN = /["“„«][^"“”„«»]*["”“»]/g;
/** True when the sentence's question forms all sit inside quotation marks: it reports a question, it does not ask one. */
function onlyQuoted(s: string): boolean {
  if (!/["“„«]/.test(s)) return false;
  const unquoted = s.replace(QUOTED_SPAN, ' ');
  return unquoted !== s && !screened(AT.QUESTION_FORM, unquoted, screenedRewrite(unquoted));
}

/** Gratitude in a sentence with its denied thanks taken out. */
function thanksBeyond(text: string): boolean {
  const may = screenedRewrite(text);
  return screened(AT.THANKS, text, may) || screened(AT.THANKS_CJK, text, may) || screened(AT.THANKS_EMOJI, text, may);
}

/**
 * The screening of `text`, a rewrite of the sentence (its quotes or some of its phrases blanked out), for the patterns
 * that read it right away: only the parts its literals allow run, as on the sentence. Run whole instead, the biggest
 * patterns took 50-80 ms each to compile (QUESTION_FORM, PRAISE), once in every thread that classifies.
 */
function screenedRewrite(text: string): Screening {
  return screen!.scan(text, rewriteScreening);
}

/** Ends with a full stop but not an ellipsis ("..."), spaces after it aside. (trimEnd drops exactly what \s matches.) */
function endsWithPeriod(s: string): boolean {
  const t = s.trimEnd();
  const last = t[t.length - 1];
  return (last === '.' || last === '。') && !t.endsWith('..');
}

/** `lowerCased` may be passed when the caller has the sentence lower-cased already (readSentence, for its features too). */
export function sentenceSignals(sentence: string, lowerCased = sentence.toLowerCase()): SentenceSignals {
  // Lexicon patterns are lower case (see lexicon/patterns.ts).
  const s = lowerCased.replace(/[’‘`´]/g, "'");
  const signalsScreen = signalScreen();
  const may = signalsScreen.scan(s);
  const length = roughLength(s);
  const hasCjk = hasCjkChar(s);
  // Both question-mark patterns need a question mark: most sentences have none and skip them.
  const hasQuestionMark = s.includes('?') || s.includes('？');
  const questionMark = (hasQuestionMark && (QUESTION_MARK_END.test(s) || /[?？](?!\S)/.test(s))) || /^\s*¿/.test(s);
  // "How to ..." asks only as an opening; mid-sentence it is "don't know how to code".
  const questionForm = (screened(AT.QUESTION_FORM, s, may) && !onlyQuoted(s)) || screened(AT.HOW_TO_OPENING, s, may) || (hasCjk && (screened(AT.QUESTION_CJK_END, s, may) || screened(AT.QUESTION_CJK, s, may)));
  const questionOpening = QUESTION_OPENING.test(s);
  const whAuxiliary = questionOpening && WH_AUXILIARY.test(s);
  const gratitude = screened(AT.THANKS, s, may) || screened(AT.THANKS_CJK, s, may) || screened(AT.THANKS_EMOJI, s, may);
  // A sign-off whose only gratitude cue is an emoji ("Liebe Grüße ♥") closes the message; it thanks no one.
  // A cause or an exclamation ("gracias al parche", "thank god") denies the gratitude unless the sentence also thanks
  // in earnest ("gracias a los dos, ... gracias por todo").
  const denied = gratitude && screened(AT.THANKS_NOT_GRATITUDE, s, may);
  const deniedOnly = denied && !thanksBeyond(s.replace(THANKS_NOT_GRATITUDE_ALL, ' '));
  const notGratitude = gratitude && (deniedOnly || (SIGN_OFF.test(s) && !screened(AT.THANKS, s, may) && !screened(AT.THANKS_CJK, s, may)));
  const thanksInAdvance = gratitude && screened(AT.THANKS_IN_ADVANCE, s, may);
  const thanks = gratitude && !notGratitude ? (thanksInAdvance ? 0.3 : 1) : 0;
  const praiseText = /\s/.test(s) && screened(AT.NOT_PRAISE, s, may) ? s.replace(NOT_PRAISE_ALL, ' ') : s;
  // A rewritten text is screened afresh (the screen read the original).
  const mayPraise = praiseText === s ? may : screenedRewrite(praiseText);
  const praiseHit = screened(AT.PRAISE, praiseText, mayPraise) || screened(AT.PRAISE_CJK, praiseText, mayPraise);
  // Praise counts as appreciation when it is the sentence's point: short, or exclaimed.
  let praise = 0;
  if (praiseHit) praise = length <= 8 ? 1 : length <= 16 || /!/.test(s) ? 0.7 : 0.35;
  // Negation is local: "not a problem with my network: the upload still fails" keeps its failure.
  const negatedGeneral = screened(AT.BUG_NEGATED, s, may);
  const negatedReply = screened(AT.BUG_NEGATED_REPLIES, s, may);
  const negatedPhrase = negatedGeneral || negatedReply;
  // "If it crashes on start, a log would help": a fault inside a leading condition is supposed, not met.
  const withoutNegated = negatedGeneral ? s.replace(BUG_NEGATED_ALL, ' ') : s;
  const unconditioned = (negatedReply ? withoutNegated.replace(BUG_NEGATED_REPLIES_ALL, ' ') : withoutNegated).replace(LEADING_CONDITION, ' ');
  const unnegated = screened(AT.OTHERWISE, s, may) ? unconditioned.replace(OTHERWISE_CLAUSE, ' ') : unconditioned;
  // The fault patterns read the text without its negated phrases: a second scan screens them on that text (left
  // unscreened, the sixty-odd fault patterns ran on every sentence with a negation).
  const mayUnnegated = unnegated === s ? may : signalsScreen.scan(unnegated, unnegatedScreening);
  const improved = screened(AT.IMPROVED, s, may);
  const bugWord = screened(AT.BUG_WORDS, unnegated, mayUnnegated) || (hasCjk && screened(AT.BUG_CJK, unnegated, mayUnnegated)) || (!negatedPhrase && !improved && screened(AT.UPDATE_ANCHOR, s, may));
  const siteObject = screened(AT.SITE_OBJECT, s, may);
  // Weak symptoms ("still waiting", "twice", "toujours pas") are everyday words in an argument: they report a
  // fault only when the writer meets it or a thing of the site or product is named.
  const productObject = siteObject || screened(AT.PRODUCT_OBJECT, s, may);
  const standAloneSymptom =
    screened(AT.BUG_SYMPTOM, unnegated, mayUnnegated) || (screened(AT.CONTRAST_HINT, unnegated, mayUnnegated) && screened(AT.CONTRAST_SYMPTOM, unnegated, mayUnnegated)) ||
    (/\d/.test(unnegated) && screened(AT.COUNT_SHORTFALL, unnegated, mayUnnegated) && COUNT_SHOWN.test(unnegated) && screened(AT.OBSERVER, s, may));
  const weakSymptom = screened(AT.BUG_SYMPTOM_WEAK, unnegated, mayUnnegated);
  const repeatSymptom = screened(AT.BUG_SYMPTOM_REPEAT, unnegated, mayUnnegated);
  const bugSymptom = standAloneSymptom || (weakSymptom && (productObject || screened(AT.OBSERVER, s, may))) || (repeatSymptom && productObject);
  // The model's features keep reading every symptom phrase, observed or not (the model weighs them itself).
  const symptomPhrase = standAloneSymptom || weakSymptom || repeatSymptom;
  const questionMarkOrForm = questionMark || questionForm || questionOpening;
  // A resolution is an announcement only as a statement that does not also say the fault persists.
  const fixAnnounced = !questionMark && (screened(AT.FIX_ANNOUNCED, s, may) || (hasCjk && screened(AT.FIX_ANNOUNCED_CJK, s, may))) && !screened(AT.NOT_RESOLVED, s, may);
  const bugStrong =
    bugSymptom ||
    faultFrame(unnegated, mayUnnegated) ||
    (hasCjk && (screened(AT.BUG_CJK, unnegated, mayUnnegated) || screened(AT.FAULT_FRAMES_CJK, unnegated, mayUnnegated)));
  const rhetoricalShape =
    questionMarkOrForm &&
    ((questionMark && length <= 5 && REACTION_QUESTION.test(s)) || (questionMark && length <= 8 && GREETING_QUESTION.test(s)) ||
      screened(AT.TAG_QUESTION, s, may) || screened(AT.RHETORICAL_MORE, s, may) || (hasCjk && screened(AT.RHETORICAL_CJK, s, may)) || (questionMark && screened(AT.DOCH, s, may)));
  // Chinese 呢 closing a statement (no ？) softens it; it does not ask.
  const cjkMusing = hasCjk && screened(AT.CJK_MUSING, s, may);
  const personal = screened(AT.PERSONAL, s, may);
  const opening = s.trimStart();
  return {
    thanks,
    praise,
    questionMark,
    questionForm,
    questionOpening,
    rhetorical: questionMarkOrForm && screened(AT.RHETORICAL, s, may),
    addressed: ADDRESSED.test(s),
    bugWord,
    bugStrong,
    fixAnnounced,
    whAuxiliary,
    thanksDenied: notGratitude,
    praiseDenied: praiseText !== s && !praiseHit,
    replyThanks: gratitude && (screened(AT.THANKS_FOR_REPORT, s, may) || (hasCjk && screened(AT.THANKS_FOR_REPORT_CJK, s, may))),
    opinion: screened(AT.OPINION, s, may) || (hasCjk && screened(AT.OPINION_CJK, s, may)),
    rhetoricalShape: rhetoricalShape || cjkMusing,
    suggestion: questionMarkOrForm && screened(AT.SUGGESTION_QUESTION, s, may),
    secondPerson: questionMarkOrForm && (screened(AT.SECOND_PERSON, s, may) || SECOND_PERSON_FORMAL_DE.test(sentence)),
    answerOpening: ANSWER_OPENING.test(s),
    bugSymptom,
    symptomPhrase,
    bugNegated: negatedPhrase && !bugWord && !symptomPhrase,
    meToo: length <= 5 && ME_TOO_SENTENCE.test(s.trim()),
    meTooOpening: ME_TOO_OPENING.test(opening),
    // "It still crashes, can you send me a build?" asks back inside a report.
    infoRequest: INFO_REQUEST.test(opening) && !s.includes('still'),
    denial: DENIAL.test(s),
    sameFault: screened(AT.SAME_FAULT, s, may),
    solution: screened(AT.SOLUTION_OFFERED, s, may),
    cjk: hasCjk,
    thanksInAdvance,
    exclaimed: (s.includes('!') || s.includes('！')) && EXCLAIMED.test(s),
    endsWithPeriod: endsWithPeriod(s),
    personal,
    observed: personal || siteObject,
    siteObject,
    publicAffairs: screened(AT.PUBLIC_AFFAIRS, s, may),
    length,
  };
}

/** The signals as sparse feature names for the model (so training learns how much each is worth). */
export function signalFeatures(sig: SentenceSignals): string[] {
  const f: string[] = [];
  if (sig.thanks >= 1) f.push('$thanks');
  if (sig.thanksInAdvance) f.push('$thanksAdvance');
  if (sig.praise > 0) f.push(sig.praise >= 1 ? '$praiseShort' : '$praise');
  if (sig.questionMark) f.push('$qmark');
  if (sig.questionForm) f.push('$qform');
  if (sig.questionOpening) f.push('$qopen');
  if (sig.rhetorical) f.push('$rhet');
  if (sig.bugWord) f.push('$bugword');
  if (sig.symptomPhrase) f.push('$symptom');
  if (sig.bugNegated) f.push('$bugneg');
  if (sig.bugStrong || sig.symptomPhrase) f.push('$bugstrong');
  if (sig.fixAnnounced) f.push('$fixed');
  if (sig.replyThanks) f.push('$replythanks');
  if (sig.opinion) f.push('$opinion');
  if (sig.rhetoricalShape) f.push('$rhetshape');
  if (sig.suggestion) f.push('$suggest');
  f.push(sig.length <= 3 ? '$len:1' : sig.length <= 8 ? '$len:2' : sig.length <= 20 ? '$len:3' : '$len:4');
  return f;
}
