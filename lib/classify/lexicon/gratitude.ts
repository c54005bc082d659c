// Gratitude and praise, and the look-alikes that are neither (irony, sign-offs, thanks in advance, thanks for a report).
import { words, anywhere } from './patterns';

/** Gratitude, 9+ languages. */
export const THANKS = words(
  // en
  'thanks?', 'thank ?you', 'thankyou', 'thx', 'tnx', 'tyvm', 'thnx', 'thanx',
  // Letters drawn out in delight: "thankssss", "Thaaaanks", "Graciasssss", "merciii", "grazieee", "obrigadooo".
  'tha{2,}nks*', 'thanks{2,}', 'gracias{2,}', 'merci{2,}', 'grazie{2,}', 'danke{2,}', 'obrigad(?:o{2,}|a{2,})',
  // "ty" only as English chat thanks ("ty!", "ok ty", "works now, ty :)", "ty so much"): in Czech, Slovak and Polish it
  // is "you" or "those" ("Nechceš sem vystavit i ty ostatní?", "Tohle jsi napsal ty!"), and read as thanks it made 18 of
  // their development comments lead with thanks. So: opening the sentence, after an English cue, or before English words.
  '(?:ok|okay|kk|cool|great|perfect|nice|awesome|works(?: now)?|got it|done|fixed|solved)[,!. ]+ty(?= *(?:[!.,)]|:\\)|$))',
  "^ty(?= *(?:[!.)]|:\\)|$)|, (?:that|this|it|it's|works|i|i'll|got|now|will|the|you))",
  'ty +(?:so much|very much|for (?:the|your|this|that|sharing|all|everything|help)|guys|all|everyone|again)', 'cheers', 'much appreciated', 'i appreciate',
  'appreciate (?:it|this|that|you|your|the)', 'grateful', 'kudos', 'many thanks', 'props to',
  // es
  'gracias', 'grasias', 'mil gracias', 'muchas gracias', 'te lo agradezco', 'agradecid[oa]s?', 'agradezco',
  // fr
  'merci', 'je vous remercie', 'remerciements?', 'reconnaissante?',
  // de
  'danke', 'dankesch[öo]n', 'vielen dank', 'herzlichen dank', 'besten dank', 'dank dir', 'dank euch', 'ich bedanke mich', 'tausend dank', '(?:möchte|will|muss|darf) mich (?:[^ .,!?]+ ){0,3}bedanken', 'bedanke mich', 'dankbar',
  // The noun, thanking someone or for something: "Dank für diesen Artikel", "Von Herzen Dank für ...", "Ich schließe mich dem Dank an Herrn W. an".
  'dank (?:für|an) (?:diese[nrsm]?|den|die|das|ihre?[nrsm]?|deine?[nrsm]?|eure?[nrsm]?|euch|sie|dich|alle|allen|herrn|frau|das team)',
  // pt
  'obrigad[oa]s?', 'muito obrigad[oa]', 'valeu', 'vlw', 'agrade[çc]o',
  // it
  'grazie', 'grazie mille', 'ti ringrazio', 'vi ringrazio', 'la ringrazio',
  // nl
  'bedankt', 'dank je(?: wel)?', 'dank u(?: wel)?', 'hartelijk dank', 'dankjewel', 'dankuwel',
  // pl, sv/no/da, cs, ru, tr ("tak" alone is Polish "yes": Danish thanks only as "tak for", "mange tak")
  'dzięki', 'dziękuj(?:ę|e|emy)', 'dziekuj(?:e|emy)', 'tack(?: så mycket)?', 'tusen tack', 'tusind tak', 'mange tak', 'tak for', 'takk', 'tusen takk',
  'děkuj(?:i|u|eme)', 'dekuj(?:i|u|eme)', 'díky', 'diky', '(?:dík|dik) (?:moc|za)', 'dík(?= *[!.,…:;)]| *$)', 'ďakuj(?:em|eme)', 'dakuj(?:em|eme)', 'vďaka', 'teşekkürler', 'teşekkür ederim', 'tesekkurler',
  // hr/sr/sl/bs, fi, hu, ro, et, lt, lv, ca, eu, af, id/ms, vi: the plain word readers use
  'hvala', 'kiitos', 'köszönöm', 'köszi', 'mul[țţt]umesc', 'mersi', 'aitäh', 'ačiū', 'paldies', 'gràcies', 'gracies', 'moltes gràcies', 'eskerrik asko', 'dankie',
  'terima kasih', 'cảm ơn', 'cám ơn', 'cam on (?:ban|anh|chi|chị|em|nhieu|nhiều|ca nha|mọi người|moi nguoi)',
  // ru, uk: with the colloquial spellings readers type ("спасибки", "спс", "пасиб", "сенкс")
  'спасиб(?:о|а|ы|ки|очки|ище)?', 'спс', 'пасиб(?:о|ки)?', 'с[эе]нкс', 'благодар(?:ю|им|ствую)', 'дяку(?:ю|ємо|єм)', 'щиро дякую',
);

