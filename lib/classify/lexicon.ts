// Multilingual cue patterns for the cases where a rule is right and a small English-trained model is not:
// thanks in many languages, question forms without "?", problem reports without bug words, negation.
// Each pattern is a whole-word regular expression (JS \b is ASCII-only, so words are bounded by lookarounds).
// Patterns are lower case and are matched against lower-cased text: case-insensitive matching is several
// times slower and this runs on every sentence.

/**
 * Letters and digits of the Latin, Greek and Cyrillic blocks, lower case: a plain class without the 'u' flag
 * is about 3x faster than \\p{L} lookarounds. CJK text has no word bounds and uses `anywhere`.
 */
export const LETTER = 'a-z0-9\\u00df-\\u00ff\\u0100-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
const L = LETTER;
/** Whole-word alternation, case-insensitive, Unicode-aware. */
function words(...alternatives: string[]): RegExp {
  // A phrase ending in a space can never match: the word-end lookahead then needs a non-letter after the space.
  const dangling = alternatives.find((a) => a.endsWith(' '));
  if (dangling !== undefined) throw new Error(`lexicon phrase ends in a space and can never match: "${dangling}"`);
  return new RegExp(`(?<![${L}])(?:${alternatives.join('|')})(?![${L}])`);
}
/** Alternation without word bounds: for CJK (no spaces) and emoji. */
function anywhere(...alternatives: string[]): RegExp {
  return new RegExp(`(?:${alternatives.join('|')})`);
}

/** Gratitude, 9+ languages. */
export const THANKS = words(
  // en
  'thanks?', 'thank ?you', 'thankyou', 'thx', 'tnx', 'ty', 'tyvm', 'cheers', 'much appreciated', 'i appreciate',
  'appreciate (?:it|this|that|you|your|the)', 'grateful', 'kudos', 'many thanks', 'props to',
  // es
  'gracias', 'mil gracias', 'muchas gracias', 'te lo agradezco', 'agradecid[oa]s?', 'agradezco',
  // fr
  'merci', 'je vous remercie', 'remerciements?', 'reconnaissante?',
  // de
  'danke', 'dankesch[öo]n', 'vielen dank', 'herzlichen dank', 'besten dank', 'dank dir', 'dank euch', 'ich bedanke mich', 'dankbar',
  // pt
  'obrigad[oa]s?', 'muito obrigad[oa]', 'valeu', 'agrade[çc]o',
  // it
  'grazie', 'grazie mille', 'ti ringrazio', 'vi ringrazio', 'la ringrazio',
  // nl
  'bedankt', 'dank je(?: wel)?', 'dank u(?: wel)?', 'hartelijk dank', 'dankjewel', 'dankuwel',
);
export const THANKS_CJK = anywhere(
  'ありがとう', '有難う', '有り難う', '感謝', 'サンキュー', 'どうも', 'お疲れ様', 'おつかれさま',
  '谢谢', '謝謝', '感谢', '多谢', '多謝', '感恩', '辛苦了', '謝啦', '谢啦', '3q',
  '감사합니다', '고맙습니다',
);
// 👍 and 💯 approve ("Werd da mitmachen 👍"): agreement, not gratitude.
export const THANKS_EMOJI = anywhere('🙏', '❤️?', '♥', '💕', '💖', '😍', '🥰', '👏', '🤗', '🙌');

/** Praise of the post, work or author: counts as thanks when it is the point of a short sentence. */
export const PRAISE = words(
  'great (?:post|article|job|work|read|review|idea|write-?up|tutorial|guide|photos?|pictures?|shots?|stuff|tip|news)',
  'well done', 'well written', 'you write (?:so |really |very )?(?:well|beautifully)', 'nice (?:post|article|work|job|one|photos?|pictures?|shots?|read|writeup|write-up)', 'good job',
  'love (?:this|it|that|the|your|these|how)', 'loved (?:this|it|the|your)', 'i love', 'awesome', 'amazing', 'brilliant', 'fantastic',
  'wonderful', 'excellent', 'superb', 'beautiful', 'lovely', 'gorgeous', 'stunning', 'marvel+ous', 'incredible', 'impressive',
  'bravo', 'congrat(?:ulation)?s', 'congratulations', 'helpful', 'very useful', 'so useful', 'life ?saver', 'you rock', 'you rule',
  'great', 'perfect', 'wow', 'so cool', 'so nice', 'very nice', 'really nice', 'nice', 'inspiring', 'informative',
  // food blogs: praise of the recipe is praise of the author's work
  'delicious', 'yumm?y?', 'tasty', 'scrumptious', 'mouth-?watering', 'looks? (?:so |really |very |absolutely |just )?(?:good|yummy|tasty|delicious|amazing|fantastic|incredible|divine|heavenly|wonderful|lovely|gorgeous|fabulous|scrumptious|beautiful|great)',
  '(?:will|would|gonna|going to) (?:definitely |surely )?(?:make|bake|cook) (?:this |these |it |them )?again', "(?:can't|cannot) wait to (?:try|make|bake)",
  // de
  'toll(?:er|e|es|en)?', 'super', 'klasse', 'großartig(?:er|e|es|en)?', 'grossartig', 'spitze', 'genial(?:er|e|es|en)?', 'wunderbar(?:er|e|es|en)?',
  'schön(?:er|e|es|en)?', 'hervorragend(?:er|e|es|en)?', 'gut recherchiert', 'lesenswert(?:er|e|es|en)?', 'klasse artikel', 'gro(?:ß|ss)er artikel',
  'weiter so', 'respekt', 'sehr (?:interessant|informativ|hilfreich|lehrreich)(?:er|e|es|en)?', '(?:sehr|so|super|total|mega|richtig|einfach|echt|voll) ?lecker(?:er|e|es)?', '(?:war|waren|ist|sind) (?:sehr |super |total |richtig |echt |so )?lecker(?!\\S* (?:ja|doch|eh|immer|ohnehin))', 'lecker ?!', 'köstlich(?:er|e|es|en)?', 'der hammer', 'sieht (?:sehr |so |total |echt )?(?:lecker|gut|toll|köstlich) aus', 'echt gut', 'sehr gut', 'inspirierend', 'hübsch', 'wundersch[öo]n(?:er|e|es|en)?', 'herrlich(?:er|e|es|en)?', '(?:herzlichen )?glückwunsch', 'gratuliere',
  '(?:gut|schön|toll|super|spannend|klasse) geschrieben(?:er|e|es)?', 'schreibst (?:so |sehr |wirklich |echt |immer )?(?:schön|toll|lebendig|gut|unterhaltsam|spannend|witzig|herrlich)',
  // es
  'estupend[oa]', 'genial', 'excelente', 'maravillos[oa]', 'precios[oa]', 'buen(?:ísimo|isimo| trabajo| post| artículo)', 'felicidades', 'enhorabuena', 'muy (?:bueno|buena|interesante|útil|bonito|bonita|completo|completa|orientativo|instructivo|educativo)', 'muy bien (?:el|tu|este|su) (?:art[ií]culo|post|blog|tutorial|texto|video)', 'delicios[oa]', 'riquísim[oa]', 'qué rico', 'me encant(?:a|ó|o|an|aron)',
  // fr
  'génial', 'magnifique', 'très (?:bien|bon|intéressant|instructif|utile|clair|beau)', 'super article', 'délicieu(?:x|se)', 'miam', 'superbe', 'excellent(?:e)?', 'bravo', 'félicitations', "j'adore", 'très beau', 'bel article', 'merveilleu(?:x|se)',
  // pt
  'ótim[oa]', 'otim[oa]', 'parabéns', 'parabens', 'incrível', 'lind[oa]', 'maravilhos[oa]', 'adorei', 'muito bom',
  // it
  'bellissim[oaie]', 'complimenti', 'molto (?:bello|bella|belli|belle|interessante|utile)', 'buonissim[oaie]', 'squisit[oaie]', 'delizios[oaie]', 'fantastic[oai]', 'fantastiche', 'ottim[oaie]', 'stupend[oaie]', 'meraviglios[oaie]', 'bravissim[oaie]', 'meraviglie',
  // nl
  'geweldig', 'prachtig', '(?:heel|erg|zeer) (?:goed|interessant|nuttig|leerzaam)', 'heerlijk', 'lekker', 'mooi', 'goed gedaan', 'fantastisch', 'heel mooi',
);
export const PRAISE_CJK = anywhere(
  'すごい', '凄い', '素晴らしい', 'すばらしい', '最高', '素敵', 'きれい', '綺麗', '美しい', 'いいね',
  '好棒', '太棒', '很棒', '真棒', '超棒', '讚', '赞', '好讚', '超讚', '好美', '真美', '很美', '太美', '超美', '美呆', '漂亮', '厲害', '厉害',
  '好看', '恭喜', '推推', '大推', '推~', '好溫馨', '好温馨', '好夢幻', '好梦幻', '羨慕', '羡慕', '好享受', '仙境', '拍得好', '拍的好', '寫的很好', '写的很好', '欣賞', '欣赏',
);

/** Thanks that is not gratitude: "no thanks", "thanks to X" (cause), "thanks in advance" (still a request). */
export const THANKS_NOT_GRATITUDE = words(
  'no,? thanks?', 'thanks? to (?:the|a|this|that|an)', 'thanks but no', 'nein,? danke', 'non merci', 'no gracias',
  // Irony: "thanks for nothing", "Danke für nichts", "Na danke", "vielen Dank auch" (a sneer, not gratitude).
  '(?:thanks?|thank you) for nothing', 'danke für nichts', 'merci pour rien', 'gracias por nada', 'grazie per niente', 'obrigad[oa] por nada',
  // Exclamations, not gratitude: "Thank god you don't need much", "Gott sei Dank".
  'thank (?:god|goodness|heavens|the lord)', 'thanks? god', 'gott sei dank', 'dieu merci', 'gracias a dios', 'graças a deus', 'grazie a dio', 'godzijdank',
  'na,? danke', '(?:vielen )?dank auch', 'danke auch', 'danke,? merkel', 'danke,? für gar nichts',
);
/** Sign-offs ("Liebe Grüße ♥", "Best regards"): a heart or a hug there closes a message, it thanks no one. */
export const SIGN_OFF = words(
  '^(?:liebe|viele|herzliche|beste|schöne|sonnige|ganz liebe|allerliebste) grüße', '^(?:lg|vg|glg)', '^(?:best|kind|warm|warmest) (?:regards|wishes)', '^regards',
  '^(?:un )?(?:abrazo|saludos?|besos)', '^(?:bisous|amitiés|bises)', '^(?:xoxo|hugs)', '^(?:abraços|beijos)', '^(?:un )?abbraccio', '^(?:groetjes|liefs)',
);
export const THANKS_IN_ADVANCE = words('thanks? in advance', '(?:thanks?|thank you)(?: [^ .!?]+){1,6} in advance', 'vorab (?:schon )?(?:vielen |besten )?dank', 'danke (?:schon )?(?:mal )?(?:vorab|im voraus)', 'tia', 'thanks? for any (?:help|ideas?|advice|suggestions?)', 'danke im voraus', 'vielen dank im voraus', 'gracias de antemano', "merci d'avance", 'grazie in anticipo', 'obrigado desde já', 'alvast bedankt');

