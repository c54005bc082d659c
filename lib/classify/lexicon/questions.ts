// Questions: forms that ask without "?", question openings, and question shapes that ask no one (rhetorical, tag,
// echo and suggestion questions).
import { L, words, anywhere } from './patterns';

/** Question forms that need no question mark. */
export const QUESTION_FORM = words(
  // en: indirect questions and requests for information or help
  'is there (?:a|any) (?:way|option|setting|chance|plan|possibility|how)', 'is it possible(?: to)?', 'i wonder(?:ed)? (?:if|whether|how|why|what|when|where|who)',
  "i(?:'m| am| was) wondering", '^wondering (?:if|whether|how|why|what)', "(?:i'm |i am )?curious (?:whether|if|how|why|what|about how)", "i(?:'d| would) (?:like|love) to know", 'i want to know', '(?:i\'m|i am|we\'re|we are) (?:looking|searching) for (?:some |any |more )?(?:information|info|details|advice|tips|recommendations|a guide)', 'if (?:any|some)(?:one|body) (?:knows|has|can|could)[^.!?]{0,80}(?:let (?:me|us) know|tell (?:me|us)|contact me|get in touch|write (?:to )?me|please)', 'any (?:information|info|advice|help|tips)(?: [^ .!?]+){0,5} (?:would|will) be (?:much |greatly |really )?(?:appreciated|great|helpful|welcome)', 'i(?:\'d| would) (?:appreciate|be grateful for) (?:any|some) (?:information|info|advice|help|tips|pointers)', 'my question is', 'i need to know (?:if|whether|how|what|when|where|which|who|the)', '(?:necesito|necesitaba|preciso|precisava) saber', 'ho bisogno di sapere', "j'ai besoin de savoir", 'ich muss wissen, ob', 'ik moet weten of', 'would like to know', "(?:would|'d) (?:really )?(?:like|love) to (?:understand|find out|learn) (?:how|what|why|whether|if|when)",
  // Staff asking for details: "an ADB logcat would be super helpful", "eine Fehlermeldung wäre hilfreich".
  '(?:logs?|logcat|screenshots?|(?:more )?details|more info(?:rmation)?|an example|steps to reproduce|(?:the )?version|crash reports?|the output|a sample|the url) (?:[^ .!?]+ ){0,5}(?:would|will) (?:be |help )(?:really |very |super |extremely )?(?:helpful|useful|appreciated|great)?',
  '(?:log|logs|logdatei|screenshot|fehlermeldung|beispiel|angaben) (?:[^ .!?]+ ){0,5}(?:wäre|wären) (?:sehr |echt |super )?(?:hilfreich|nützlich)', 'does any(?:one|body) know',
  'do(?:es)? (?:any|some)(?:one|body) (?:know|have)', 'any(?:one|body) (?:know|knows|have|has|else)', 'can (?:any|some)(?:one|body)', '(?:has|have|did|does|is|was) any(?:one|body)', 'could (?:any|some)(?:one|body)',
  '(?<!(?:give|offer|provide|share|have|got|need) )any (?:ideas?|suggestions?|advice|tips|help|thoughts|news|updates?|progress)', '(?:alguna|algunas) novedad(?:es)?', 'alguma novidade', '(?:des|quelques) nouvelles(?= *[?!.]|$| (?:sur|de|concernant))', 'du nouveau(?= *[?]| sur| concernant)', '(?:gibt es )?(?:schon |irgendwelche )?neuigkeiten(?= *[?]| (?:hierzu|dazu|zu))', 'qualche novità', 'please (?:help|advise|explain|tell|teach|show|let (?:me|us) know|clarify)', 'i (?:want|need|would like|\'d like) you to (?:teach|tell|show|explain|help)',
  'let me know (?:how|if|whether|what|when)(?! (?:you|ya|y\'all|you guys) think)(?! (?:i|we) can (?:be of |do )?(?:any |more |further |anything )?(?:help|assist|do))(?! (?:you )?(?:need|have) (?:any|more|further|anything))(?! (?:the |this |that |it |your )?(?:(?:problem|issue|error|bug|crash)s? )?(?:still )?(?:persists?|remains?|happens|occurs|continues|comes back|reappears|returns|is still there))', 'can you (?:please )?(?:help|explain|tell|clarify|advise|confirm|share|point)',
  'could you (?:please )?(?:help|explain|tell|clarify|advise|confirm|share|point)', 'would you (?:please )?(?:help|explain|tell|mind)',
  'how (?:do|can|could|should|would) (?:i|we|you|one)',
  // "I have two questions about ...", "Je me pose quelques questions", "Ik heb twee vraagjes".
  "(?:a few|some|two|three|several|one|a couple of) (?:more |other |further )?questions? (?:to|for) (?:you|y'all|everyone|the author)",
  "i(?:'ve| have| also have| still have| also got)(?: also| still| just)?(?: got)? (?:a|one|two|three|a few|a couple of|some|several) (?:more )?(?:quick |small |simple |more |little )?questions?(?! ?(?:\/|or) ?(?:suggestions?|requests?|ideas?|comments?))", 'ich habe (?:eine|zwei|drei|ein paar|einige) (?:kurze |kleine )?fragen?',
  "j'ai (?:une|deux|trois|quelques) (?:petites? )?questions?", 'je me pose (?:une|quelques|des|plusieurs) questions?', 'tengo (?:una|dos|tres|unas|algunas) (?:pequeñas? )?preguntas?',
  'ho (?:una|due|tre|qualche|alcune) (?:piccol[ae] )?domand[ae]', 'ik heb (?:een|twee|drie|enkele|paar) (?:kleine )?(?:vraag|vraagje|vraagjes|vragen)', 'tenho (?:uma|duas|algumas) (?:pequenas? )?perguntas?',
  // Verb-first to "you" opening the sentence asks, "?" or not: "Heb je een voorbeeld", "Hast du einen Link".
  '^(?:heb je|hebt u|kun je|kunt u|heeft iemand|hast du|habt ihr|kannst du|könntest du|did you (?:try|test|get|manage|see|check|enable|disable|install|update|upgrade|restart|change|set|turn|clear|use|add|follow|read|receive|configure|activate)|have you (?:tried|checked|seen|got|enabled|installed|updated|upgraded|restarted|cleared|changed|read|considered)|are you (?:using|running|still|able)|do you (?:use|have|see|get|run|mean))', "(?:i'm|i am) (?:not sure|unsure) (?:how|whether|if|what|why)",
  'not sure (?:how|whether|if|what)', '(?:i|we) (?:also |still )?need to know(?= *:| (?:the|which|what|whether|if|how|your|where|when))', 'need (?:some )?help', 'looking for (?:a way|help|advice|a solution|a script|a tool|a method|an? (?:easy|simple|better|quick) way)', "what i(?:'m| am) (?:looking|trying|hoping) to (?:do|achieve|accomplish|get|find)", 'what i(?:\'m| am) looking for', 'what is the best way', 'is this (?:possible|normal|expected)', '^(?:is|was) (?:this|that|it|my \\S+) (?:correct|right|accurate|true|ok|okay|safe|the case)', '^am i (?:right|correct|wrong)', '^or is (?:it|this|that)',
  "it(?:'d| would) be (?:most |very |really |extremely |super )?helpful (?:to (?:have|know|get|see|hear)|if (?:you|someone|anyone|somebody))", "hätte (?:gerne|gern) (?:\\S+ ){0,3}(?:gewusst|beantwortet|erklärt)", 'wüsste (?:gerne|gern)',
  '(?:mi (?:dici|dite|puoi dire|potete dire|sai dire|sapete dire))', '(?:potresti|potreste|podr[ií]as|podr[ií]an|poderia|poderiam|pourrais-tu|tu pourrais|könntest du|könntet ihr) (?:\\S+ ){0,2}(?:pubblicare|postare|mandare|inviare|condividere|dir(?:mi|ci)?|spiegare|publicar|compartir|decir(?:me)?|explicar|enviar|mandar|partager|expliquer|envoyer|veröffentlichen|teilen|sagen|erklären|schicken|posten)', 'vorrei (?:tanto )?(?:sapere|capire|lo schema|la ricetta|il modello|lo stampo)',
  'how long (?:until|till|before|will|does|do)', 'when will', 'where (?:can|do|is|are) (?:i|we|the)', 'who (?:can|do|should) i',
  "i(?:'d| would) appreciate (?:any|some|it if)", 'can i', 'should i', 'may i ask', '(?:^|quick |one |a )question ?[,:]',
  // de
  'meine frage (?:ist|wäre)', 'für (?:jeden|jede|alle) (?:tipps?|hinweise?|infos?) (?:wäre|bin) ich (?:sehr )?dankbar', 'ich suche (?:infos|informationen|tipps|rat|hilfe|einen führer|einen guide)', 'falls (?:jemand|einer|ihr) (?:[^ .!?]+ ){0,4}(?:kennt|weiß|wisst|kennen|hat|habt)[^.!?]{0,80}(?:bitte melden|meldet euch|melde dich|gebt bescheid|gib bescheid|sagt bescheid|schreibt mir|schreib mir)', 'ich (?:bräuchte|brauche) (?:hilfe|infos|informationen|einen tipp|rat)', 'können sie', 'könnt ihr', 'gibt es (?:eine|einen|ein)? ?(?:möglichkeit|weg|chance)', 'weiß (?:jemand|einer|irgendwer)',
  'hat (?:jemand|wer|einer) (?:eine|erfahrung)', 'ich frage mich', 'wie kann (?:ich|man)', 'wäre(?: es)? möglich', 'mich würde (?:\\S+ ){0,2}interessieren', 'würde mich (?:\\S+ ){0,2}interessieren',
  'würde gerne wissen', 'möchte (?:gerne )?wissen', 'kurze (?:frage|nachfrage)', 'eine frage (?:noch|hätte ich|habe ich)',
  'suche (?:ich )?(?:nach )?(?:einer |eine |einen )?(?:lösung|rat|hilfe|tipps?|alternative)', '(?:hat|habt) (?:jemand|ihr|wer) (?:eine idee|tipps?|einen tipp|rat|erfahrungen?)',
  '(?:kann|könnte) mir (?:jemand|einer|wer) (?:sagen|helfen|erklären)',
  // Asking announced, or help asked for by thanking ahead: "ich hätte da mal eine Frage", "für Tipps wäre ich dankbar".
  'ich hätte (?:da )?(?:mal )?(?:noch )?(?:eine|ne|ein paar) (?:kurze |kleine )?fragen?', '(?:ich )?wollte (?:mal )?(?:nach)?fragen', 'eine frage ?[,:]',
  'für (?:\\S+ ){0,2}(?:tipps|hilfe|ratschläge|hinweise|antworten|ideen|rat) (?:wäre|bin|wären) (?:ich|wir) (?:\\S+ ){0,2}dankbar', 'was (?:meint|sagt|denkt) ihr', 'woran (?:kann|könnte) (?:das|es) liegen',
  // es
  'alguien sabe', 'me pregunt(?:o|aba) si', '(?:^|tengo |me surge |me queda )una (?:peque[ñn]a )?duda', '^duda ?[,:]', 'qu[ée] me recomend[aá]is', 'alguna (?:sugerencia|recomendaci[oó]n|idea) (?:para|sobre|de)', 'c[oó]mo (?:puedo|se puede|hago)', 'hay (?:alguna|una) (?:forma|manera)', 'me gustar[ií]a saber', 'quisiera saber', 'mi (?:pregunta|duda|consulta) es', 'necesit(?:o|amos|aba) (?:ayuda|informaci[oó]n|saber|asesoramiento|que me (?:digan|indiquen|ayuden|expliquen|informen))', 'quisiera (?:que me|pedirte|pedirles|preguntar)', 'me gustar[ií]a que me', 'agradecer[ií]a (?:mucho )?(?:si|que) me', 'si alguien (?:sabe|conoce|tiene|me puede|puede)', 'alguien (?:conoce|me puede|podr[ií]a|tiene informaci[oó]n)', 'podr[ií]a(?:s|n)? (?:alguien )?(?:ayudarme|ayudarnos|decirme|decirnos|indicarme|indicarnos|informarme|explicarme)', '^(?:por favor )?(?:dime|d[ií]game|ind[ií]came|expl[ií]came|d[ií]ganme)', 'por favor (?:ay[uú]denme|ay[uú]dame|d[ií]ganme|h[aá]game saber|hacerme saber|me pueden)', 'me (?:puedes|puede|pueden|podr[ií]as|podr[ií]an|pudieras?|pudieran) (?:enseñar|ayudar|decir|indicar|explicar|recomendar|informar|orientar)', 'desear[ií]a saber', 'me interesar[ií]a (?:recibir|saber|tener|conocer)', 'me gustar[ií]a (?:tener|recibir|pedirte|pedirles|contactar|conocer|que alguien)', 'me (?:podr[aá]n|podr[ií]an|pueden|puedes|podr[ií]as|pudieras?|pudieran) (?:mandar|enviar|pasar|dar|responder|escribir|contestar)', 'lo que necesito (?:es|saber)', 'si me (?:puedes|pueden|podr[ií]as|podr[ií]an) (?:responder|ayudar|escribir|contestar|orientar)', 'c[oó]mo podr[ií]a(?:mos)? (?:hacer|llegar|cruzar|conseguir|viajar|pasar)', 'que me puedan (?:prestar|dar|ayudar|brindar|facilitar)', '(?:estoy buscando|busco|necesito|agradezco|agradecer[ií]a) (?:cualquier |toda la |algo de |alguna )?informaci[oó]n', 'necesit(?:o|amos) (?:algunos |unos )?(?:consejos|datos|orientaci[oó]n|un gu[ií]a|contactar)', 'quer[ií]a (?:preguntar|saber) si', 'es posible', 'pueden ayudar',
  // A help request told as a statement, or closed by waiting for the answer: "quiero saber ...", "espero tu respuesta".
  '(?:quiero|deseo|quer[ií]a) saber (?:si|c[oó]mo|cu[aá]ndo|d[oó]nde|cu[aá]l|cu[aá]les|cu[aá]nto|cu[aá]nta|qu[eé]|por ?qu[eé]|a qui[eé]n|algo sobre (?:c[oó]mo|d[oó]nde|cu[aá]ndo))', '(?:le|te|les) agradecer[ií]a (?:mucho )?(?:la|su|tu|sus|tus|cualquier) (?:informaci[oó]n|ayuda|respuesta|orientaci[oó]n|consejos?)', 'ser[ií]a(?:s|n)? tan amables? de', 'dame (?:una )?aclaraci[oó]n', 'estoy interesad[oa]s? en (?:conocer|saber)', 'espero (?:tu|su|sus|tus) (?:pronta )?respuestas?',
  // A request for a download place or a step, or information asked for, with no "?": "cómo o donde descargo ...", "me
  // gustaría ser informado de ...", "necesitaría saber cómo ...".
  'me gustar[ií]a ser informad[oa]', '(?<!nadie |no )necesitar[ií]a (?:saber|ayuda|informaci[oó]n)', '(?:^|(?<=[,;:] )|hola,? |buenas,? )c[oó]mo (?:o d[oó]nde |y d[oó]nde )?(?:descargo|instalo|consigo|obtengo|activo|configuro|quito|desinstalo)',
  // fr
  "(?:as[- ]tu|avez[- ]vous) r[ée]ussi [àa]", 'est-ce que', "est-ce qu'", 'je me demande', 'ma question (?:est|serait)', 'merci de me (?:dire|donner|indiquer|contacter|répondre|conseiller|renseigner)', "je (?:cherche|recherche) (?:des |une |un |quelques )?(?:informations?|infos?|renseignements?|conseils?|guide)", 'je voudrais (?:des |quelques )?(?:renseignements|informations|infos|conseils|précisions)', '(?:toute|toutes les) infos? (?:est|sont) (?:la |les )?bienvenue?s?', "si quelqu'un (?:connaît|connait|sait|a)[^.!?]{0,80}(?:merci de|me contacter|me dire|écrivez|contactez|faites-moi signe|je suis preneu(?:r|se))", "j'aurais besoin d'(?:aide|informations|un conseil)", "quelqu'un (?:sait|a|peut)", 'savez-vous', 'y a-t-il', 'pourriez-vous', 'pouvez-vous', 'comment (?:faire|puis-je|peut-on)',
  "j'attends (?:votre|ta|une) réponse", 'pourrais-tu me (?:dire|donner|indiquer|envoyer|expliquer|aider)',
  "j'aimerais savoir", 'je voudrais savoir', 'je me demandais', 'je voulais savoir', '^(?:et )?(?:vous|tu) pensez? que', "quelqu'un pourrait", 'petite question ?[,:]?', 'une question ?[,:]',
  // pt
  'existe (?:alguma|uma) (?:forma|maneira|jeito|possibilidade) de', '(?:fico pensando|eu me pergunto) se', 'minha (?:pergunta|d[úu]vida) [ée]', 'algu[ée]m (?:pode|poderia|sabe) (?:me )?(?:dizer|ajudar|indicar|informar|explicar)', 'estou (?:procurando|buscando|à procura de) (?:informa[çc][õo]es|dicas|um guia|ajuda)', 'se algu[ée]m souber', 'agrade[çc]o (?:qualquer|toda) (?:informa[çc][ãa]o|ajuda|dica)', '^(?:por favor )?me (?:diga|digam|informe|ajude|ajudem|explique)', 'preciso de (?:ajuda|informa[çc][õo]es|uma informa[çc][ãa]o)', 'algu[ée]m (?:sabe|sabi|j[áa] (?:usou|utilizou|fez|conseguiu|teve))', 'fiquei com uma d[úu]vida', '(?:tenho )?uma d[úu]vida ?[,:]', 'ser[áa] que', 'me pergunt(?:o|ava) se', 'como (?:fa[çc]o|posso|se faz)', 'gostaria de saber', 'tem como', '[ée] poss[ií]vel', 'podem ajudar', 'queria saber',
  'quero saber (?:se|como|quando|onde|qual|quais|quanto|quantos|quanta|o que|por ?que|porque)', 'aguardo (?:a )?(?:sua |tua )?resposta', 'espero (?:sua|tua|a sua) resposta', '(?:poderia|pode|podia|podem|poderiam) me (?:dizer|informar|explicar|ajudar|indicar|enviar|mandar|responder)',
  // "como faço para baixar", "onde eu posso comprar", "você sabe onde ...", "... o que eu faço" closing the sentence (not "O que eu faço no trabalho
  // é programar"), asked with no "?".
  '(?:^|(?<=[,;:] )|oi,? |olá,? |ola,? )como (?:eu )?(?:fa[çcs]o (?:para|pra)|baixo|instalo|coloco)', '(?:^|(?<=[,;:] ))onde (?:eu )?(?:posso|consigo|encontro|compro|acho)',
  '(?:sabe|sabem|saber|dizer|diz|informar|indicar) onde (?:eu )?(?:posso|consigo|encontro|compro|acho)', '(?:voc[eê]|vc) sabe (?:onde|se|quando|qual|quem)', '(?:voc[eê]|vc) sabe como (?!é(?![a-z])|e )',
  'como (?:q|que) eu fa[çcs]o', '(?:^|(?<=[,;:] ))(?:e )?o (?:q|que) eu fa[çcs]o(?= *[.!?]*$)',
  // it
  'la mia domanda [èe]', 'qualcuno (?:mi )?(?:può|potrebbe|sa) (?:dire|indicare|aiutare|spiegare)', 'sto cercando (?:informazioni|info|consigli|una guida)', 'se qualcuno (?:conosce|sa|ha)[^.!?]{0,80}(?:mi faccia sapere|fatemi sapere|mi scriva|scrivetemi|mi contatti|contattatemi|me lo dica|ditemelo)', 'mi (?:potete|puoi|può|potreste|potresti) (?:indicare|dire|aiutare|spiegare|consigliare|mandare)', '(?:ogni|qualsiasi) informazione (?:è|sarà) (?:benvenuta|gradita|utile)', 'ho bisogno di (?:aiuto|informazioni|un consiglio)', 'qualcuno sa', 'avrei una domanda', 'una domanda ?[,:]', 'secondo voi', 'mi chiedevo', 'sapete (?:se|come|dove|quando|perch[ée])', 'qualcuno ha (?:esperienza|idea|idee|consigli)', 'come posso', 'come si fa', 'vorrei sapere', '[èe] possibile', 'si pu[òo]', 'potete aiutar', 'mi chiedo', "c'[èe] (?:un|qualche) modo (?:per|di)",
  '(?:attendo|aspetto) (?:una |la |vostra |tua |sua )?risposta', 'in attesa di (?:una |vostra |tua |sua )?risposta',
  // nl
  'mijn vraag is', 'ik ben op zoek naar (?:informatie|info|tips|advies|een gids)', 'als iemand (?:[^ .!?]+ ){0,3}(?:kent|weet|heeft)[^.!?]{0,80}(?:laat (?:het )?(?:me|mij) (?:even )?weten|mail me|neem contact|stuur me)', 'alle (?:info|informatie|tips) (?:is|zijn) welkom', 'ik heb (?:hulp|advies|informatie) nodig', 'hoe kan ik', 'weet iemand', 'vroeg me af', 'ik ben benieuwd (?:of|hoe|wat|waarom|wanneer)', 'heeft iemand (?:een )?(?:tip|tips|idee|ervaring)', 'weten jullie', 'is het mogelijk', 'kunnen jullie', 'kan iemand', 'ik vraag me af', 'graag (?:willen )?weten',
  'ik wacht op (?:je|jouw|uw|een) (?:antwoord|reactie)',
  // cs, sk, pl: "(Jen) by mě zajímalo, ...", "Chtěl bych se zeptat", "Nevíte někdo, jak ...", "potřebuji poradit", "poraďte
  // pls", "prosím o radu", "Mám dotaz", "Zaujímalo by ma", "Czy ktoś wie", "Mam pytanie", "proszę was o wsparcie": how
  // these readers ask, most often with no "?".
  '(?:by|bi) m[ěe] zaj[ií]malo', 'm[ěe] by zaj[ií]malo', 'zaj[ií]malo by m[ěe]', 'chtěl(?:a)? bych se (?:jen |ještě |taky |také )?zeptat', 'chtel(?:a)? bych se (?:jen |jeste |taky |take )?zeptat',
  'chci se (?:jen |ještě |jeste )?zeptat', 'm[áa]m (?:jeden |jednu |mal[ýy] |malej |takov[ýy] )?dotaz', 'potřebuj(?:i|u) (?:poradit|pomoc|radu)', 'potrebuj(?:i|u) (?:poradit|pomoc|radu)',
  // (Not "poradíte", which is also "you'll manage", nor "nevíte, co ..." mid-sentence: "Vy nevíte, co je to práce".)
  'poraďte', 'poradte', 'neporadil(?:a|i)? by', 'neporad[ií]te',
  'nev[ií]te,? (?:prosím,? |prosim,? )?(?:někdo|nekdo|nkdo)', '^(?:a |ahoj,? |ahoj lidi,? |zdravím,? |zdravim,? )?nev[ií]te,? (?:prosím,? |prosim,? |někdo,? |nekdo,? )?(?:jak|kde|jestli|zda|proč|proc|kolik|kdy|odkud|čím|cim)',
  '^(?:a )?nevíš,? (?:prosím tě,? )?(?:jak|kde|jestli|zda|proč|kolik)', '^(?:a )?nevis,? (?:jak|kde|jestli|zda|proc|kolik)',
  'v[ií]te (?:někdo|nekdo)', 'v[ií] (?:někdo|nekdo)', 'prosím o (?:radu|pomoc|postup|detailní postup|detajlní postup|cestu|info|informaci|vysvětlení)', 'prosim o (?:radu|pomoc|postup|cestu|info|informaci)', 'pls o (?:cestu|radu|pomoc)',
  'chcel(?:a)? by som sa (?:len )?(?:opýtať|opytat|spýtať|spytat)', 'neviete,? niekto', '^neviete,? (?:niekto,? )?(?:ako|kde|či|ci|prečo|preco)', 'zauj[ií]malo by ma', 'm[áa]m ot[áa]zku',
  'czy (?:ktoś|ktos|ktokolwiek) (?:wie|zna|może|moze|ma|mógłby|moglby|potrafi)', 'chcia[łl](?:a)?bym (?:się |sie )?zapyta[ćc]', 'mam (?:takie |jedno |małe |male )?pytanie', 'prosz[ęe] (?:was )?o (?:pomoc|rad[ęe]|wsparcie)', 'pom[óo]żcie', 'pomozcie',
  // ru, uk: requests for help or information, "?" or not
  'подскаж(?:и|ите|ете)', 'не подскаж(?:ешь|ете)', '(?:кто-нибудь|кто-то|может кто|никто не|кто) (?:знает|сталкивался|подскажет)', 'не (?:знаешь|знаете) ли', 'не в курсе', 'можно ли', 'есть ли (?:способ|возможность|вариант|смысл|решение)',
  'как (?:сделать|можно|мне|нам|быть|лучше|правильно|победить|исправить|избавиться|решить|заставить|добиться)', '(?:раскажи|расскажи|расскажите|объясни|объясните|поясни|поясните)(?:,? (?:пожалуйста|плиз|плз))?', 'хотел(?:а|ось)? бы (?:узнать|спросить|понять)', 'хочу (?:узнать|спросить|понять)',
  '(?:у меня|есть) вопрос', 'вопрос(?: такой)? ?[,:]', 'помогите', '(?:можешь|можете|мог бы|могли бы|не мог бы|не могли бы) (?:\\S+ )?(?:кинуть|скинуть|прислать|подсказать|объяснить|рассказать|показать|дать|выложить|сбросить)',
  'интересно,? (?:а )?(?:как|почему|зачем|что|когда|где|кто|есть ли|можно ли|будет ли|это|ли)', 'підкаж(?:іть|и)', 'як (?:зробити|можна)',
);