export const THANKS_CJK = anywhere(
  'ありがとう', '有難う', '有り難う', '感謝', 'サンキュー', 'どうも', 'お疲れ様', 'おつかれさま',
  '谢谢', '謝謝', '感谢', '多谢', '多謝', '感恩', '辛苦了', '謝啦', '谢啦', '3q',
  '감사합니다', '고맙습니다',
  // ko: thanks for the effort and the reader's sign-off of a visit ("잘 보고 갑니다", read it well, leaving), praise
  // of the photos, congratulations.
  '수고하셨습니다', '수고 많으셨', '수고하셨어요', '잘 보고 갑니다', '잘 보고 가요', '잘 봤습니다', '잘 읽었습니다', '잘 읽고 갑니다', '예뻐요', '멋져요', '멋있어요', '축하드려요', '축하드립니다',
);

// 👍 and 💯 approve ("Werd da mitmachen 👍"): agreement, not gratitude.
export const THANKS_EMOJI = anywhere('🙏', '❤️?', '♥', '💕', '💖', '😍', '🥰', '👏', '🤗', '🙌');

/** Praise of the post, work or author: counts as thanks when it is the point of a short sentence. */
/**
 * What may follow a whole sentence of praise: spaces, "!", smileys and emoji (surrogate pairs: the lexicon's regexes are
 * compiled without the 'u' flag, for speed). Not a full stop: "Cool. I'll try that tomorrow" and "Muy bien. Lo reviso
 * mañana" acknowledge; nor "(" alone, which frowns ("Cool :(").
 */
const PRAISE_ENDS = `(?:[ !¡…~,:;)^_=*+'\\-]|[:;=x8]-?[)dp]|[\\u2600-\\u27bf\\ufe0f]|[\\ud83c-\\ud83e][\\udc00-\\udfff])*$`;

const PRAISE_INTENSIFIERS = 'so|very|really|just|simply|sehr|einfach|echt|richtig|très|trop|vraiment|muy|muito|molto|davvero|heel|erg|zeer';
/** Whom a one-word praise may hail, and what may close it: "Goed idee man!", "Buenísimo amigo :)". */
const PRAISE_CLOSE = `(?: (?:man|sir|maestro|amigo|cara|mate|dude))?(?=${PRAISE_ENDS})`;