/** Question forms that need no question mark. */
export const QUESTION_FORM = words(
  // en: indirect questions and requests for information or help
  'is there (?:a|any) (?:way|option|setting|chance|plan|possibility|how)', 'is it possible(?: to)?', 'i wonder(?:ed)? (?:if|whether|how|why|what|when|where|who)',
  "i(?:'m| am| was) wondering", '^wondering (?:if|whether|how|why|what)', "(?:i'm |i am )?curious (?:whether|if|how|why|what|about how)", "i(?:'d| would) (?:like|love) to know", 'i want to know', 'would like to know', "(?:would|'d) (?:really )?(?:like|love) to (?:understand|find out|learn) (?:how|what|why|whether|if|when)",
  // Staff asking for details: "an ADB logcat would be super helpful", "eine Fehlermeldung wäre hilfreich".
  '(?:logs?|logcat|screenshots?|(?:more )?details|more info(?:rmation)?|an example|steps to reproduce|(?:the )?version|crash reports?|the output|a sample|the url) (?:[^ .!?]+ ){0,5}(?:would|will) (?:be |help )(?:really |very |super |extremely )?(?:helpful|useful|appreciated|great)?',
  '(?:log|logs|logdatei|screenshot|fehlermeldung|beispiel|angaben) (?:[^ .!?]+ ){0,5}(?:wäre|wären) (?:sehr |echt |super )?(?:hilfreich|nützlich)', 'does any(?:one|body) know',
  'do(?:es)? (?:any|some)(?:one|body) (?:know|have)', 'any(?:one|body) (?:know|knows|have|has|else)', 'can (?:any|some)(?:one|body)', '(?:has|have|did|does|is|was) any(?:one|body)', 'could (?:any|some)(?:one|body)',
  '(?<!(?:give|offer|provide|share|have|got|need) )any (?:ideas?|suggestions?|advice|tips|help|thoughts|news|update)', 'please (?:help|advise|explain|tell|teach|show|let (?:me|us) know|clarify)', 'i (?:want|need|would like|\'d like) you to (?:teach|tell|show|explain|help)',
  'let me know (?:how|if|whether|what|when)(?! (?:you|ya|y\'all|you guys) think)', 'can you (?:please )?(?:help|explain|tell|clarify|advise|confirm|share|point)',
  'could you (?:please )?(?:help|explain|tell|clarify|advise|confirm|share|point)', 'would you (?:please )?(?:help|explain|tell|mind)',
  'how (?:do|can|could|should|would) (?:i|we|you|one)',
  // "I have two questions about ...", "Je me pose quelques questions", "Ik heb twee vraagjes".
  "i(?:'ve| have) (?:got )?(?:a|one|two|three|a few|a couple of|some|several) (?:quick |small |simple |more )?questions?(?! ?(?:\/|or) ?(?:suggestions?|requests?|ideas?|comments?))", 'ich habe (?:eine|zwei|drei|ein paar|einige) (?:kurze |kleine )?fragen?',
  "j'ai (?:une|deux|trois|quelques) (?:petites? )?questions?", 'je me pose (?:une|quelques|des|plusieurs) questions?', 'tengo (?:una|dos|tres|unas|algunas) (?:pequeñas? )?preguntas?',
  'ho (?:una|due|tre|qualche|alcune) (?:piccol[ae] )?domand[ae]', 'ik heb (?:een|twee|drie|enkele|paar) (?:kleine )?(?:vraag|vraagje|vraagjes|vragen)', 'tenho (?:uma|duas|algumas) (?:pequenas? )?perguntas?',
  // Verb-first to "you" opening the sentence asks, "?" or not: "Heb je een voorbeeld", "Hast du einen Link".
  '^(?:heb je|hebt u|kun je|kunt u|heeft iemand|hast du|habt ihr|kannst du|könntest du|did you (?:try|get|manage|see|check)|have you (?:tried|checked|seen|got))', "(?:i'm|i am) (?:not sure|unsure) (?:how|whether|if|what|why)",
  'not sure (?:how|whether|if|what)', 'need (?:some )?help', 'looking for (?:a way|help|advice)', 'what is the best way', 'is this (?:possible|normal|expected)', '^(?:is|was) (?:this|that|it|my \\S+) (?:correct|right|accurate|true|ok|okay|safe|the case)', '^am i (?:right|correct|wrong)', '^or is (?:it|this|that)',
  "it(?:'d| would) be (?:most |very |really |extremely |super )?helpful (?:to (?:have|know|get|see|hear)|if (?:you|someone|anyone|somebody))", "hätte (?:gerne|gern) (?:\\S+ ){0,3}(?:gewusst|beantwortet|erklärt)", 'wüsste (?:gerne|gern)',
  '(?:mi (?:dici|dite|puoi dire|potete dire|sai dire|sapete dire))', '(?:potresti|potreste|podr[ií]as|podr[ií]an|poderia|poderiam|pourrais-tu|tu pourrais|könntest du|könntet ihr) (?:\\S+ ){0,2}(?:pubblicare|postare|mandare|inviare|condividere|dir(?:mi|ci)?|spiegare|publicar|compartir|decir(?:me)?|explicar|enviar|mandar|partager|expliquer|envoyer|veröffentlichen|teilen|sagen|erklären|schicken|posten)', 'vorrei (?:tanto )?(?:sapere|capire|lo schema|la ricetta|il modello|lo stampo)',
  'how long (?:until|till|before|will|does|do)', 'when will', 'where (?:can|do|is|are) (?:i|we|the)', 'who (?:can|do|should) i',
  "i(?:'d| would) appreciate (?:any|some|it if)", 'can i', 'should i', 'may i ask', '(?:^|quick |one |a )question ?[,:]',
  // de
  'können sie', 'könnt ihr', 'gibt es (?:eine|einen|ein)? ?(?:möglichkeit|weg|chance)', 'weiß (?:jemand|einer|irgendwer)',
  'hat (?:jemand|wer|einer) (?:eine|erfahrung)', 'ich frage mich', 'wie kann (?:ich|man)', 'wäre(?: es)? möglich', 'mich würde (?:\\S+ ){0,2}interessieren', 'würde mich (?:\\S+ ){0,2}interessieren',
  'würde gerne wissen', 'möchte (?:gerne )?wissen', 'kurze (?:frage|nachfrage)', 'eine frage (?:noch|hätte ich|habe ich)',
  'suche (?:ich )?(?:nach )?(?:einer |eine |einen )?(?:lösung|rat|hilfe|tipps?|alternative)', '(?:hat|habt) (?:jemand|ihr|wer) (?:eine idee|tipps?|einen tipp|rat|erfahrungen?)',
  '(?:kann|könnte) mir (?:jemand|einer|wer) (?:sagen|helfen|erklären)',
  // es
  'alguien sabe', 'c[oó]mo (?:puedo|se puede|hago)', 'hay (?:alguna|una) (?:forma|manera)', 'me gustar[ií]a saber', 'quisiera saber', 'es posible', 'pueden ayudar',
  // fr
  'est-ce que', "est-ce qu'", 'je me demande', "quelqu'un (?:sait|a|peut)", 'savez-vous', 'y a-t-il', 'pourriez-vous', 'pouvez-vous', 'comment (?:faire|puis-je|peut-on)',
  "j'aimerais savoir", 'je voudrais savoir',
  // pt
  'algu[ée]m sabe', 'como (?:fa[çc]o|posso|se faz)', 'gostaria de saber', 'tem como', '[ée] poss[ií]vel', 'podem ajudar', 'queria saber',
  // it
  'qualcuno sa', 'come posso', 'come si fa', 'vorrei sapere', '[èe] possibile', 'si pu[òo]', 'potete aiutar', 'mi chiedo',
  // nl
  'hoe kan ik', 'weet iemand', 'is het mogelijk', 'kunnen jullie', 'kan iemand', 'ik vraag me af', 'graag weten',
);
/** A question word and an auxiliary: "wie gross muss", "how long does", asking with or without a "?". */
export const WH_AUXILIARY = /^\s*(?:how|what|where|when|which|who|wie|was|wo|wann|welche[rsnm]?|wer|cómo|qué|dónde|cuándo|cuánto|comment|où|quand|quel(?:le)?s?|come|dove|quando|quanto|como|onde|quanto|hoe|waar|wanneer|welke?)\s+(?:\S+\s+)?(?:muss|müssen|kann|können|soll|sollte|darf|ist|sind|hat|haben|wird|werden|do|does|did|can|could|should|would|is|are|was|will|much|many|long|big|large|puedo|puede|debo|es|peut|dois|faut|est|posso|può|devo|è|kan|moet|is)(?!\p{L})/iu;
/** A sentence that opens like a question (subject-auxiliary inversion or a question word). */
export const QUESTION_OPENING = new RegExp(
  '^(?:(?:and|but|so|also|ok|okay|hi|hello|hey|btw|@\\S+)[, ]+)*(?:' +
    // An auxiliary opens a question only before its subject: "could also do", "would be nice", "can be done" state.
    `(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must)(?![${L}])(?! (?:also|just|be|been|have|do|go|get|use|try|not|still|probably|maybe|easily|only|definitely|certainly|already)(?![${L}]))|` +
    'isn\'t|aren\'t|doesn\'t|don\'t|didn\'t|can\'t|won\'t|wouldn\'t|shouldn\'t|' +
    'how|what|why|when|where|which|who|whom|whose|' +
    'wie|was|warum|wieso|weshalb|wann|wo|woher|wohin|welche[rsnm]?|gibt es|kann|können|könnte|ist|sind|hat|haben|habt|wird|werden|soll|sollte|muss|darf|kannst|könnt|könntest|' +
    'qu[ée]|c[oó]mo|por qu[ée]|cu[aá]ndo|d[oó]nde|cu[aá]l|qui[eé]n|' +
    'quoi|pourquoi|quand|o[uù]|quel(?:le)?s?|comment|combien|' +
    'o que|por que|quando|onde|qual|quem|como|' +
    'cosa|perch[ée]|quando|dove|quale|chi|come|' +
    'hoe|wat|waarom|wanneer|waar|welke|wie|kan|kunnen|is er|zijn er|heb je|hebt u|heeft (?:iemand|u|het)|weet (?:iemand|je|u)|kun je|kunt u|zou (?:je|u|het)|mag ik|moet ik|werkt het|' +
    'czy|jak|jaki[ea]?|dlaczego|czemu|kiedy|gdzie|skąd|dokąd|kto|ile|któr(?:y|a|e)' +
    `)(?![${L}])`,
);
export const QUESTION_CJK_END = /(?:吗|嗎|么|麼|か|かな|かしら|でしょうか|ですか|ますか)[\s。.!！~～…]*$/u;
export const QUESTION_CJK = anywhere('请问', '請問', '(?<!不管|无论|無論|不论|不論)怎[么麼]', '为什么', '為什麼', '如何', '能不能', '可不可以', '是否', '教えて', 'どうすれば', 'どうやって', 'なぜ', '何故');