/** German verb-first asks when a subject follows: "Braucht man dafür eine Genehmigung", "Dürfen wir die Fotos zeigen". */
const GERMAN_VERB_FIRST =
  '(?:braucht|brauchen|dürfen|darf|lohnt|reicht|geht|kommt|bleibt|stimmt|klappt|funktioniert|läuft|hilft|passt|weißt|wisst|kennt|kennst|hast|seid|bist|würde|würdet|würden|wäre|wären|sollten|müssen|hättet|hätte|hält|gilt|zählt|nutzt|benutzt|verwendet|bekommt|sieht|findet|macht|merkt) (?:man|ihr|du|wir|jemand|es|sich|das)' +
  // ... unless it is a condition ("Wäre es nicht so kalt, würden wir rausgehen").
  '(?![^,.!?]*, *(?:würde|wäre|hätte|könnte|müsste|sollte|dann|so)[a-zäöü]*)';

/** A question word and an auxiliary: "wie gross muss", "how long does", asking with or without a "?". */
export const WH_AUXILIARY = new RegExp(
  String.raw`^\s*(?:(?:how|what|where|when|which|who|wie|was|wo|wann|welche[rsnm]?|wer|cómo|qué|dónde|cuándo|cuánto|comment|où|quand|quel(?:le)?s?|come|dove|quando|quanto|como|onde|quanto|hoe|waar|wanneer|welke?)\s+(?:\S+\s+)?(?:muss|müssen|kann|können|soll|sollte|darf|ist|sind|hat|haben|wird|werden|do|does|did|can|could|should|would|is|are|was|will|much|many|long|big|large|puedo|puede|debo|es|peut|dois|faut|est|posso|può|devo|è|kan|moet|is)(?!\p{L})|` +
    // German asks by word order: a question word, then the verb before its subject ("Wie lange dauert es", "Womit fotografiert ihr"),
    // or the verb first ("Braucht man dafür eine Genehmigung").
    String.raw`(?:wie|was|wo|wann|warum|wieso|weshalb|woran|womit|wozu|wofür|worauf|welche[rsnm]?)\s+(?:[^\s,;:]+\s+)?[^\s,;:]+\s+(?:es|man|ihr|du|wir)(?!\p{L})|` +
    `${GERMAN_VERB_FIRST}(?!\\p{L})|` +
    // Other languages' unambiguous shapes: Polish "czy", French verb-pronoun inversion ("Où as-tu", "Peut-on"), Spanish
    // accented question words before a verb, Dutch verb before "je"/"u" ("Welke camera gebruik je", "Kan je ook").
    String.raw`(?:czy|gdzie|dlaczego|czemu|skąd|dokąd)\s|gibt es\s|(?:[^\s-]+\s+){0,2}[^\s-]+-(?:t-)?(?:tu|vous|ils?|elles?|on|je|nous)(?![\p{L}-])|` +
    String.raw`(?:qué|dónde|cuándo|cuál|cuáles|quién|cuánto|cuánta|cuántos|cuántas|por qué)\s+(?:[^\s,;:]+\s+)?[^\s,;:]+(?:s|es|as|aste|iste|an|en|o)(?!\p{L})|` +
    String.raw`(?:waar|wanneer|hoe|wat|welke|waarom|wie|hoeveel)\s+(?:[^\s,;:]+\s+){0,2}?[^\s,;:]+\s+(?:je|jij|u|jullie)(?!\p{L})|(?!weet je wat\b)(?:kan|kun|heb|wil|gebruik|weet|ken|zou|moet|mag|ga|doe|vind)t?\s+(?:je|jij|u|jullie)(?!\p{L}))`,
  'iu',
);