export const PRAISE = words(
  'great (?:post|article|job|work|read|review|idea|write-?up|tutorial|guide|photos?|pictures?|shots?|stuff|tip|news)',
  'well done', 'well written', 'you write (?:so |really |very )?(?:well|beautifully)', 'nice (?:post|article|work|job|one|photos?|pictures?|shots?|read|writeup|write-up)', 'good job', 'good (?:site|blog|post|article|read|write-?up|stuff|work)(?= *[!.…]*$)',
  'love (?:this|it|that|the|your|these|how)', 'loved (?:this|it|the|your)', 'i love', 'awesome', 'amazing', 'brilliant', 'fantastic',
  'wonderful', 'excellent', 'superb', 'beautiful', 'lovely', 'gorgeous', 'stunning', 'marvel+ous', 'incredible', 'impressive',
  // A loyal reader's praise: "I'm never disappointed", "je ne suis jamais déçu", "nie enttäuscht", "nunca me decepciona".
  "(?:i'm|i am|i've|i have) never (?:been )?disappointed", 'never disappoints?', 'jamais déçue?s?', "(?:ne|n')\\S* jamais déçue?s?", 'nie enttäuscht', 'nunca (?:me )?(?:ha )?decepcion(?:a|ado|ada)', 'mai delus[oa]',
  // Congratulations on the blog's or the author's day count as thanks ("Happy blogiversary!", "Alles Gute zum Bloggeburtstag").
  'happy (?:\\S+ )?(?:birthday|b-?day|anniversary|blog\\S*versary|blog-?\\S*versary|blogday|blog day|\\d+(?:st|nd|rd|th))', 'many happy returns', 'herzlichen glückwunsch', 'alles gute zum (?:\\S+ )?(?:geburtstag|jubiläum|bloggeburtstag|blog-geburtstag)',
  'feliz (?:cumpleaños|aniversario|aniversário)', '(?:joyeux|bon) anniversaire', 'buon (?:compleanno|anniversario)', 'gefeliciteerd', 'fijne verjaardag',
  'what an? (?:great |lovely |beautiful |wonderful |amazing |fantastic )?(?:read|write-?up|post|adventure|journey)(?= *!)', 'what an? (?:great|lovely|beautiful|wonderful|amazing|fantastic) story', "quel(?:le)? (?:beau |bel |belle |superbe |magnifique )?(?:récit|reportage|article|aventure|voyage)(?= *!)", 'che (?:bel|bello|bella|bei) (?:racconto|post|articolo|foto|blog|resoconto|viaggio|reportage)', 'wat een (?:mooi |prachtig |geweldig )?(?:verslag|avontuur|reis)(?= *!)', 'wat een (?:mooi|prachtig|geweldig) verhaal', 'bravo', 'congrat(?:ulation)?s', 'congratulations', 'helpful', 'very useful', 'so useful', 'life ?saver', 'you rock', 'you rule',
  'never (?:disappoints?|fails to (?:amaze|impress|inspire|delight))', 'favou?rite (?:blogs?|sites?|websites?|posts?|podcasts?|apps?|writers?|authors?|reads?)', 'one of (?:my|the) (?:favou?rites|best)', 'keep up the (?:good|great|amazing|excellent) work', 'keep it up',
  'interesting (?:post|read|article|piece|write-?up|presentation|talk|video|series)', 'great', 'perfect', 'wow', 'so cool', '(?:very|really) cool(?= *[!.]*$)', 'so nice', 'very nice', 'really nice', 'nice', 'inspiring', 'informative',
  // Delight at the author's work: "You always make me smile", "Made my day!", "What a slam dunk".
  '(?:you|your (?:posts?|blog|photos?|words|videos?|stories)) (?:always |really |just )?(?:make|makes|made) me (?:smile|laugh)', 'made my (?:day|week|morning)', 'slam dunk',
  // food blogs: praise of the recipe is praise of the author's work
  'delicious', 'yumm?y?', 'tasty', 'scrumptious', 'mouth-?watering', 'looks? (?:so |really |very |absolutely |just )?(?:good|yummy|tasty|delicious|amazing|fantastic|incredible|divine|heavenly|wonderful|lovely|gorgeous|fabulous|scrumptious|beautiful|great)',
  '(?:will|would|gonna|going to) (?:definitely |surely )?(?:make|bake|cook) (?:this |these |it |them )?again', "(?:can't|cannot) wait to (?:try|make|bake)",
  // ru, uk: praise of the post or the author, the blog's birthday and the season's greetings to the author
  '(?:очень |весьма |крайне |довольно |реально |просто )?(?:интересн|полезн|познавательн|классн|отличн|замечательн|прекрасн|хорош|крут|шикарн|великолепн|оригинальн|остроумн|толков|грамотн|годн|клёв|клев)(?:ая|ый|ое|ые|ий|о) (?:статья|статьи|материал|пост|заметка|запись|решение|метод|способ|работа|блог|штука|идея|трюк|при[её]м|вещь|сайт|обзор|подход|подборка|дизайн|презентация|доклад|объяснение|чтиво|штуковина)',
  'класс(?:но|ный|ная|ное|ные)?', 'отлично', 'супер', 'здорово', 'круто', 'браво', 'молод(?:ец|цы|чина)', 'мала?д[еэ]+ц', 'красав(?:чик|чики|ец|цы)', 'респект', 'з[ао]ч[её]т(?:но)?', 'шикарно', 'великолепно', 'замечательно', 'прекрасно', 'блестяще',
  '(?:мне |нам )?(?:очень |реально |жутко |весьма )?понравил(?:ось|ась|ся|ись)', '(?:очень )?нравится', 'поздравля(?:ю|ем)', 'поздравления', 'так держать', 'всех благ', 'творческих успехов', 'успехов (?:тебе|вам|блогу)',
  'с (?:новым годом|наступающим|наступившим|прошедшим|праздником|праздниками|рождеством|днём рождения|днем рождения|днюхой|юбилеем)', '(?:весьма |очень )?(?:полезно|познавательно)(?= *[!.)]|$)', 'взял(?:а)? на вооружение', '(?:добавил|занёс|занес|утащил)(?:а)? (?:к себе )?в (?:закладки|избранное)', '(?:пиши|пишите|пешы) (?:ещ[её]|исчо|исчё|почаще)',
  'дуже (?:цікаво|корисно|дякую)', 'чудово', 'класно', 'гарна (?:стаття|робота)',
  // Colloquial praise: "суперский отчет!", "Клёво...", "Клевенько)))", "молодца", "интересно написано", "Приятный сайт".
  'неплох(?:ой|ая|ое|ие) (?:пост|статья|материал|обзор|блог|сайт|подборка|заметка)', 'красава', 'суперск(?:ий|ая|ое|ие|о)', 'кл[её]во', 'клевенько', 'молодца', '(?:очень |весьма )?(?:интересно|хорошо|отлично|здорово|толково|грамотно) написано', 'приятн(?:ый|ая|ое) (?:сайт|блог|дизайн|чтение)',
  // de
  'toll(?:er|e|es|en)?', 'super', 'klasse', 'großartig(?:er|e|es|en)?', 'grossartig', 'spitze', 'genial(?:er|e|es|en)?', 'wunderbar(?:er|e|es|en)?',
  'schön(?:er|e|es|en)?', 'hervorragend(?:er|e|es|en)?', 'gut recherchiert', 'lesenswert(?:er|e|es|en)?', 'klasse artikel', 'gro(?:ß|ss)er artikel',
  'weiter so', 'respekt', 'sehr (?:interessant|informativ|hilfreich|lehrreich)(?:er|e|es|en)?', '(?:sehr|so|super|total|mega|richtig|einfach|echt|voll) ?lecker(?:er|e|es)?', '(?:war|waren|ist|sind) (?:sehr |super |total |richtig |echt |so )?lecker(?!\\S* (?:ja|doch|eh|immer|ohnehin))', 'lecker ?!', 'köstlich(?:er|e|es|en)?', 'der hammer', 'sieht (?:sehr |so |total |echt )?(?:lecker|gut|toll|köstlich) aus', 'echt gut', 'sehr gut', 'inspirierend', 'hübsch', 'wundersch[öo]n(?:er|e|es|en)?', 'herrlich(?:er|e|es|en)?', '(?:herzlichen )?glückwunsch', 'gratuliere', 'gratulation(?:en)?', 'ad multos annos',
  // Colloquial praise of the pictures or the post: "Schicke Fotos", "sehr cool", "Hammer Bild", "Sauber!".
  'schicke[rns]? (?:fotos?|bilder?|seite|design|blog|theme|sache|bildunterschriften|video)', '(?:sehr|echt|total|richtig|voll|ganz) schick(?= *[!.…]|$)', 'coole[rns]? (?:fotos?|bilder?|sache|seite|idee|aktion|videos?|bildunterschriften|bericht|artikel)', '(?:sehr|echt|total|richtig|voll) cool(?:e[rns]?)?(?= *[!.…]|$| (?:fotos?|bilder?|sache|idee))', 'hammer ?(?:bild|bilder|foto|fotos|video)', '^sauber(?= *!)',
  '(?:gut|schön|toll|super|spannend|klasse) geschrieben(?:er|e|es)?', '(?:treffend|wunderbar|hervorragend|brillant|exzellent|präzise|glänzend|großartig|scharf|messerscharf) (?:geschrieben|formuliert|zusammengefasst|analysiert|beschrieben|dargestellt|beobachtet|kommentiert)',
  '(?:sehr )?(?:gute[rsn]?|tolle[rsn]?|exzellente[rsn]?|brillante[rsn]?|hervorragende[rsn]?|starke[rsn]?|kluge[rsn]?|treffende[rsn]?) (?:artikel|text|texte|beitrag|beiträge|analyse|analysen|dokumentation|zusammenfassung|essay|bericht|kolumne|kommentar des autors)(?![\\wäöüß])', 'bravourös', 'virtuos', 'erstklassig(?:er|e|es|en)?', '^(?:sehr |wirklich |absolut )?treffend(?= *[!.…]*$)', 'gut gebrüllt',
  '(?:gut|super|toll|klasse|verständlich|anschaulich) erklärt', 'schreibst (?:so |sehr |wirklich |echt |immer )?(?:schön|toll|lebendig|gut|unterhaltsam|spannend|witzig|herrlich)',
  // es
  '(?:te|os|le|les) (?:ha|han) quedado (?:perfect|genial|precios|bonit|estupend|increíble|riquísim|buenísim)\\S*', 'estupend[oa]', 'genial', 'excelente', 'maravillos[oa]', 'precios[oa]', 'hermos[oa]', 'buen(?:ísimo|isimo| trabajo| post| artículo)', 'felicidades', 'enhorabuena', '(?:un |mi |nuestro )?(?:profundo |gran |sincero |enorme )?agradecimiento', 'fant[áa]stic[oa] (?:entrada|artículo|post|trabajo)', 'nivelazo', 'chul[ií]sim[oa]s?', '(?:sigue|seguid|siga|sigan) así(?= *!)', 'felicitaciones', '(?:te|les|lo|la|os) felicito', '(?:sensacional|espectacular|extraordinari[oa])(?:es|s)?(?= *[!.…]|$| (?:tu|su|tus|sus|el|la|las|los|me parece|relato|reportaje|fotos?|trabajo|crónica))', 'magistral(?:es)?', '(?:muy |my )?buen[oa]s? (?:relato|narrativa|narración|crónica|reportaje|artículo|entrada|fotos?|historia|descripción|blog|sitio)', 'da gusto leer(?:te|le|los|la)', '(?:una dicha|un placer|un gusto) leer(?:te|le|los)', 'muy (?:bueno|buena|interesante|útil|bonito|bonita|completo|completa|orientativo|instructivo|educativo)', 'muy bien (?:el|tu|este|su) (?:art[ií]culo|post|blog|tutorial|texto|video)', 'delicios[oa]', 'riquísim[oa]', 'qué rico', 'me encant(?:a|ó|o|an|aron)',
  // fr
  "(?:c'est|quel|quelle|voilà) (?:un |une )?(?:beau|belle|magnifique|superbe|joli|jolie)", 'génial', 'magnifique', 'très (?:bien|bon|intéressante?s?|instructif|instructive|utile|clair|claire|beau)', "(?:réflexion|article|billet|initiative|idée|astuce|solution|tuto|tutoriel|analyse) (?:très |vraiment |super |des plus )?(?:intéressante?|excellente?|géniale?|honorables?|utile|pratique|astucieuse?|ingénieuse?)", 'super article', 'délicieu(?:x|se)', 'miam', 'superbe', 'exc[ée]+l+ent(?:e|s|es)?', 'ma-?gni-?fi-?que', 'félicitations', "j'adore", 'jamais déçue?s?', 'toujours un (?:plaisir|régal)', 'très beau', 'bel article',
  // "Trop excellentes ces photos!", "j'aime tes photos", "beau boulot!", "Très belles photos", "Je tiens à vous remercier".
  "j'aime (?:beaucoup |bien |vraiment )?(?:bien )?(?:ce|cet|cette|ton|ta|votre) (?:article|billet|blog|site|post|tuto|thème|design)", "j'aime bien(?= *[!.…:;)]| *$)", 'je suis fan', 'tout simplement (?:énorme|génial|géniale|parfait|magnifique|superbe|excellent)', 'longue vie (?:à|au)',
  'trop (?:excellente?s?|belles?|beaux|bien|top|génial(?:e|es)?|sympa|chouette)(?= *[!.…]| *$| (?:ces?|cette|tes|vos|la|le|les|ton|ta|votre) )', "j'(?:aime|adore) (?:beaucoup |bien |vraiment )?(?:tes|vos|ses|ces) (?:photos?|images?|textes?|articles?|billets?|mix(?:es)?|dessins?|vidéos?)",
  'beau (?:boulot|travail)', 'très (?:belles?|beaux) (?:photos?|images?|clichés?|prises? de vue)', 'joli(?:e|es|s)? (?:photos?|cadrages?|boulot|travail|clichés?|images?)',
  '(?:tiens|tenais|voulais|veux|voudrais) à (?:vous|te) remercier', '(?:je voulais|je voudrais) (?:vous|te) remercier', 'je te remercie', 'merveilleu(?:x|se)',
  // pt
  'ótim[oa]s?', 'otim[oa]s?', 'parabéns', 'parabens', 'parab[ée]n+s{2,}', 'brilhante', 'show de bola', 'incríve(?:l|is)', 'lind[oa]s?', 'lindíssim[oa]s?', 'giríssim[oa]s?', 'espetacula(?:r|res)', 'maravilhos[oa]s?', 'adorei', 'muito bo(?:m|a|ns|as)', '(?:bela|boa|ótima|otima|excelente) (?:analogia|análise|analise|reflexão|reflexao|explicação|explicacao)',
  // it
  'bellissim[oaie]', 'complimenti', 'molto (?:bello|bella|belli|belle|interessante|utile)', 'buonissim[oaie]', 'squisit[oaie]', 'delizios[oaie]', 'fantastic[oai]', 'fantastiche', 'ottim[oaie]', 'stupend[oaie]', 'meraviglios[oaie]', 'bravissim[oaie]', 'meraviglie', 'splendid[oaie]', 'magnific[oaie]', 'carinissim[oaie]', 'genial[ei]', '^grande(?= *!)', '(?:sei|è) (?:un |proprio un )?(?:fottuto |vero )?genio',
  // pl: "Świetny wpis", "Kawał dobrej roboty!", "Bardzo fajne, podoba mi się", "Rewelka"
  '[śs]wietn(?:y|a|e|ie|ego)', 'rewelacj[ai]', 'rewelacyjn(?:y|a|e|ie)', 'rewelka', 'kawał dobrej roboty', 'dobra robota', 'gratuluj(?:ę|e|emy)',
  '(?:bardzo |naprawdę |mega )?(?:fajn(?:y|a|e|ie)|ładn(?:y|a|e|ie))(?= *[!.:;)]| *$| (?:wpis|tekst|artyku[łl]|screencast|zdj[ęe]ci[ea]|blog|szablon|pomys[łl]))', '(?<!nie )(?<!nie bardzo )(?:bardzo |strasznie )?podoba mi si[ęe]', '(?<!nie )mnie si[ęe] (?:bardzo |strasznie )?podoba', 'genialn(?:y|a|e|ie)',
  // cs, sk: "Skvělá práce", "Výborný seriál", "Dobrá práce", "Super článek", "Paráda"
  'skvěl(?:ý|á|é|e)', 'skvel(?:y|a|e)', 'výborn(?:ý|á|é|ě|e)', 'vyborn(?:y|a|e)', 'dobr(?:á|a) práce', 'dobra prace', 'super (?:článek|clanek|článok|clanok|seriál|serial|tip|práce|prace)',
  // Short praise, with or without diacritics: "Fakt pěkný!", "Pěkné logo :-)", "Parada, zrovna dnes se mi to hodilo", "Smekám!", "Sikovne :)", "libi se mi to!".
  '(?:fakt |moc |velmi |hodně |hodne |opravdu )?(?:pěkn|pekn)(?:ý|y|á|a|é|e)(?= *[!.,…:;)]| *$| (?:nápad|napad|logo|fotky?|fotografie|obrázky|obrazky|text|design|vzhled|počtení|pocteni|práce|prace|blog|web|video|shrnutí|shrnuti|zpracování|zpracovani))',
  'parada(?= *[!.,…:;)]| *$)', 'smekám', 'smekam', '(?:šikovn|sikovn)(?:é|e|ý|y)(?= *[!.,…:;)]| *$)', '(?<!ne)(?:líbí|libi) se mi(?: to)?(?= *[!.,…:;)]| *$)',
  // "Pěkně napsáno", "moc pěkně se to čte", "Hezkej obrázek", "Povedený podcast", "Gratulace!", "Blahopřeji", "zaujímavé".
  '(?<!(?:není|neni|nebylo|nebyl|nebyla|nejsou|nebude|ani) (?:\\S+ )?)(?:moc |velmi |fakt |opravdu )?(?:pěkně|pekne|hezky|dobře|dobre|skvěle|skvele) (?:napsáno|napsano|napsané|napsane|napsaný|napsany|se to čte|se to cte|zpracováno|zpracovano|vysvětleno|vysvetleno)', '(?:hezk|pěkn|pekn)(?:ý|y|ej|á|a|é|e) (?:obrázek|obrazek|obrázky|obrazky|titulek|fotky|fotka|počtení|pocteni|článek|clanek|článok|clanok|příspěvek|prispevek|podcast)', 'poveden(?:ý|y|á|a|é|e)', 'gratulace', 'gratulujem', 'blahopřej(?:i|u|eme)', 'blahoprej(?:i|u|eme)', '(?:velmi |moc |fakt )?zaujímav(?:ý|é|á|e|y|a)(?= *[!.,…:;)]| *$| (?:článok|clanok|článek|clanek|čtení|cteni|informace|text))', 'velmi zajímav(?:ý|é|á)', 'super vzhled',
  'paráda', 'parádní', 'paradni', '(?:pěkn|pekn)(?:ý|y|á|a|é|e) (?:článek|clanek|článok|clanok|seriál|serial|čtení|cteni)', 'gratuluj(?:i|u|eme)', 'perfektn(?:í|i|ý|y|é|e)',
  // nl
  'wauw', 'wat (?:een )?(?:leuke|leuk|mooie|mooi|prachtige|prachtig|gave|gaaf|geweldige|knappe)', 'geweldig(?:e)?', 'prachtig(?:e)?', '(?:heel |echt |super |erg )?(?:tof|gaaf)(?:fe|e)?(?= *!)', '(?:heel|erg|zeer) (?:goed|interessant|nuttig|leerzaam)', 'heerlijk', 'lekker', 'mooi', 'goed gedaan', 'fantastisch(?:e)?', 'heel mooi(?:e)?', 'mooie',
  // Praise of the post or a photo in Dutch: "Leuke foto!", "Interessante dingetjes.", "Fris filmpje!", "Hulde."
  "(?:leuke?|coole?|gave|toffe|fris(?:se)?|sterke?|interessante?|knappe?|goede?) (?:foto|foto's|fotos|plaatjes?|stuk|stukje|artikel|post|blog|verhaal|presentatie|filmpje|video|items?|interview|dingetjes|speech|column|serie)", '^(?:heel |erg |echt |super )?leuk(?= *(?:[!:;(]|$))', 'hulde', 'chapeau', 'knap gedaan', 'goed geschreven',
  // vi, ca, da: "Hay quá!", "Ảnh đẹp quá", congratulations ("Chúc mừng", "Felicitats", "Tillykke"), "Molt bon article",
  // "Fedt indlæg", "God artikel".
  'hay quá', 'đẹp quá', 'chúc mừng', 'felicitats', 'molt bon (?:article|post|apunt|treball|blog)', 'molt bé', 'tillykke',
  '(?:fedt|godt|super|rigtig godt|fantastisk) indlæg', '(?:god|super|rigtig god|fantastisk) artikel',
  // A reader's whole sentence of praise, one word or two: "Cool!", "Ausgezeichnet!", "Bien vu !", "muy buen aporte",
  // "Boa dica!", "Bella analisi :)", "Goed idee man!", "crack!". Only standing alone: "Cool, I'll try that" or "Bueno,
  // ..." ("well") go on to other business. Words that also just acknowledge ("good", "gut", "bien", "bom", "legal",
  // "prima") are left out.
  `^(?:(?:${PRAISE_INTENSIFIERS}) )*(?:cool|neat|good (?:show|stuff|one)|ausgezeichnet|bien vu|sympa|buen aporte|buenísim[oa]|buenisim[oa]|boa dica|bell[ao] (?:analisi|post|articolo|idea|lavoro)|auguri(?:oni)?|goed idee|(?:eres un |sos un |un )?(?:crack|groso|genio))${PRAISE_CLOSE}`,
  `^(?:(?:${PRAISE_INTENSIFIERS}) )+(?:gut|bien|buen[oa]+|bo+m|boa+|útil|util|interesante|interessante|legal)${PRAISE_CLOSE}`,
  'красивые (?:фото|фотки|фотографии|снимки)'
);