/** Questions that are exclamations, not requests for an answer. */
export const RHETORICAL = words(
  'who knew', "what(?:'s| is) not to (?:love|like)", "isn't (?:it|that|this) (?:great|amazing|wonderful|awesome|beautiful|cool)",
  'how (?:cool|awesome|great|amazing|nice|lovely|beautiful|neat) is (?:that|this)', 'what more could (?:i|you|we|one) (?:ask|want)',
  'what would (?:i|we) do without', 'could (?:it|this|that) be any', 'can it get any better', "why didn't i think of", 'need i say more',
  'how did i (?:ever )?live without', "who wouldn't", 'ist das nicht (?:toll|schön|super)', "n'est-ce pas", '¿no es genial', 'right\\?',
  'what a', 'how lucky', 'how wonderful', 'how beautiful', 'wer hätte das gedacht',
);

/**
 * A whole sentence that only says "me too" ("Same here.", "+1", "Likewise", "Kann ich bestätigen"): in a thread it
 * seconds the report above it. Matched against the trimmed, lower-cased sentence.
 */
export const ME_TOO_SENTENCE = /^(?:same(?: here| for me| on my end| \+1)?|same thing|me too|likewise|ditto|confirmed|(?:i )?can confirm(?: this| that)?|same issue|same problem|idem|pareil|pareil ici|moi aussi|a mí también|ich auch|bei mir auch|bei mir genauso|kann ich bestätigen|bij mij ook|anche a me|também|同样|同樣|我也是|我也一样|저도요|저도 그래요|私も)[\s.!…]*(?:\+ ?1)?[\s.!…]*$/u;

/** Words that name a fault outright. */
export const BUG_WORDS = words(
  'bugs?', 'buggy', 'errors?', 'crash(?:es|ed|ing)?(?!\\.[a-z])', 'broken', 'breaks', 'broke', 'glitch(?:es|y)?', '(?<!(?:of|late|early|hard|spring|winter|first|killing|deep|many|few|some|no|two|three|several) )freez(?:es|ing)(?! (?:cold|point|temperatures?|weather|rain|fog|drizzle|well|beautifully|nicely|great|fine|perfectly|for|up to|it|them|the))', '(?:app|screen|page|browser|game|computer|phone|tab|video|player|site|everything|system|window)s? (?:just |completely |totally )?(?:froze|(?:is|was|gets?|got|has|keeps?) (?:frozen|freezing))',
  'fail(?:s|ed|ing|ure)?', 'exception', 'stack ?trace', 'not working', "(?<!if (?:you|i|we|they|he|she|it) )(?:doesn't|does not|don't|do not|won't|will not|can't|cannot|can not|couldn't|isn't|is not|aren't|didn't|did not) (?:work|load|open|play(?! (?:well|nice|nicely|along))|show(?! (?:the world|that|them|him|her|us|me|you|off|some|how|what|why|his|her|their))|start|save|sync|display|connect|appear|respond|update|install|run|download|upload|close|stop|go away|print|send|arrive|boot|complete (?:the )?(?:boot|start|update|install|upload|download|setup)|turn on|power on|charge|execute|compile|flash|pair|detect|recogni[sz]e)",
  'stopped (?:working|loading|syncing|showing|responding)', 'no longer (?:works?|loads?|shows?|opens?|plays?|syncs?)', 'nothing happens', 'stuck', 'typo', 'misspel+(?:ed|ing)', '404', 'dead link', 'broken link', 'wrong link',
  'regression', 'corrupted', 'laggy', 'lagging', 'lags', 'lag(?= (?:spikes?|issues?|problems?|when|while)|\\s*[.!]?$)', 'stutter(?:s|ing)?', 'flicker(?:s|ing)?', 'garbled', 'blank (?:page|screen)', 'black screen', 'missing', 'disappear(?:ed|s)?', 'vanish(?:ed|es)?',
  'weird pop-?up', 'pop-?up', 'spam(?:med|ming)?', 'unexpected(?:ly)?', 'issues? with', 'problem with', 'same (?:problem|issue|error|bug)s?', 'similar (?:problem|issue|error|bug)s?', 'this problem', 'this issue', 'a problem', 'an issue', 'not responding',
  // de
  'fehler', 'funktioniert (?:nicht|nie|kaum)', 'geht (?:leider |immer )?(?:noch )?nicht(?: mehr)?(?= *(?:[.,!?;:)]|$|bei mir|auf (?:meinem|dem)|mit (?:dem|firefox|chrome|safari)))', 'kaputt', 'abgestürzt', 'stürzt ab', 'tippfehler', 'lädt nicht', 'falsch(?:er|e|es)? link', 'problem(?:e)? mit',
  // es
  'no funciona', 'falla', 'fallo', 'se cuelga', 'no carga', 'no abre', 'no se ve', 'error(?:es)?',
  // fr
  'ne fonctionne pas', 'ne marche pas', 'plante', 'bogue', "ne s'affiche pas", 'erreur', 'ne charge pas', 'lien mort', 'lien cassé',
  // pt
  'não funciona', 'nao funciona', 'travou', 'trava', 'erro', 'não carrega', 'não abre', 'não aparece',
  // it
  'non funziona', 'errore', 'si blocca', 'non carica', 'non si apre', 'non appare',
  // nl
  'werkt niet', 'fout(?:melding)?', 'kapot', 'loopt vast', 'laadt niet',
);
export const BUG_CJK = anywhere(
  '動かない', 'エラー', '表示されない', '不具合', 'バグ', '落ちる', '開かない', 'できない',
  '表示されません', '動きません', '開きません', '開けません', '読み込めません', '再生できません', 'ログインできません', 'アップロードできません', '見られません', '見れません',
  '看不到', '看不见', '看不見', '加载不了', '載入不了', '无法显示', '無法顯示', '显示不出', '顯示不出', '不能播放', '进不去', '進不去', '登不上',
  '报错', '報錯', '崩溃', '崩潰', '同样的问题', '同樣的問題', '一样的问题', '我也遇到',
  '오류', '에러', '안 ?돼요', '안 ?됩니다', '안 ?되네요', '작동하지 않', '먹통', '접속이 안',
  '不能用', '无法', '無法', '错误', '錯誤', '失败', '失敗', '打不开', '打不開', '闪退', '閃退', '当机', '當機', '坏了', '壞了', '没反应', '沒反應', '乱码', '亂碼',
);

/**
 * Problems described without bug words: expectation vs observation, things that persist or repeat,
 * duplicates, counts that disagree. English-first; these patterns are where the model alone is weakest.
 * BUG_SYMPTOM holds the phrases that report a malfunction on their own; the weaker ones below need an observer.
 */
function symptomPattern(alternatives: string[]): RegExp {
  // Each phrase ends at a word end ("can't see" must not match "can't seem"), unless it ends in a space class.
  const bounded = alternatives.map((a) => (/\\s[+*]?\)?$/.test(a) ? a : `(?:${a})(?![${L}])`));
  return new RegExp(bounded.join('|').split('${L}').join(L));
}
export const BUG_SYMPTOM = symptomPattern([
  // reports introduced as such, and non-native "not <verb>" phrasing
  'heads[- ]up,? (?:that )?(?:your|the|there)', '(?:your|the) (?:site|page|blog|website|link|feed|form) (?:has|shows|is showing) (?:a|an|some) (?:weird|strange|odd|broken|annoying)',
  '(?<![${L}])not (?:work|load|open|show|reproduce|start|save|play(?! (?:well|nice|nicely|along))|display|respond|sync|print)(?:s|ing)?(?![${L}])', "(?:doesn't|does not|don't|do not) reproduce",
  '(?<![${L}])keeps? (?:crashing|failing|resetting|reverting|logging)',
  '(?<![${L}])(?:double(?:d)? (?:posted|charged|counted|entries|emails?)|ghost (?:emails?|entries|notifications?|messages?|accounts?))(?![${L}])',
  '(?<![${L}])(?:no|not) (?:longer )?(?:showing|appearing|loading|arriving|received?)(?![${L}])',
  '(?<![${L}])(?:logs?|kicks?|throws?|signs?) (?:me|us) out',
  '(?:lien|page|site|appli|application|image|vidéo|carte|bouton|formulaire|recherche)s? (?:[^ .!?]+ ){0,4}(?:est|sont) (?:\\S+ )?cassée?s?',
  'empty (?:list|page|screen|results?)', '(?<![${L}])(?:times? out|timed out|timeout)', 'never (?:loads|works)',
]);

/**
 * Symptom phrases that are also everyday speech in an argument ("still waiting for reforms", "twice the price",
 * "immer noch nicht pünktlich", "toujours pas", "the numbers don't add up"): a report only with an observer,
 * the writer in the first person (OBSERVER) or a thing of the site or product (PRODUCT_OBJECT).
 */