/** A sentence that opens like a question (subject-auxiliary inversion or a question word). */
export const QUESTION_OPENING = new RegExp(
  '^(?:(?:and|but|so|also|ok|okay|hi|hello|hey|btw|@\\S+)[, ]+)*(?:' +
    // An auxiliary opens a question only before its subject: "could also do", "would be nice", "can be done" state.
    `(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must)(?![${L}])(?! (?:also|just|be|been|have|do|go|get|use|try|not|still|probably|maybe|easily|only|definitely|certainly|already|fix|check|look|test|update|add|confirm|work|help|love|like|need|want|report|merge|release|close|investigate)(?![${L}]))|` +
    'isn\'t|aren\'t|doesn\'t|don\'t|didn\'t|can\'t|won\'t|wouldn\'t|shouldn\'t|' +
    'how|what|why|when|where|which|who|whom|whose|' +
    `${GERMAN_VERB_FIRST}|` +
    'wie|was|warum|wieso|weshalb|wann|wo|woher|wohin|woran|womit|wozu|wofür|worauf|wovon|welche[rsnm]?|gibt es|kann|können|könnte|ist|sind|hat|haben|habt|wird|werden|soll|sollte|muss|darf|kannst|könnt|könntest|' +
    'qu[ée]|c[oó]mo|por qu[ée]|cu[aá]ndo|d[oó]nde|cu[aá]l|qui[eé]n|' +
    'quoi|pourquoi|quand|o[uù]|quel(?:le)?s?|comment|combien|(?!rendez-)[a-zàâçéèêëîïôûù]+-(?:t-)?(?:tu|vous|on|ils?|elles?|nous)(?![a-z-])|' +
    'o que|por que|quando|onde|qual|quem|como|' +
    'cosa|perch[ée]|quando|dove|quale|chi|come|' +
    'hoe|wat|waarom|wanneer|waar|welke|wie|kan|kunnen|is er|zijn er|heb je|hebt u|heeft (?:iemand|u|het)|weet (?:iemand|je|u)|kun je|kunt u|zou (?:je|u|het)|mag ik|moet ik|werkt het|' +
    'czy|jak|jaki[ea]?|dlaczego|czemu|kiedy|gdzie|skąd|dokąd|kto|ile|któr(?:y|a|e)|' +
    // ru: question words that rarely open a statement ("как" and "что" often do: "Как всегда, ...")
    'почему|зачем|когда|где|куда|откуда|сколько|какой|какая|какое|какие|каким|каких|чем|кто|а как|а что|а где|а почему|а зачем|а когда|а кто|что значит|что делать|нет ли|есть ли|можно ли' +
    `)(?![${L}])`,
);