export const PRAISE_CJK = anywhere(
  // Not "すごい": amazement at a thing ("LLVMすごいですね", "すごい恥ずかしい") is not praise of the post; the
  // development sets' readers label 34 comments with it other, 11 thanks.
  '素晴らしい', '(?:非常|很|超|太|真)有用', '收藏了', '加油', '写得好', '寫得好', '受益匪浅', '受益匪淺', '学习了', '學習了', '良かったです', '参考に(?:な|成)りました', '勉強に(?:な|成)りました', '参考に(?:な|成)ります', '面白かった', 'おもしろかった', 'すばらしい', '最高', '素敵', 'きれい', '綺麗', '美しい', 'いいね',
  '^\\s*6{3,}[!！~～。.]*\\s*$', '棒棒哒', '^\\s*イイネ[！!ー〜~]*\\s*$', '好棒', '太棒', '很棒', '真棒', '超棒', '讚', '赞', '好讚', '超讚', '好美', '真美', '很美', '太美', '超美', '美呆', '漂亮', '(?<![得的])厲害', '(?<![得的])厉害',
  'おめでとう', '生日快乐', '生日快樂', '周年快乐', '週年快樂', '축하',
  // Praise in Chinese blog comments, and the emoticon codes Duoshuo and Weibo comments carry as text: "受益颇多",
  // "非常好的分享", "写得真好", "此处有掌声", "[good]", "[赞]" standing alone (development sets: 20 comments, all thanks).
  '受益(?:颇多|頗多|良多|很多|不少|非浅|非淺)', '好的分享', '(?:写|寫)得(?:真|很|太|非常)(?:好|棒)', '年轻有为', '年輕有為', '接地气', '接地氣', '超级好评', '超級好評', '有掌声', '有掌聲',
  '毕业快乐', '畢業快樂', '^\\s*(?:\\[(?:good|赞|讚|鼓掌|强|強|威武|给力|給力)\\]\\s*)+$',
  // Praise of a post in Chinese programming and tech blogs: "好文", "很好很强大", "醍醐灌顶", "长了很多见识", "有用，收下了".
  '好文', '^(?:还|還|挺|很|真|蛮|蠻)?不[错錯]', '(?:很|真|挺|蛮|蠻|相当|相當|非常)不[错錯]', '很好很强大', '强大', '強大', '强悍', '強悍', '牛逼', '太牛', '真牛', '很牛', '好牛', '佩服', '崇拜', '膜拜', '醍醐灌顶', '醍醐灌頂', '相见恨晚', '相見恨晚', '受教',
  '长见识', '長見識', '(?:长|長|涨|漲)了(?:很多|不少)?(?:见识|見識|知识|知識)', '涨知识', '漲知識', '有收获', '有收穫', '收获(?:很大|颇丰|不少)', '(?:很|非常|挺|颇)?有启发', '(?:很|非常|挺|頗)?有啟發',
  '(?<![没沒无無么麼])有用(?![的吗嗎])', '(?<![没沒无無么麼])有(?:帮助|幫助)(?![的吗嗎])', '收下了', '收藏(?:啦|一下|了|！|!)', '学习一下', '學習一下', '学习啦', '學習啦', '赞一个', '讚一個', '威武', '给力', '給力', '精彩',
  '(?:写|寫|讲|講)得(?:很|非常|真|太|挺|好)?的?(?:好|棒|精彩|清楚|透彻|透徹|明白|不错|不錯|专业|專業|详细|詳細|生动|生動|有趣|感人)', '文章我(?:很|真|太)?喜[欢歡]', '喜[欢歡](?:你|您|博主|作者)的(?:文章|博客|文字|博文)',
  '正是我(?:想要|需要)的', '(?:对|對)我(?:的)?胃口', '(?:爱|愛)死你了', '有(?:营养|營養)', '(?<![没沒])有意思', '(?:挺|很|真|太)好玩', '期待(?:下一篇|后续|後續|更新|续集|續集|下文)', '^(?:顶|頂)+[!！~。]*$', '浅显易懂', '淺顯易懂', '通俗易懂', '谢了', '謝了', '实用', '實用', '支持一下', '支持一个', '顶一个', '顶一下', '頂一下',
  '好看', '恭喜', '推推', '大推', '推~', '好溫馨', '好温馨', '好夢幻', '好梦幻', '羨慕', '羡慕', '好享受', '仙境', '拍得(?:真|很|太|超|好)?(?:好|棒|美)', '拍的(?:真|很|太|超|好)?(?:好|棒|美)', '寫的很好', '写的很好', '欣賞', '欣赏',
  // Short praise of a post, a photo or a fix: "修的不错嘛！", "质感不错", "拍得确实很好", "路过~~很好！！", "说的很好", "挺你！",
  // "很适合新手", "内容翔实", "我喜歡妳這些文字". (Not "这个问题不错", which rates the question before asking it too.)
  '(?<![问問题題])(?:很|真|挺|蛮|確實|确实|非常|相当|相當|还|還)?不错(?:嘛|哦|啊|呀|哈|的)?(?=[！!~～。.…]|$)', '^(?:[^，。！？,.!?]{0,6})(?:质感|質感|画面|畫面|效果|照片|图片|圖片|文章|内容|內容|文字|例子|思路|总结|總結)(?:很|真|挺|非常|超)?(?:不错|不錯|好|棒)',
  '(?:拍|修|写|寫|做|画|畫|讲|講|说|說)(?:得|的)(?:确实|確實)?(?:真|很|太|挺|非常|超)?(?:好|棒|不错|不錯|到位|精彩|漂亮)(?![听聽像看])',
  '(?:^|[~～！!。.]\\s*)很好(?:哦|啊|呀|哈)?(?=[！!~～。.…]|$)', '挺你', '顶你', '頂你', '支持你(?:一下)?(?=[！!~～。.…]|$)', '很适合(?:新手|初学者|入门)', '很適合(?:新手|初學者|入門)', '内容翔实', '內容翔實',
  '(?<![不没沒])喜[欢歡]\\s?(?:你|妳|您)?(?:这些|這些|这篇|這篇|的)?(?:文字|文章|照片|图|圖)',
  // More praise of a post's writing and lessons: "说得真好！" (not "说得好听", sarcasm), "相当精辟", "学到了", "获益匪浅", "干货满满", "支持博主", "非常经典".
  '(?:说|說)得(?:真|很|太|非常|挺)?(?:好|到位|精辟|精闢)(?![听聽像看])', '精辟', '精闢', '学到了', '學到了', '(?:获|獲)益匪(?:浅|淺)', '干货满满', '乾貨滿滿', '(?:全|都)是干货', '满满的干货', '支持(?:博主|楼主|樓主|作者)', '(?:非常|很|太)(?:经典|經典)', '人生导师', '人生導師', '大受震撼',
);