export const BUG_SYMPTOM_WEAK = symptomPattern([
  // "two days later my photos still show as pending", "still not", "still waiting", "still shows"
  '(?<![${L}])(?<!(?:would|should|could|might|will|i\'d|you\'d) )still (?:shows?|showing|says|stuck|pending|waiting|missing|not|no|there|getting|receiving|appear(?:s|ing)?|listed|loading|broken|the same|happening|see|seeing)',
  "still (?:doesn't|don't|isn't|aren't|can't|won't|haven't|hasn't|didn't)",
  '(?<![${L}])keeps? (?:coming back|happening|showing|appearing|popping|sending|getting|asking)',
  // duplicates; "twice" as a measure ("twice the price", "twice as long", "twice a week") counts nothing
  '(?<![${L}])(?<!(?:must|should|needs? to|has to|have to|to) be )(?:duplicate[ds]?|duplicated|twice(?! (?:the|as|per|more|over|daily|weekly|yearly|monthly)(?![${L}])))(?![${L}])',
  // "should be X", "instead of", "expected ... got", "supposed to"
  // ...of a thing: "the counter is supposed to reset". People's duties ("users are supposed to") and relative clauses
  // ("a project that others are supposed to use") state an expectation, not a failure.
  '(?<![${L}])(?<!(?:(?:that|which|who|whom|what)(?: [^ .!?]+){0,3}|(?:i|you|we|they|he|she|people|users|everyone|everybody|anyone|one|someone)) )(?:is|are|was|were) supposed to', 'expected (?:\\S+\\s+){0,4}(?:but|got|instead)', "(?:but|and) (?:it|nothing|they) (?:still |just )?(?:doesn't|didn't|won't|isn't|never)",
  // wrong values and missing things
  // ...said of a thing, not of a person or an opinion ("you are wrong", "that's just wrong", "what can go wrong").
  '(?<![${L}])(?<!(?:you|you are|you\'re|he is|she is|they are|they\'re|i am|i\'m|i was|that\'s|that is|this is|it\'s|can|will|could|may|might|to) (?:just |simply |so |dead |completely |totally )?(?:go )?|(?:simply|just|plain) )(?<!["“”„\'‘’«»])(?:wrong|incorrect|inaccurate|off by)(?![${L}])(?!["“”\'‘’«»])', '(?<![${L}])(?:gone|lost) (?:after|since|when|from)',
  // "can't see why anyone would buy this", "can't get over it": judgement, not access
  "can(?:'t|not) (?:(?:seem to )?find(?= (?:the|my|your|our|this|that|these|those|it|them|where|how|any (?:way|link|button|option|setting)))|see(?![${L}])(?! (?:why|how|what|whether|that|the point|any reason|a reason|it happening))|log ?in|sign ?in|access|get(?! (?:over|enough|behind|past|used|why|into|it)(?![${L}])))",
  // nothing happens, does not match, unreadable
  '(?:does|did|do) nothing', 'no reaction', 'passiert nichts', 'no pasa nada', 'il ne se passe rien', 'não acontece nada', 'non succede (?:nulla|niente)', 'gebeurt (?:er )?niets',
  "(?:doesn't|does not|don't|do not|didn't|did not) (?:match|add up|line up|correspond)", 'stimmt nicht (?:überein|mit)', 'ne correspond pas', 'no coincide',
  '(?<![${L}])(?:invisible|unreadable|illegible|unlesbar|illisible|ilegible|ilegível|illeggibile|onleesbaar)(?![${L}])',
  '(?:is|are|stays?|remains?|was|comes? up) (?:completely |totally )?empty', '(?:está|están) (?:rot[oa]s?|vac[ií][oa])', '(?:está|estão) quebrad[oa]s?', '(?:è|sono) rott[oi]',
  'never (?:arrived|showed|shows|came|got)', '(?:unreliable|flaky|intermittent(?:ly)?|unzuverlässig(?:er|e|es|en)?|instable|inestable|instável|instabile)',
  // "leider werden meine Haare nicht braun, sondern gelb": the outcome is not what was promised.
  'leider (?:\\S+ ){0,4}(?:nicht|kein(?:e|en)?) (?:\\S+ ){0,3}sondern', '(?:is|are) missing(?! (?:you|out|home|the point))', '(?:fehlt|fehlen) (?:\\S+ ){0,3}(?:im|in der|auf der) (?:rezept|liste|anleitung|tabelle|druckversion)',
  // A recipe that failed for the writer: "didn't rise", "came out flat", "sind zusammengefallen" (of a thing the writer made).
  "(?:didn't|did not|doesn't|won't|never) (?:rise|set|thicken|firm up|bake through|hold (?:its|their) shape)", '(?:came|turned) out (?:\\S+ )?(?:flat|raw|burnt|burned|soggy|rock hard|gummy|dense|runny|watery)',
  '(?:sank|sunk|collapsed|fell) in the middle', '(?:nicht|kaum) (?:aufgegangen|fest geworden|durch(?:gebacken)?)', '(?:zusammengefallen|eingefallen|abgesackt)',
  // de / es / fr quick symptoms
  'immer noch (?:nicht|kein|falsch)', 'zeigt (?:\\S+\\s+){0,4}(?:aber|obwohl)', 'doppelt', 'todav[ií]a no', 'sigue (?:sin|apareciendo|saliendo)', 'toujours pas', 'en double', 'ainda não', 'ancora non', 'nog steeds niet',
]);

/** Repetition and delay that carry their own "I" ("every time I", "again and again", "days later"): a report only of a product's thing. */
export const BUG_SYMPTOM_REPEAT = symptomPattern([
  '(?:days?|hours?|weeks?|minutes?) later', 'again and again', 'over and over', 'every (?:single )?time i', 'each time i',
]);

/** The writer as the one who meets the fault: first person singular, or "for me" / "bei mir" / "chez moi". Not "we" (a public). */
export const OBSERVER = words(
  'i', "i'm", "i've", "i'd", "i'll", 'my', 'mine', 'for me', 'to me', 'ich', 'mein(?:e|en|er|em|es)?', 'bei mir', 'je', "j'", 'mon', 'ma', 'mes', 'chez moi', 'pour moi',
  'yo', 'mis?', 'a m[ií]', 'para m[ií]', 'eu', 'meu', 'minha', 'meus', 'minhas', 'pra mim', 'para mim', 'io', 'mio', 'mia', 'miei', 'mie', 'per me', 'ik', 'mijn', 'bij mij',
);

/** A thing of a site or a product, named with a determiner ("the timer", "my photos", "every page") or as a plural ("uploads"). */
export const PRODUCT_OBJECT = words(
  `(?:the|your|this|that|my|our|its|every|each|all) (?:[a-z-]+ )?(?:links?|url|pages?|site|website|blog|article|post|app|apps|feeds?|forms?|images?|pictures?|photos?|videos?|downloads?|maps?|buttons?|search|login|log-?in|comments?|counter|uploads?|newsletter|e-?mails?|notifications?|messages?|timer|graph|chart|stats|editor|text|file|files|attachments?|tags?|settings?|account|password|menu|player|screen|tab|tabs|widget|plugin|extension|version|update|order|cart|checkout|payment|cookies?|banner|pop-?up|dashboard|profile|avatar|feed|inbox|sidebar|footer|header|layout|font|replay|filter|results?|list|date|dates|total|count|badge|icon|progress bar|spinner|camera|upload form|confirmation)`,
  'uploads', 'notifications', 'downloads', 'attachments',
);

/** Negation that cancels a problem reading ("no problem", "not a bug", "works fine now"). */
export const BUG_NEGATED = words(
  'no problems?', 'not a problem', 'no issues?', 'not an issue', 'not (?:reporting |really |actually )?a bug(?: report)?', "isn't a bug", 'not reporting a problem', 'no bugs?', 'no errors?', 'no worries', 'works? (?:fine|great|perfectly|well) (?:now|again)',
  'works? (?:fine|great|perfectly|well)', 'problem (?:solved|resolved|fixed)', 'issue (?:solved|resolved|fixed)', '(?:is|was|got|been|now) (?:fixed|resolved|solved)', 'fixed it', '(?:i|we|has|have) fixed (?:the|this|that|a) (?:[a-z]+ )?(?:bug|issue|problem|error|crash)', 'solved it', 'never mind', 'nevermind',
  // General remarks and triage actions: "every framework has its problems", "the error lies with the teachers",
  // "marking as duplicate of #42".
  '(?:has|have|had) (?:its|their|his|her|our|your) (?:own )?(?:problems|issues|flaws|bugs)', 'the (?:error|fault|problem|mistake) (?:lies|lay) with',
  '(?:mark(?:ing|ed)?|clos(?:ing|ed)) (?:this )?as (?:a )?duplicate', 'duplicate of (?:#\\d+|https?:|issue)',
  // "this issue" on a tracker is often the ticket itself: "I almost don't want to close this issue".
  '(?:close|closing|closed|reopen(?:ing|ed)?|open(?:ing|ed)?|lock(?:ing|ed)?|pin(?:ning|ned)?|label(?:ling|led)?) (?:this|the|that|an?) (?:new )?(?:issue|ticket)',
  '(?:no|without|an|the only) exceptions?', 'with the exception of', 'exceptions? (?:to|of) the rule', 'ausnahme',
  // "Fehler" and "error" as a mistake someone made, not a malfunction.
  'fehler (?:zu )?(?:gemacht|machen|begangen|begehen|eingestehen|eingestanden)', 'human error', '(?:pilot|user|operator|my own|my) error', "(?:haven't|have not|never|didn't|did not|hasn't|has not) (?:had|have|got|gotten|run into|seen|noticed) (?:a|any|the) (?:single )?(?:problems?|issues?|errors?)", 'error of judg(?:e)?ment', '(?:made|make|making) (?:an|the|this|that) error',
  '(?:fait|faire|commis|commettre) (?:une|la|cette) (?:erreur|faute)', '(?:cometer|cometió|cometieron) (?:un|el|este) error',
  // Talk about faults that reports none: apologies, hypotheticals, harmless messages, explanations, triage.
  'not (?:responding|replying|answering|getting back)(?: to (?:you|your|this|the|my))? (?:sooner|earlier|before|faster|quicker|in time)', 'harmless (?:\\S+ )?(?:error|warning)s?(?: messages?)?', 'trial and error',
  '(?:without|avoid(?:s|ing)?|prevent(?:s|ing)?) (?:raising |throwing |causing |getting |showing )?(?:an?|any|the) (?:\\S+ )?(?:error|warning|exception)s?',
  '(?:if|when) (?:you(?:\'re| are)? )?(?:fac(?:e|ing)|get(?:ting)?|see(?:ing)?|hit(?:ting)?|run into|encounter(?:ing)?) (?:an?|any|the|some)? ?(?:\\S+ )?(?:errors?|problems?|issues?)',
  '(?:describ|explain|analy[sz]|document)(?:e|ed|es|ing) (?:\\S+ ){0,5}(?:the|this|that) bug', '(?:others|anyone|people|someone|users) (?:who are |that are |who |that )?(?:having|have|has|with) the same (?:issue|problem)',
  "(?:haven't|have not|hasn't|has not|not able to|unable to|can't|cannot|couldn't|could not|was not able to|wasn't able to)(?: yet)?(?: been able to)? reproduce", '(?:fehler|problem) (?:\\S+ ){0,5}nicht auftritt', '(?:does|did)(?: not|n\'t) occur',
  'não deu erro', 'sem erros?', 'no (?:da|dio|hay|sale) (?:ningún )?error', "pas d'erreur", 'aucune erreur', 'nessun errore', 'geen (?:fout(?:en|melding)?|probleem)',
  'kein problem', 'keine probleme', 'kein fehler', 'funktioniert (?:wieder|jetzt)', 'sin problema', 'ningún problema', 'pas de problème', 'aucun problème', 'sem problema', 'nessun problema', 'geen probleem',
);

/** Forms of address that make a question answerable by staff or the author rather than rhetorical. */
export const ADDRESSED = words(
  'you', 'your', 'anyone', 'anybody', 'someone', 'somebody', 'i', 'my', 'me', 'we', 'us', 'our', 'staff', 'admin', 'author',
  'sie', 'ihr', 'du', 'euch', 'jemand', 'wer', 'ich', 'mir', 'mich', 'man',
  'usted', 'ustedes', 'alguien', 'vous', 'tu', "quelqu'un", 'je', 'você', 'vocês', 'alguém', 'eu', 'voi', 'lei', 'qualcuno', 'io', 'jullie', 'u', 'iemand', 'ik',
);