// A Japanese bare "か" or "かな" with no "？" closes a realisation or a musing ("沖縄か。いいな。", "そりゃそうか。",
// "１ギル１２．６円かな"): only the polite forms ask without the mark ("どこですか。", "ありますか。").
// (Japanese: also the recall question "...でしたっけ", "使えるんですっけ", and a full-width period closing it.)
export const QUESTION_CJK_END = /(?:吗|嗎|么|麼|でしょうか|(?<!そう)ですか|ますか|ませんか|(?<=[だたす])っけ|까요|나요|습니까|인가요|는지요)[\s。.．!！~～…]*$/u;

/**
 * "看看能不能成功", "你看下两个Context是否是同一个", "确认一下是否有问题": a whether-clause after a verb of checking tells
 * the reader what to check; it asks nothing (development sets: 9 such sentences without a question mark, 1 a question).
 */
const CHECKED_WHETHER = '(?<!(?:看看|看下|看一下|确认一下|确认|確認|检查一下|检查|檢查|试试|试一下|測試|测试一下|测试)[^，。？?！!]{0,25})';
export const QUESTION_CJK = anywhere(
  // Asks readers type in Chinese comments: a 吗 closed by an emoticon code ("可以转载吗[嘻嘻]"), the colloquial "有嘛",
  // "为啥" (why), "哪儿有" (where is there), "求指导" (guidance wanted), "想知道" (I'd like to know), "请教" (asking advice).
  '(?:吗|嗎|(?<![么麼])么|(?<![么麼])麼)(?:\\[[^\\]]{1,6}\\])+\\s*$', '(?<![没沒])有嘛[？?]?\\s*$', '为啥', '為啥', '哪(?:儿|里|裡)有', '(?<![寻尋要追请請需])求(?:指导|指導|指教|助|解答|教|推荐|推薦|帮助|幫助)', '(?<!不)想知道', '请教(?!了)', '請教(?!了)',
  // Japanese asks for help told as statements: "誰か助けてください", "どうしたらいいんだろう".
  '助けて(?:ください|下さい)', 'どうしたら(?:いい|良い)(?!か[、,]|かやっと|か分か|かわか)',
  '어디서', '어디에서', '请问', '請問', '想(?:问|問)(?:一下)?', '什么时候', '什麼時候', '(?:多少钱|多少錢)', '(?<!不管|无论|無論|不论|不論)怎[么麼]', '为什么', '為什麼', '如何', `${CHECKED_WHETHER}能不能`, `${CHECKED_WHETHER}可不可以`, `${CHECKED_WHETHER}是否`, '同问', '同問', '在哪', '咋办', '什么原因', '啥原因', '(?<!また)教えて', 'どうすれば', 'どうやって', 'なぜ', '何故',
  // ja: a help request announced or put politely, "?" or not: "〜について質問です", "お聞きしたいです", "ご存知の方いますか", "何でしたっけ".
  '(?:の|について|に関する|に関して|という)(?:ご)?質問', '質問(?:です|があります|がございます|させて)', '(?:お聞き|お伺い|お尋ね)したい', '(?<!また)教え(?:ていただけ|て頂け|てくださ|て下さ)', 'ご存[知じ]の方', 'わかる方', '分かる方', 'どなたか', 'でしたっけ', 'ましたっけ', 'だっけ', '伺いたい', '知りたい(?:です|と思)', '(?:すれば|したら)(?:いい|良い|よい)の(?:か|でしょう)');