/** Thanks that is not gratitude: "no thanks", "thanks to X" (cause), "thanks in advance" (still a request). */
export const THANKS_NOT_GRATITUDE = words(
  'no,? thanks?',
  // "thanks to the update, ..." names a cause; "Thanks to the staff for ..." and "thanks to the whole team" thank people.
  "thanks? to (?:the|a|this|that|an)(?! (?:\\S+ ){0,5}for (?:the|your|all|their|his|her|its|this|that|such|a|an|everything|\\S+ing)(?![\\w-]))(?! (?:whole |entire |amazing |wonderful |great )?(?:staff|team|teams|devs?|developers?|volunteers?|mods?|moderators?|admins?|crew|folks|author|people (?:who|that|behind)|everyone|all)(?![\\w-]))", 'thanks but no', 'nein,? danke', 'non merci', 'no gracias',
  // Irony: "thanks for nothing", "Danke für nichts", "Na danke", "vielen Dank auch" (a sneer, not gratitude).
  '(?:thanks?|thank you) for nothing', 'danke für nichts', 'merci pour rien', 'gracias por nada', 'grazie per niente', 'obrigad[oa] por nada',
  // Exclamations, not gratitude: "Thank god you don't need much", "Gott sei Dank".
  'thank (?:god|goodness|heavens|the lord)', 'thanks? god', 'gott sei dank', 'dieu merci', 'gracias a dios', 'graças a deus', 'grazie a dio', 'godzijdank',
  // A cause, not gratitude: "fluidità della GUI grazie ai driver nVidia", "gracias al nuevo parche". (Not "grazie a tutti".)
  "grazie (?:(?:al|allo|alla|ai|agli|alle|a questo|a questa|a quel|a un|a una) |all')(?!(?:tutti|voi|te|lei|tutte|tuo|tua|tuoi|tue|vostro|vostra|vostri|vostre|suo|sua|due|tre|ragazzi|ragazze|amici|amiche|creatori|autori|sviluppatori|moderatori|amministratori)(?![\\w]))[^ .,;:!?]+", "gracias (?:al|a la|a los|a las|a este|a esta|a un|a una) (?!(?:todos|todas|ustedes|ti|usted|vosotros|tu|tus|su|sus|vuestro|vuestra|dos|tres|que|quienes|chicos|chicas|amigos|amigas|compañeros|creadores|autores|desarrolladores|moderadores|administradores)(?![\\w]))[^ .,;:!?]+",
  // "sia nella versione con grazie che senza grazie": the serifs of a typeface.
  '(?:con|senza) grazie(?! (?:mille|di|per|a|ancora|tante)(?![\\w]))',
  'na,? danke', '(?:vielen )?dank auch', 'danke auch', 'danke,? merkel', 'danke,? für gar nichts', 'спасибо за ничего',
);