/** Well-wishes and hearsay that use praise words without praising the post ("have a great Sunday"). */
export const NOT_PRAISE = words(
  '(?:have|had|wish you|enjoy) an? (?:great|nice|lovely|wonderful|good|fantastic|awesome|beautiful) [a-z\\u00df-\\u00ff]+', "(?:i've|i have|we've) heard great things",
  '(?:it )?would be (?:really |so |very |most |extremely |super )?(?:great|nice|cool|awesome|good|lovely|helpful)', 'great minds', 'wäre (?:echt |sehr )?(?:schön|toll|super|gut|klasse)',
  'ser[ií]a (?:genial|bueno|estupendo|bonito)', 'ce serait (?:bien|génial|super|top)', 'seria (?:legal|ótimo|bom|bacana)', 'sarebbe (?:bello|utile|fantastico|ottimo)', 'zou (?:mooi|fijn|handig|leuk) zijn',
  // Negated praise ("not exactly nice", "nicht besonders gut") and the author's pleasantries to a commenter
  // ("glad you liked it", "schön, dass es dir geschmeckt hat"): neither praises the post.
  "(?:not|isn't|wasn't|aren't|nicht|kein|keine) (?:exactly |really |very |so |that |particularly |too |besonders |gerade |sonderlich |wirklich |so )?(?:nice|great|good|helpful|useful|brilliant|impressive|schön|gut|toll|super|hilfreich)",
  '(?:glad|happy|pleased|nice|good|great) to hear', '(?:glad|happy|pleased) (?:that )?(?:you|it) (?:liked|enjoyed|like|found|worked)',
  'schön(?:,)? dass (?:dir|du|ihnen|euch|es dir|es ihnen|es euch|er dir|er ihnen|er euch)', 'freut mich(?:,)? dass', '(?:ravie?|content) que (?:vous|tu|ça)',
  // Sarcasm: praise words framing a complaint ("great, another price rise", "toll, schon wieder", "na super").
  'na,? (?:toll|super|prima|klasse|bravo|großartig|wunderbar|spitze)', '(?:oh|just|how|wie) (?:great|wonderful|lovely|brilliant|fantastic|perfect|toll|schön|super)(?= *[,.!])',
  '(?:great|wonderful|brilliant|fantastic|perfect|lovely|nice|super|toll|prima|klasse|großartig|génial|genial|bravo),? (?:another|yet another|once again|more of the same|schon wieder|wieder|wieder mal|noch (?:ein|eine|einen|mehr)|encore|otra vez|otra|otro)',
  'schöne[sn]? (?:wochenende|tag|abend|sonntag|feiertag|urlaub|start|tag noch|abend noch|gruß|grüße|ostern|weihnachten|feiertage|woche)', '(?:great|good|excellent) question',
  // Praise of the writer's own people and things, the weather, or a shared taste ("I love cinnamon too"): an
  // anecdote, not appreciation of the post.
  "(?:my|our) (?:[a-z'-]+ ){1,3}(?:is|was|are|were|has been|looked|looks|tasted|tastes) (?:a |an |so |really |very |just |always )?(?:great|amazing|wonderful|fantastic|awesome|excellent|lovely|beautiful|perfect|brilliant|good|nice|superb|gorgeous)",
  '(?:mein|meine|meinen|meiner|unser|unsere|unseren) (?:\\S+ ){1,3}(?:ist|war|sind|waren) (?:ein |eine |so |sehr |echt |wirklich |immer )?(?:toll|super|klasse|großartig|genial|wunderbar|schön|lecker|perfekt)',
  '(?:i|we) (?:also )?(?:love|adore|like) (?:[^ .!?]+ ){1,4}(?:too|as well)', '(?:would|will|will also) love (?:that|it|this|these) too', 'ich liebe (?:\\S+ ){1,3}auch',
  '(?:beautiful|lovely|perfect|great|nice|gorgeous|glorious) (?:weather|day|sunshine|morning|evening)(?: (?:here|today|outside))?', '(?:schönes|wunderschönes|tolles|herrliches|super) wetter',
  // Praise of a commenter's variation ("That sounds delicious!", "Klingt gut"): a reply. ("Great idea" stays praise:
  // it is as often said of the post's idea as of a commenter's.)
  'that sounds (?:so |really |very |absolutely |just )?(?:great|good|delicious|amazing|yummy|lovely|wonderful|fantastic|perfect|fun|interesting|awesome)', '(?:das )?klingt (?:echt |sehr |total |richtig |so )?(?:super ?)?(?:lecker|gut|toll|super|spannend|interessant|schön|klasse)', '(?:good|great|fair|valid|excellent) point', '(?:guter|wichtiger|berechtigter) (?:punkt|einwand|hinweis)', '(?:der|dein|ihr|euer) hinweis ist (?:sehr |echt |wirklich )?(?:gut|wichtig|richtig)',
  'bon point', 'buen punto', ':wow:', 'schön,? wie (?:sie|die|er|man|ihr|du|der|das) (?:\\S+ )?(?:doch|immer|mal wieder|schon wieder)', '(?:gute|tolle) frage', 'bonne question', 'buena pregunta', 'ottima domanda', 'boa pergunta', 'goede vraag', '(?:should |will |would |might )?(?:also )?works? (?:great|well|fine|perfectly|wonderfully)', 'funktioniert (?:super|toll|prima|perfekt|sehr gut)', '(?:marche|fonctionne|va) très bien', 'funciona muy bien', 'werkt (?:heel|erg|zeer) goed', 'perfect (?:tense|sense|storm|world|example|match|time)', 'makes? (?:perfect|good) sense', '(?:\\d\\.? ?|erster?n? |zweiter?n? )klasse', 'buen (?:día|fin de semana)', 'bon week-end', 'bonne journée', 'buona giornata', 'fijn weekend',
);

/**
 * Expectation against observation: "the counter says 12 but I uploaded 40", "it opens the map instead of the list".
 * Costly patterns (a word window), so callers run them only when a contrast word is present (CONTRAST_HINT).
 */
export const CONTRAST_HINT = /\b(?:but|yet|though|while|whereas|instead)\b/;
export const CONTRAST_SYMPTOM = new RegExp(
  [
    '(?:says?|shows?|showing|displays?|reads?|lists?|counts?|reports?)\\s+\\S+(?:\\s+\\S+){0,4}\\s+(?:but|yet|although|though|even though|while|whereas)\\s',
    '(?:shows?|showing|displays?|gives?|returns?|got|get|opens?|goes|went|takes?|leads?|sends?|charged?) (?:\\S+ ){0,5}instead of(?![${L}])',
  ]
    .join('|')
    .split('${L}')
    .join(L),
);

/**
 * A fault named only as a noun ("problem", "Fehler", "issue", "error") is a report only when someone observes it;
 * in debate it is a general word ("das Problem ist die Politik"). These are the outright malfunction phrases
 * that stand on their own; other BUG_WORDS hits need an observer (see signals.ts).
 */