/** Questions that are exclamations, not requests for an answer. */
export const RHETORICAL = words(
  'who knew', "what(?:'s| is) not to (?:love|like)", "isn't (?:it|that|this) (?:great|amazing|wonderful|awesome|beautiful|cool)",
  'how (?:cool|awesome|great|amazing|nice|lovely|beautiful|neat) is (?:that|this)', 'what more could (?:i|you|we|one) (?:ask|want)',
  'what would (?:i|we) do without', 'could (?:it|this|that) be any', 'can it get any better', "why didn't i think of", 'need i say more',
  'how did i (?:ever )?live without', "who wouldn't", 'ist das nicht (?:toll|schön|super)', "n'est-ce pas", '¿no es genial', 'right\\?',
  'what a', 'how lucky', 'how wonderful', 'how beautiful', 'wer hätte das gedacht', 'wer (?:denn )?sonst',
);

/** Forms of address that make a question answerable by staff or the author rather than rhetorical. */
export const ADDRESSED = words(
  'you', 'your', 'anyone', 'anybody', 'someone', 'somebody', 'i', 'my', 'me', 'we', 'us', 'our', 'staff', 'admin', 'author',
  'sie', 'ihr', 'du', 'euch', 'jemand', 'wer', 'ich', 'mir', 'mich', 'man',
  'usted', 'ustedes', 'alguien', 'vous', 'tu', "quelqu'un", 'je', 'você', 'vocês', 'alguém', 'eu', 'voi', 'lei', 'qualcuno', 'io', 'jullie', 'u', 'iemand', 'ik',
);