/** Sign-offs ("Liebe Grüße ♥", "Best regards"): a heart or a hug there closes a message, it thanks no one. */
export const SIGN_OFF = words(
  '^(?:liebe|viele|herzliche|beste|schöne|sonnige|ganz liebe|allerliebste) grüße', '^(?:lg|vg|glg)', '^(?:best|kind|warm|warmest) (?:regards|wishes)', '^regards',
  '^(?:un )?(?:abrazo|saludos?|besos)', '^(?:bisous|amitiés|bises)', '^(?:xoxo|hugs)', '^(?:abraços|beijos)', '^(?:un )?abbraccio', '^(?:groetjes|liefs)',
);

export const THANKS_IN_ADVANCE = words('thanks? in advance', '(?:thanks?|thank you)(?: [^ .!?]+){1,6} in advance', 'vorab (?:schon )?(?:vielen |besten )?dank', 'danke (?:schon )?(?:mal )?(?:vorab|im voraus)', 'tia', 'thanks? for any (?:help|ideas?|advice|suggestions?)', 'danke im voraus', 'vielen dank im voraus', 'gracias de antemano', "merci d'avance", 'grazie in anticipo', 'obrigado desde já', 'alvast bedankt', 'merci de me (?:dire|donner|indiquer|contacter|répondre|conseiller|renseigner)', 'agrade[çc]o (?:qualquer|toda|desde já)(?: (?:informa[çc][ãa]o|ajuda|dica))?', 'für (?:jeden|jede|alle|eure|ihre) (?:tipps?|hinweise?|hilfe|infos?) (?:wäre|bin|sind) (?:ich|wir) (?:sehr )?dankbar', '(?:bin|wäre|wären|sind) (?:ich |wir )?(?:sehr )?dankbar für (?:jeden|jede|alle) (?:tipps?|hinweise?|hilfe|infos?)');

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

/** A polite request marker: a bare "Thanks." right after such a request is politeness, not gratitude. */
export const POLITE_REQUEST = words('please', 'pls', 'plz', 'bitte', "s'il (?:vous|te) pla[iî]t", 'por favor', 'per favore', 'alsjeblieft', 'alstublieft');

/** A denial or negation ("wouldn't", "nothing", "nicht", "pas"): with no thanks cue, such a sentence is a reply, not thanks. */
export const DENIAL = words(
  "[a-z]+n't", 'not', 'no', 'never', 'nothing', 'nobody', 'nicht', 'nichts', 'kein', 'keine', 'nie', 'pas', 'jamais', 'rien', 'nunca', 'nada', 'niet', 'geen', 'nooit', 'niente', 'não',
);