export const BUG_STRONG = words(
  'crash(?:es|ed|ing)?(?!\\.[a-z])', 'buggy',
  // "broken"/"kaputt" alone is also said of a society or a promise: strong only of the site's own things.
  '(?:link|url|page|site|website|app|button|form|feed|search|download|upload|image|picture|photo|video|map|login|player|comment section|counter|filter|menu|embed)s? (?:is |are |was |were |seems? |looks? |got |gets |now |still |completely |totally |all )*broken',
  'broken (?:link|url|page|image|picture|photo|video|download|button|form|embed|layout|map)s?',
  '(?:link|seite|webseite|app|bild|bilder|download|suche|video|karte|formular|button|player|kommentarfunktion)\\S* (?:ist|sind|war|waren|scheint|scheinen) (?:\\S+ ){0,2}kaputt', 'kaputte[rns]? (?:link|seite|bild|bilder|download|video)', 'glitch(?:es|y)?', '(?<!(?:of|late|early|hard|spring|winter|first|killing|deep|many|few|some|no|two|three|several) )freez(?:es|ing)(?! (?:cold|point|temperatures?|weather|rain|fog|drizzle|well|beautifully|nicely|great|fine|perfectly|for|up to|it|them|the))', '(?:app|screen|page|browser|game|computer|phone|tab|video|player|site|everything|system|window)s? (?:just |completely |totally )?(?:froze|(?:is|was|gets?|got|has|keeps?) (?:frozen|freezing))', 'exception', 'stack ?trace', 'not working',
  "(?<!if (?:you|i|we|they|he|she|it) )(?:doesn't|does not|don't|do not|won't|will not|can't|cannot|can not|couldn't|isn't|is not|aren't|didn't|did not) (?:work|load|open|play(?! (?:well|nice|nicely|along))|show(?! (?:the world|that|them|him|her|us|me|you|off|some|how|what|why|his|her|their))|start|save|sync|display|connect|appear|respond|update|install|run|download|upload|close|stop|go away|print|send|arrive|boot|complete (?:the )?(?:boot|start|update|install|upload|download|setup)|turn on|power on|charge|execute|compile|flash|pair|detect|recogni[sz]e)",
  'stopped (?:working|loading|syncing|showing|responding)', 'no longer (?:works?|loads?|shows?|opens?|plays?|syncs?)', 'nothing happens', 'stuck', '(?<![$€£\\d.,])404', '(?:error|status|code|http|fehler|erreur)[ :]*50[0-3]', '50[0-3] (?:error|internal|server|bad gateway|service)',
  "(?:isn't|aren't|wasn't|weren't|(?:is|are|was|were|gets?|got) not) (?:displayed|shown|loaded|saved|updated|rendered|sent|delivered|visible|clickable|reproduced)(?! (?:correctly|properly|fine|well))",
  "there(?: is|'s| are) (?:still )?(?:a|an|some) (?:problem|bug|issue|error|glitch)s?(?! (?:of|in (?:our|the) (?:society|world|country)))", 'dead link', 'broken link', 'wrong link',
  // "corrupt" alone is also said of politicians: a fault only of files and data.
  '(?:file|files|data|download|database|backup|image|images|video|save|archive|zip|profile|cache|cookies?)s? (?:is |are |was |were |got |gets |seems? )?(?:now )?corrupt(?:ed)?', 'corrupt(?:ed)? (?:file|files|data|download|database|backup|image|video|save|archive|zip|profile|cache)', 'garbled', 'blank (?:page|screen)', 'black screen', 'white screen', 'not responding', 'typo', 'misspel+(?:ed|ing)',
  '(?:i|we) (?:get|got|am getting|keep getting|see|saw) (?:an?|the|this|that) (?:\\S+ )?(?:error|warning|message)', 'error (?:message|code|\\d)', '(?:same|this) (?:error|bug)', '(?:have|having|had|get|getting|got) the (?:exact )?same (?:problem|issue)', 'same (?:problem|issue) here', '(?:same|similar) (?:problem|issue|error|bug)s?(?: here| for me| on| with| since| after|$)',
  // Me-too in an issue thread: the fault happens to the writer as well ("This happens for me too", "ça se produit également").
  '(?:happen(?:s|ing)?|occur(?:s|ring)?) (?:for|to) me (?:too|as well)', '(?:is|am|are) (?:also )?(?:having|seeing|getting|experiencing) (?:the same|this|a similar)', '(?:same|similar) (?:thing|behaviou?r) (?:here|for me|happens)',
  '(?:se produit|arrive) (?:également|aussi)', 'pareil (?:pour moi|chez moi|ici)', '(?:a mí|a mi) (?:también|tambien) me pasa', '(?:bei mir|hier) (?:auch|ebenfalls) (?:so|dasselbe|das gleiche)', 'bij mij (?:ook|hetzelfde)', 'anche a me',
  'blocking (?:issue|bug|problem)', 'show-?stopper', 'lost (?:all )?(?:access|my (?:data|photos|settings|progress|notes|files|account))',
  `(?:server|service|site|website|instance|api|app|page)s? (?:is|are|was|were|went|goes|seems?) (?:completely |still |totally )?down(?![${L}])(?! (?:to|the|from|a|in|by|for)(?![${L}]))`,
  '(?:startet|starten|lädt|laden|öffnet|reagiert|funktioniert|läuft) (?:leider )?(?:nicht|nie) mehr',
  '(?:das )?(?:gleiche?n?|selben?|dasselbe) (?:problem|fehler)', 'même problème', 'mismo problema', 'mesmo problema', 'stesso problema', 'zelfde probleem',
  // A fault someone has met ("the only issue I have seen", "a bug we ran into"); things that do not function.
  "(?:issue|problem|bug|error|glitch)s? (?:that )?(?:i|we)(?:'ve| have| had)? (?:seen|found|noticed|encountered|hit|ran into|run into|came across|spotted)",
  'non-?functional', 'not functional', 'unusable', 'inoperable',
  'funktioniert (?:nicht|nie|kaum)', 'geht (?:leider |immer )?(?:noch )?nicht(?: mehr)?(?= *(?:[.,!?;:)]|$|bei mir|auf (?:meinem|dem)|mit (?:dem|firefox|chrome|safari)))', 'abgestürzt', 'stürzt ab', 'tippfehler', 'lädt nicht', 'falsch(?:er|e|es)? link', '(?:führt|verweist|zeigt) ins leere',
  // German puts the subject between verb and negation: "Leider funktioniert die Druckfunktion nicht".
  '(?:funktioniert|funktionieren|lädt|laden|startet|starten|reagiert|reagieren|druckt|speichert|öffnet sich|öffnen sich|klappt|klappen) (?:[^ .!?,;]+ ){1,6}(?:nicht|nie|kaum)(?! nur)', 'klappt (?:leider |immer )?(?:noch )?nicht',
  // "Sobald ich mein Backup einspiele, geht der Appstore nicht mehr." (not "es geht nicht um ...")
  '(?<!es )geht (?!es )(?:[^ .!?,;]+ ){1,4}nicht(?: mehr)?(?= *(?:[.,!?;:)]|$))', 'nicht (?:mehr )?erreichbar', 'kein zugriff',
  '(?:wird|werden|wurde|wurden) (?:[^ .!?,;]+ ){0,5}nicht (?:mehr )?(?:angezeigt|geladen|gespeichert|abgespielt|geöffnet|dargestellt|übertragen|zugestellt|verschickt|gesendet|aktualisiert)',
  // A fault that persists: "das Problem besteht weiterhin", "the issue persists", "still having the same problem".
  '(?:problem|fehler|bug)\\S* (?:\\S+ ){0,3}(?:immer noch|weiterhin|nach wie vor|noch immer)', '(?:besteht|bestehen|tritt|treten) (?:\\S+ ){0,3}(?:immer noch|weiterhin|nach wie vor|noch immer)',
  '(?:problem|issue|bug|error)s? (?:still )?persists?', "(?:it|it's|this|that|the (?:problem|issue|error|bug|crash)) (?:is |has |was )?(?:happening|happened|occurring|occurred|started|back) again", '(?:still|also) (?:have|having|getting|seeing|see|get) (?:the|this|that) (?:same )?(?:problem|issue|error|bug)',
  '(?:hatte|habe|hab) (?:ich )?(?:auch|ebenfalls|genau) (?:das|dieses|dasselbe|so ein|solche) problem',
  // Errata in the post itself (a recipe, a guide, an article): something left out, a wrong amount or step.
  "(?:you|u) forgot (?:to (?:list|mention|add|include|say)|the)", '(?:is|are|was|were) (?:not|never) (?:listed|mentioned|included) in the (?:ingredients?|ingredient list|recipe|instructions|list|steps?|article|post|guide)',
  "(?:recipe|ingredient list|ingredients|instructions|steps?|list|article|post|guide|table|chart) (?:doesn't|does not|don't|do not|never) (?:mention|list|say|include|tell)",
  "there(?:'s| is) an? (?:small |little |slight |tiny )?(?:mistake|error|typo) in", 'should (?:say|read)(?= ["“„\'‘]| ?: | \\d)', "(?:can't|cannot|can not) (?:possibly )?be right",
  '(?:quantit(?:y|ies)|amounts?|measurements?|numbers?|times?|temperatures?|figures?|dates?) (?:\\S+ )?(?:seems?|are|is|look|looks) (?:a bit |way |slightly |totally )?(?:off|wrong|incorrect)',
  '(?:im|in der|in dem|auf der) (?:rezept|zutatenliste|anleitung|artikel|text|liste|tabelle|beschreibung)\\S* (?:\\S+ ){0,2}(?:fehlt|fehlen)', '(?:fehlt|fehlen) (?:\\S+ ){0,3}(?:im|in der|in dem) (?:rezept|zutatenliste|anleitung|artikel|text|liste|tabelle)',
  '(?:du hast|sie haben|ihr habt) (?:[^ .,!?;]+ ){1,5}vergessen(?! ?,? ?(?:dass|wie|was|wer))', 'kleiner (?:fehler|tippfehler|schreibfehler)', '(?:ein|einen|der) fehler (?:im|in der|in dem)(?= )',
  '(?:angabe|menge|mengenangabe|temperatur|backzeit|zeitangabe|garzeit)\\S* (?:\\S+ ){0,4}(?:viel )?zu (?:hoch|niedrig|lang|kurz|viel|wenig)', 'falsche[nr]? (?:seite|link|artikel|datei|video|bild|rezept)',
  'il manque (?:\\S+ ){0,4}dans (?:la|le|l\') ?(?:recette|liste|article|texte)', 'erreur dans (?:la|le|l\') ?(?:recette|article|texte|liste)',
  '(?:en la|en el) (?:receta|artículo|lista) falta', 'falta (?:\\S+ ){0,4}en (?:la|el) (?:receta|artículo|lista)', 'error en (?:la|el) (?:receta|artículo|lista)',
  // Asking the author to correct the post: "bitte korrigiert die Mengenangabe", "please fix the link", "merci de corriger".
  '(?:please|pls|could you|can you) (?:fix|correct|update|change) (?:the|this|your|that) (?:recipe|link|typo|amount|quantity|article|post|instructions|list|guide|numbers?|date)',
  '(?:bitte|könnt ihr|könnten sie|kannst du) (?:\\S+ ){0,3}(?:korrigieren|berichtigen|ändern|anpassen|verbessern)(?! (?:sie|ihr) (?:sich|euch))', '(?:korrigiert|berichtigt|ändert) (?:bitte )?(?:das|die|den) (?:rezept|angabe|menge|mengenangabe|link|artikel|text|tabelle)',
  'merci de (?:corriger|rectifier)', 'por favor (?:corrijan|corrija|corrige)', 'per favore correggete',
  'should (?:be|read|say) \\d+ ?(?:g|grams?|ml|cups?|tbsp|tsp|minutes?|mins?|degrees?|°)?,? not',
  '(?:sollte|sollten|müsste|müssten|muss|müssen) (?:es |das |da )?(?:wohl |eher |doch )?\\d+ ?(?:g|gramm|ml|minuten|min|grad|°)? (?:sein|heißen|heissen),? (?:nicht|statt)',
  'falta (?:\\S+ ){0,4}na receita', 'erro na receita', 'manca (?:\\S+ ){0,4}nella ricetta', 'errore nella ricetta', 'ontbreekt (?:\\S+ ){0,4}in het recept', 'fout in het recept',
  // Wrong data in the post itself: "die Mengenangabe ist falsch", "das Datum stimmt nicht", "Fehler im Rezept".
  '(?:angabe|menge|zahl|datum|uhrzeit|link|tabelle|beschreibung|übersetzung|anleitung)\\S* (?:\\S+ ){0,3}(?:ist|sind|war|waren) (?:\\S+ ){0,2}(?:falsch|fehlerhaft|nicht (?:richtig|korrekt))',
  '(?:angabe|menge|zahl|datum|uhrzeit|link|beschreibung|übersetzung)\\S* (?:\\S+ ){0,3}(?:stimmt|stimmen) (?:\\S+ ){0,2}nicht(?! (?:nur|überein))', 'fehler (?:im|in der|in dem) (?:rezept|artikel|text|beitrag|anleitung|tabelle)', 'da stimmt (?:was|etwas) nicht',
  'no funciona', 'se cuelga', 'no carga', 'no abre', 'no se ve', 'se cierra', 'ne fonctionne (?:pas|plus)', 'ne marche (?:pas|plus)', "ne (?:s'affiche|charge|s'ouvre|se charge) plus", 'ya no (?:funciona|carga|abre)', 'não funciona mais', 'parou de funcionar', 'non funziona più', 'werkt niet meer', "ne s'affiche pas", 'ne charge pas', 'lien mort', 'lien cassé',
  'não funciona', 'nao funciona', 'travou', 'não carrega', 'não abre', 'não aparece', 'non funziona', 'si blocca', 'non carica', 'non si apre', 'non appare',
  'werkt niet', 'foutmelding', 'kapot', 'loopt vast', 'laadt niet',
);

/**
 * The writer announces a fix or a resolution (past tense, often staff or the post author): "I fixed the
 * replay bug", "Ist jetzt korrigiert", "Fixed in 2.3.1", "修正しました". Not a report, unless it says the
 * fault is still there (NOT_RESOLVED).
 */