/**
 * Rhetorical question shapes beyond RHETORICAL: tag questions ("..., right?", "oder?", "nicht wahr?",
 * "n'est-ce pas ?"), "who even/who cares", and suggestions in question form ("How about ...?", "Why not ...?")
 * which the conventions label as suggestions (`other`).
 */
export const TAG_QUESTION = new RegExp(
  `(?:(?:^|[,;:—–\\-]\\s*|\\s)(?:right|no|eh|huh|isn't it|aren't they|don't you think|wouldn't you agree|or not|oder|oder nicht|nicht wahr|gell|ne|n'est-ce pas|non|pas vrai|¿?verdad|¿?o no|vero|non è vero|toch|of niet|né|não é|certo)|,\\s*(?:doesn't it|don't they|don't you|won't you|will you|isn't that|wasn't it|didn't it|don't we|hasn't it|haven't you|aren't you|wasn't that|can't you))\\s*[?？]+[\\s\\p{Emoji_Presentation}:;()\\-DPp]*$`,
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

export const RHETORICAL_CJK = anywhere('难道', '難道', '何必', '岂', '豈', '谁又', '誰又', '哪有', '不是吗', '不是嗎', '对吧', '對吧', '又怎么样', '又怎麼樣', 'じゃないですか', 'だろうか', '誰が気にする',
  // A suggestion ("水風呂はいかがでしょうか？") and a retort ("仕事ですが、何か？") ask nothing. The retort ends there:
  // "勉強したいのですが、何かいい文献はありますか？" asks for literature.
  'いかが(?:でしょうか|ですか)?[？?]?\\s*$', 'ですが、?何か[？?!！。…]*\\s*$',
  // A hedged claim closed by "?" ("return してしまっているのが問題なのではないでしょうか。", "標準入力が空かも？", "アイディアだけじゃね？"):
  // the writer's own guess, offered as an answer (development sets: 14 comments without a question, 3 with one).
  '(?:の|ん)では(?:ないでしょうか|ないですか|ないか)?[？?。]', 'かも(?:しれない|しれません)?[？?]', 'じゃね[ぇー]?[？?]');

export const SUGGESTION_QUESTION = new RegExp(
  `^(?:(?:and|so|but|also|maybe|perhaps|und|aber|et|y|e)[, ]+)?(?:how about|what about adding|why not|why don't you|wie wäre(?:'s| es)|wie wärs|warum nicht|pourquoi ne pas|et si on|¿?por qué no|¿?qué tal si|e se|perché non|waarom niet)(?![${L}])` +
    `|(?:question\\/suggestion|suggestion|feature request)\\s*:|why (?:doesn't|does not|don't|do not|isn't|can't) (?:the|this|your|it) (?:\\S+ ){0,3}(?:have|support|offer|include|allow|let)`,
);

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
  `^(?:no(?=\\s*[,.!:;…]|\\s*$)|nope|nothing|nobody|no one|none|never|of course|exactly|obviously|nein|nichts|niemand|keiner|nie|natürlich|genau|non|personne|rien|jamais|évidemment|nada|nadie|nunca|claro|não|ninguém|nessuno|niente|mai|nee|niets|nooit|没有|沒有|不会|不會` +
    // "Why? Because ...", "Gibt es das? Ja, seit Jahren.": the writer gives the reason or the yes at once.
    // "Die Alpha und Omega? Ganz einfach, ...", "Angst? Kommt darauf an, ...": the writer gives the answer at once.
    `|ganz einfach|ganz klar|kommt (?:drauf|darauf) an|wohl kaum|sicher nicht|simple|easy|it depends|c'est simple|muy (?:sencillo|f[áa]cil)|es sencillo` +
    `|because|weil|parce que|porque|perché|omdat|bo|ponieważ|nikt|nic|nigdy|oczywiście|(?:yes|yep|ja|jawohl|oui|sí|sim|tak)(?=[,.!:])` +
    `)(?![${L}])`,
);