export const FIX_ANNOUNCED = words(
  "(?:i|we|i've|we've|i have|we have|i just|we just)(?: now| just| finally)? (?:fixed|corrected|repaired|patched|resolved|solved|sorted out)",
  '(?:has|have|had) (?:now |just )?been (?:fixed|corrected|resolved|patched|addressed|repaired|solved)', '(?:is|are|was|were) (?:now |finally |already )?(?:fixed|corrected|resolved|solved|repaired)',
  'fixed (?:in|by|with|on|via) (?:v?\\d|#|the|commit|version|release|main|master|pr)', '(?:should|will) (?:be )?(?:work(?:ing)?|fine|ok(?:ay)?|good) (?:now|again)', 'works? again',
  // A workaround that works: "ihr müsst neu starten, dann geht's", "that did the trick".
  "(?:dann|danach|jetzt) (?:geht|gehts|geht's|klappt|klappts|klappt's|funktioniert)(?:'s| es)?(?! nicht| immer noch)", '(?:that|this|which) (?:fixed|solved) it', 'did the trick', 'das hat (?:es )?(?:geholfen|gelöst)',
  '(?:was|were) able to (?:fix|solve|diagnose|track down|find)', "(?:i've|i have|we've|we have) (?:got|found|pushed|committed|released) a fix", 'fix (?:is|has been) (?:ready|released|pushed|merged|deployed)', 'figured (?:it|this) out', 'closing (?:this|as)',
  // Release notes: "5. Bug fix: the window no longer loses focus", "Fixed: upload counter".
  'bug ?fix(?:es|ed)? *:', '(?:^|\\d[.)] *)(?:fixed|fix|corrected) *:', 'changelog',
  // Staff taking a report in hand ("I'll look into this", "we are investigating") or shipping the fix ("I've just
  // released v2.0.5 that fixed the updates problems").
  "(?:i'll|i will|i'm gonna|i am gonna|i'm going to|i am going to|we'll|we will|we're|we are|i'm|i am) (?:\\S+ )?(?:look(?:ing)? into|investigat(?:e|ing)|working on (?:a |the )?fix)",
  "(?:i|we|i've|we've|i have|we have)(?: just)? (?:released|published|pushed|deployed|shipped|merged)", '(?:that|which) (?:fixed|fixes|solved|solves|resolved|resolves) (?:the|this|that|these|those|your|a)(?= )',
  '(?:removed|replaced|updated|corrected|fixed) (?:the|all|those|these) (?:broken|dead|wrong|outdated) links?',
  // de
  '(?:ist|sind|wurde|wurden|habe|haben|hab|hab\'s|hab es|habe es) (?:[^ .!?]+ ){0,5}(?:korrigiert|behoben|repariert|gefixt|ausgebessert|berichtigt)', '(?:jetzt|nun|inzwischen) (?:korrigiert|behoben|repariert)',
  'sollte (?:jetzt|nun) (?:wieder )?(?:gehen|funktionieren|laufen|klappen)', 'funktioniert (?:jetzt )?wieder', 'geht (?:jetzt )?wieder',
  // es
  '(?:ya )?(?:est[áa]|qued[óo]|fue) (?:corregid[oa]|arreglad[oa]|solucionad[oa])', '(?:he|hemos|ha|han) (?:corregido|arreglado|solucionado)', 'ya funciona',
  // fr
  "(?:c'est|c'était|est|a été|ont été|j'ai|nous avons|on a) (?:[^ .!?]+ ){0,3}(?:corrigée?s?|réparée?s?|résolue?s?)", 'fonctionne à nouveau', 'remarche',
  // pt
  '(?:já )?(?:corrigi|corrigimos|consertei|consertamos|arrumei|resolvi|resolvemos)', '(?:foi|está|já está) (?:corrigid[oa]|resolvid[oa]|consertad[oa])', 'já funciona',
  // it
  '(?:ho|abbiamo) (?:[^ .!?]+ ){0,2}(?:corretto|sistemato|risolto|aggiustato)', '(?:è stato|è|sono stati) (?:corrett[oa]|risolt[oa]|sistemat[oa])',
  // nl
  '(?:is|zijn|werd|heb|hebben) (?:inmiddels |nu |intussen )?(?:opgelost|verholpen|gecorrigeerd|gerepareerd)', 'werkt (?:nu )?weer',
);
export const FIX_ANNOUNCED_CJK = anywhere(
  '修正しました', '修正済み', '直しました', '対応しました', '解決しました', '修正いたしました', '更新しました',
  '已修正', '已经修正', '已經修正', '已修复', '已经修复', '已修復', '已經修復', '修好了', '已更正', '已改正', '已解决', '已解決', '改好了',
);
/** The fault is still there, or the fix did not take: keeps a report a report. */
export const NOT_RESOLVED = words(
  'still', '(?:happen(?:s|ing|ed)?|broke|broken|crash(?:es|ed|ing)?|fail(?:s|ed|ing)?|stopped|down|missing|gone|back|wrong) again', 'again and again', 'not (?:yet )?(?:fixed|resolved|solved|corrected)', "(?:isn't|wasn't|hasn't been|haven't been|aren't) (?:fixed|resolved)", 'reopen(?:ed)?', 'regression',
  'immer noch', 'weiterhin', 'nicht (?:behoben|korrigiert)', 'todav[ií]a', 'sigue', 'toujours', 'encore', 'ainda', 'ancora', 'nog steeds', 'opnieuw',
);

/**
 * Thanks for a report or an answer: the author acknowledging a commenter ("Danke für den Hinweis", "thanks for
 * the heads-up", "merci pour le signalement") or a commenter thanking another (@name). By the labelling
 * conventions this is `other` first, with thanks second.
 */
export const THANKS_FOR_REPORT = words(
  '(?:thanks?|thank you)(?: again)? for (?:the|your) (?:report|heads[- ]?up|catch|pointer|hint|correction|bug report|workaround|tip)',
  'thanks?,? @\\S+', 'thank you,? @\\S+', '(?:thanks?|thank you)(?: \\S+)? for the (?:gold|silver|platinum|award|awards|upvotes?|karma)',
  // Thanks for another commenter's explanation or link: a debate turn, not gratitude for the post.
  // (Not "explanation" or "answer": those are often the author's, and thanking the author is gratitude.)
  '(?:thanks?|thank you)(?: (?:so much|a lot))? for (?:the|your|this|that) (?:clarification|context|correction|link|links|addition|perspective)',
  'danke(?: dir| euch| ihnen)? für (?:den|deinen|ihren|die|deine|ihre) (?:klarstellung|richtigstellung|ergänzung|link|einordnung)',
  'gracias por (?:la|tu|su) (?:aclaración|aclaracion|corrección|correccion|enlace)',
  'merci pour (?:la|ta|votre|cette) (?:précision|precision|clarification|correction)', 'merci pour (?:le|ton|votre) (?:lien|complément|complement)', 'danke(?: dir| euch)? für (?:den|deinen|ihren|die|deine|ihre) (?:hinweis|tipp|korrektur|meldung)', 'danke,? @\\S+',
  'gracias por (?:avisar|el aviso|el dato)', 'merci pour (?:le signalement|la correction)', 'obrigad[oa] (?:por|pelo|pela) (?:avisar|aviso)',
  'grazie (?:della|per la) (?:segnalazione)', 'bedankt voor (?:de|je|uw) (?:melding|tip)',
  // The post author thanking a reader for commenting: a reply to a commenter, `other` first by the conventions.
  '(?:thanks?|thank you)(?: (?:so much|a lot|again|very much))? for (?:your|the|this) (?:(?:kind|lovely|sweet|nice|thoughtful) )?(?:comment|comments|words|feedback|visit|message|note)',
  '(?:thanks?|thank you)(?: (?:so much|a lot))? for (?:stopping by|dropping by|reading|visiting|commenting|sharing your (?:experience|thoughts|results?|feedback)|letting (?:me|us) know|(?:trying|making|baking) (?:it|this|the recipe|my recipe))',
  '(?:thanks?|thank you)(?: (?:so much|a lot))? for (?:the|your) (?:(?:kind|lovely|great|wonderful|5[- ]star|five[- ]star) )?(?:review|rating|stars)', 'danke fürs (?:ausprobieren|nachbacken|nachkochen|vorbeischauen|lesen|kommentieren)',
  'danke(?: dir| euch| ihnen)?(?: sehr| vielmals)? für (?:deinen|ihren|euren|den|deine|ihre|die|dein|ihr) (?:lieben |netten |tollen |schönen |ausführlichen )?(?:kommentar|feedback|worte|besuch|rückmeldung|zeilen|nachricht)',
  'gracias por (?:tu|su|el) (?:comentario|visita|mensaje)', 'gracias por (?:comentar|pasarte|escribir)', 'merci (?:pour|de) (?:ton|votre) (?:gentil )?(?:commentaire|message|passage|retour)',
  'grazie (?:per il|del) (?:tuo |suo )?(?:commento|messaggio)', 'obrigad[oa] (?:pelo|por seu|pelo seu) (?:comentário|comentario|carinho)', 'bedankt voor (?:je|jouw|uw) (?:reactie|bericht)',
);
export const THANKS_FOR_REPORT_CJK = anywhere('ご指摘ありがとう', 'ご報告ありがとう', '谢谢提醒', '謝謝提醒', '感谢指正', '感謝指正', '谢谢指正', '謝謝指正', '感谢反馈', '感謝回報');

/**
 * Opinion and disagreement: the sentence argues. Fault nouns and questions inside arguments are rhetoric,
 * not reports or requests ("The real problem is the incentives", "Das Problem ist doch ...").
 */
export const OPINION = words(
  'i disagree', "i don't agree", 'i do not agree', 'in my (?:opinion|view|experience)', 'imho', 'imo', 'i (?:think|believe|feel|suspect|guess) (?:that|the|this|it|most|people|we|they)',
  'the (?:real|main|actual|underlying|whole|bigger|core) (?:problem|issue|question)', 'the (?:problem|issue|question) (?:is|was) (?:that|not|whether)', 'honestly', 'frankly', 'to be fair', 'the point is',
  'nein,', 'sehe ich anders', 'meine?s? (?:erachtens|meinung)', 'meiner meinung', 'ich (?:finde|glaube|denke|meine|vermute)', 'das (?:eigentliche |wahre |grö(?:ß|ss)ere )?problem (?:ist|sind|besteht|liegt)',
  'das stimmt (?:so )?nicht',
  'no estoy de acuerdo', 'creo que', 'en mi opinión', 'el (?:verdadero |gran )?problema (?:es|no es|de fondo)', 'lo que pasa es',
  "je ne suis pas d'accord", 'je pense que', 'à mon avis', 'le (?:vrai |principal )?problème(?:,)? (?:c\'est|est|n\'est)', 'franchement',
  'discordo', 'acho que', 'na minha opinião', 'o (?:verdadeiro |grande )?problema (?:é|não é)',
  "non sono d'accordo", 'penso che', 'secondo me', 'il (?:vero )?problema (?:è|vero è|non è)',
  'ik ben het (?:er )?niet mee eens', 'ik denk dat', 'volgens mij', 'het (?:echte )?probleem is',
);
export const OPINION_CJK = anywhere('我觉得', '我覺得', '我认为', '我認為', '问题不在', '問題不在', '問題は', 'と思います', 'と思う');

/**
 * Rhetorical question shapes beyond RHETORICAL: tag questions ("..., right?", "oder?", "nicht wahr?",
 * "n'est-ce pas ?"), "who even/who cares", and suggestions in question form ("How about ...?", "Why not ...?")
 * which the conventions label as suggestions (`other`).
 */
export const TAG_QUESTION = new RegExp(
  `(?:^|[,;:—–\\-]\\s*|\\s)(?:right|no|eh|huh|isn't it|aren't they|don't you think|wouldn't you agree|or not|oder|oder nicht|nicht wahr|gell|ne|n'est-ce pas|non|pas vrai|¿?verdad|¿?o no|vero|non è vero|toch|of niet|né|não é|certo)\\s*[?？]+[\\s\\p{Emoji_Presentation}:;()\\-DPp]*$`,
  'u',
);
export const RHETORICAL_MORE = words(
  // Self-promotion dressed as a question: "Would you like to visit my blog?"
  'would you (?:like to|mind|care to) (?:visit|check out|follow|read|see) (?:my|our)', '(?:follow|visit) (?:me|my blog) back',
  '^remember (?:when|how|the time|that|back when)', '^(?:oh )?boy,? (?:am|was|is|are|do|did|does|have|has) (?:i|we|they|he|she|it|you)', '^what (?:a|an|such|total|utter|complete)(?= )', '^erinnert (?:ihr|sich) (?:euch|noch)',
  'warum (?:schreibe|sage|erzähle) ich (?:das|dies|hier|euch)', "why (?:am i|do i) (?:even )?(?:writing|telling|saying|write|tell|say) (?:this|all this|you this)",
  'who cares', 'who even', 'who really', 'who would (?:even|ever|seriously)', "what's the point", 'what is the point', 'what did (?:you|they|we) expect', 'why (?:would|should) (?:anyone|anybody|i|we|you) (?:even )?(?:care|pay|bother|want|believe)',
  "(?:isn't|wasn't|aren't|doesn't) (?:that|this|it) (?:exactly|just|precisely|obviously|clearly)", 'and look how', 'seriously\\?',
  "what (?:else )?can (?:i|you|one|we) say", 'was soll man (?:da |dazu |noch )?(?:sagen|machen|tun)', 'que dire', '¿?qué (?:se puede|puedo) decir',
  'wer (?:braucht|will|glaubt) (?:das|so|denn|schon)', 'wer soll (?:das|denn|so|hier)', 'wen interessiert', "was soll(?:'s| das)", 'warum auch', 'wieso sollte (?:ich|man)', 'wer (?:\\S+ ){1,5}schon',
  'à quoi bon', "qui s'en soucie", 'qui va payer', '¿?a quién le importa', 'o acaso', '¿?y qué\\?', 'ma davvero', 'a chi importa', 'quem se importa', 'wat maakt het uit',
);
export const RHETORICAL_CJK = anywhere('难道', '難道', '何必', '岂', '豈', '谁又', '誰又', '哪有', '不是吗', '不是嗎', '对吧', '對吧', '又怎么样', '又怎麼樣', 'じゃないですか', 'だろうか', '誰が気にする');
export const SUGGESTION_QUESTION = new RegExp(
  `^(?:(?:and|so|but|also|maybe|perhaps|und|aber|et|y|e)[, ]+)?(?:how about|what about adding|why not|why don't you|wie wäre(?:'s| es)|wie wärs|warum nicht|pourquoi ne pas|et si on|¿?por qué no|¿?qué tal si|e se|perché non|waarom niet)(?![${L}])` +
    `|(?:question\\/suggestion|suggestion|feature request)\\s*:|why (?:doesn't|does not|don't|do not|isn't|can't) (?:the|this|your|it) (?:\\S+ ){0,3}(?:have|support|offer|include|allow|let)`,
);
/** A polite request marker: a bare "Thanks." right after such a request is politeness, not gratitude. */
export const POLITE_REQUEST = words('please', 'pls', 'plz', 'bitte', "s'il (?:vous|te) pla[iî]t", 'por favor', 'per favore', 'alsjeblieft', 'alstublieft');

/**
 * The second person: a question that names its addressee ("did you try", "hast du", "avez-vous") asks someone;
 * one that names no one, in an argument, is usually part of the argument. German formal "Sie" is read from the
 * original casing (see signals.ts), since lower-cased it is also "they".
 */
export const SECOND_PERSON = words(
  'you', 'your', 'yours', "you're", "you've", "you'd", 'du', 'dich', 'dir', 'dein(?:e|en|er|em|es)?', 'euch', 'euer', 'eure(?:n|r|m|s)?', 'hast du', 'habt ihr', 'seid ihr',
  'vous', 'tu', 'toi', 'ton', 'ta', 'tes', 'votre', 'vos', 'usted(?:es)?', 'tú', 'vosotros', 'você', 'vocês', 'voi', 'ty', 'ciebie', 'tobie', 'twój', 'twoja', 'twoje', 'pan', 'pani', 'państwo', 'jullie',
);
export const SECOND_PERSON_FORMAL_DE = /(?<=[^.!?\s]\s+)(?:Sie|Ihnen|Ihre?[nmrs]?)(?![\p{L}])/u;

/** Short answers that open the sentence after a question: the writer answers it, so it was rhetorical. */
export const ANSWER_OPENING = new RegExp(
  `^(?:no|nope|nothing|nobody|no one|none|never|of course|exactly|obviously|nein|nichts|niemand|keiner|nie|natürlich|genau|non|personne|rien|jamais|évidemment|nada|nadie|nunca|claro|não|ninguém|nessuno|niente|mai|nee|niets|nooit|没有|沒有|不会|不會` +
    // "Why? Because ...", "Gibt es das? Ja, seit Jahren.": the writer gives the reason or the yes at once.
    `|because|weil|parce que|porque|perché|omdat|bo|ponieważ|nikt|nic|nigdy|oczywiście|(?:yes|yep|ja|jawohl|oui|sí|sim|tak)(?=[,.!:])` +
    `)(?![${L}])`,
);

/**
 * A short reaction dressed as a question: "Ach so?", "Really?", "Seriously?", "Echt jetzt?", "Vraiment ?", "Na und?".
 * Matched against a whole (lower-cased) sentence, after any leading @name: it expresses surprise or scorn,
 * it asks nothing anyone could answer.
 */
export const REACTION_QUESTION = new RegExp(
  `^(?:@\\S+[,:]?\\s+)*[¿¡]?(?:(?:oh|ah|aha|ach|na|and|und|et|y|so|also|yeah|ok|okay|hm+|mhm|ja)[,.]?\\s+)?` +
    `(?:really|seriously|srsly|is that so|are you serious|are you kidding(?: me)?|you sure|sure|so what|and|what|huh|eh|wtf|says who|since when|` +
    `ach so|ach ja|echt(?: jetzt)?|wirklich|ernsthaft|tatsächlich|im ernst|und|na und|wie bitte|hä|häh|ja|so|aha|seit wann|sagt wer|` +
    `vraiment|sérieux|sérieusement|ah bon|c'est vrai|et alors|et donc|hein|quoi|depuis quand|` +
    `en serio|de verdad|y qué|ah sí|qué|desde cuándo|` +
    `naprawdę|serio|poważnie|czyżby|no i co|i co|że co|jak to|co|od kiedy|` +
    `davvero|sul serio|e allora|sério|mesmo|e daí|echt waar|meen je dat|serieus|nou en)` +
    `\\s*[.…]*[?？!]*[?？][?？!]*\\s*[\\p{Emoji_Presentation}:;()\\-DPp]*\\s*$`,
  'u',
);

/**
 * A time anchor to a change ("since the last update", "seit dem Update"): a report's usual opening, but it says
 * nothing on its own ("since the update it is much faster"), so it counts as a fault word, not a symptom.
 */
export const UPDATE_ANCHOR = new RegExp(
  [
    'since (?:the |your |my |this )?(?:last |latest |recent |new )?(?:update|upgrade|change|release|version|redesign)', 'after (?:the |your |my |this )?(?:last |latest |recent |new )?(?:update|upgrade|redesign)', 'after (?:updating|upgrading)',
    "seit (?:dem|der) (?:letzten |neuen )?(?:update|upgrade|aktualisierung|umstellung)", 'desde (?:la|el) (?:última |nueva )?(?:actualización|versión|cambio)', 'depuis (?:la|le) (?:dernière |nouvelle )?(?:mise à jour|version|màj)',
    'desde a (?:última |nova )?(?:atualização|versão)', "dall'ultimo aggiornamento", "dopo l'aggiornamento", 'sinds de (?:laatste |nieuwe )?(?:update|versie)'
  ].join('|'),
);

/**
 * Public affairs: politics, the economy, society. A fault word about these ("the system is broken", "das war ein
 * Fehler der Regierung", "we have a problem with lobbying") is debate about the world, not a report about the site.
 */
export const PUBLIC_AFFAIRS = words(
  'government', 'governments', 'politicians?', 'politics', 'political', 'society', 'economy', 'democracy', 'parliament', 'congress', 'senate', 'lobbying', 'lobbyists?',
  'voters?', 'taxe?s', 'taxpayers?', 'inflation', 'capitalism', 'socialism', 'healthcare(?: system)?', 'education system', 'the country', 'this country', 'our country',
  'president', 'prime minister', 'ministers?', 'elections?', 'the left', 'the right', 'immigration', 'migrants?', 'police', 'courts?', 'the law', 'laws', 'copyright law', 'eu',
  'regierung', 'politik', 'politiker(?:innen)?', 'gesellschaft', 'wirtschaft', 'demokratie', 'bundestag', 'kanzler(?:in)?', 'minister(?:in)?', 'ampel', 'parteien', 'partei', 'steuern?',
  'bürokratie', 'wähler', 'staat', 'dieses land', 'unser land', 'das land', 'deutschland', 'gesundheitssystem', 'schulsystem', 'rentensystem', 'energiewende', 'migration', 'krieg',
  'gouvernement', 'politique', 'société', 'économie', 'démocratie', 'président', 'ministres?', 'élections?', 'impôts', 'la france', 'le pays', 'notre pays', "l'état", 'députés?',
  'gobierno', 'política', 'sociedad', 'economía', 'democracia', 'el país', 'governo', 'sociedade', 'economia', 'politica', 'società', 'regering', 'politiek', 'samenleving',
  'rząd(?:u|y)?', 'polityka', 'polityk[aó]w?', 'politycy', 'państwo', 'państwa', 'społeczeństwo', 'gospodarka', 'sejm', 'unia', 'kraj(?:u)?', 'wybory',
);