/**
 * How-are-you asked in greeting, alone or after a greeting and a name: "Olá, tudo bem?", "Fala aí Guilherme, beleza?",
 * "Hi Tom, how are you?", "Salut, ça va ?". Matched against a whole (lower-cased) sentence: small talk, not a question
 * anyone is waiting on.
 */
export const GREETING_QUESTION = new RegExp(
  `^(?:@\\S+[,:]?\\s+)*(?:(?:olá|ola|oi|opa|fala aí|fala ai|e aí|e ai|bom dia|boa tarde|boa noite|hi|hello|hey|hiya|hola|buenas|buenos días|bonjour|salut|coucou|ciao|salve|hallo|hey|moin|servus|hoi|cześć|witam|привет|здравствуйте)` +
    `(?:[,!.]?\\s+(?!tudo|beleza|blz|como|how|what|qué|que|cómo|ça|comment|come|tutto|wie|alles|hoe|jak|co|как)[\\p{L}.'-]+){0,3}[,!.]?\\s+)?[¿]?` +
    `(?:tudo (?:bem|bom|certo|tranquilo|joia|jóia)(?: com (?:você|vc|vocês|voces))?|td (?:bem|bom)|beleza|blz|como vai(?: você| vc)?|como (?:está|estás|estão|vão)(?: (?:você|vc|vocês))?|` +
    `how are (?:you|u|ya|things)(?: doing)?(?: today)?|how(?:'s| is) it going|how have you been|what'?s up|` +
    `qué tal(?: (?:estás|están|todo|andas))?|cómo (?:estás|están|va|andas|te va)|todo bien|` +
    `ça va|ca va|comment (?:ça va|ca va|vas-tu|allez-vous)|` +
    `come (?:stai|state|va)|tutto (?:bene|ok)|` +
    `wie geht(?:'?s| es)?(?: (?:dir|euch|ihnen))?|alles (?:gut|klar|fit)(?: bei (?:dir|euch|ihnen))?|` +
    `hoe gaat (?:het|ie)(?: met (?:je|jou|jullie|u))?|alles goed|jak (?:się masz|leci)|co słychać|как (?:дела|ты|вы|поживаешь|поживаете))` +
    `\\s*[?？!]*[?？][?？!]*\\s*[\\p{Emoji_Presentation}:;()\\-DPp]*\\s*$`,
  'u',
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

/** A greeting to the forum or its readers opening a post ("Hallo liebe Gemeinde", "Bonjour à tous", "Hi everyone"): a request follows. */
export const GREETING_OPENING =
  /^\s*(?:hi|hello|hey|howdy|greetings|dear (?:all|friends|experts)|hallo|servus|moin|grüß ?gott|guten (?:tag|morgen|abend)|bonjour|bonsoir|salut|hola|buenas|buenos días|ciao|salve|buongiorno|olá|oi|bom dia|boa tarde|hoi|goedemiddag|goedemorgen|dag)(?![\p{L}])/iu;
