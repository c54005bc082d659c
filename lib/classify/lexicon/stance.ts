// Argument about the world rather than the site: opinion markers and public affairs.
import { words, anywhere } from './patterns';

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
 * Public affairs: politics, the economy, society. A fault word about these ("the system is broken", "das war ein
 * Fehler der Regierung", "we have a problem with lobbying") is debate about the world, not a report about the site.
 */
export const PUBLIC_AFFAIRS = words(
  'government', 'governments', 'politicians?', 'politics', 'political', 'society', 'economy', 'democracy', 'parliament', 'congress', 'senate', 'lobbying', 'lobbyists?',
  'voters?', 'taxe?s', 'taxpayers?', 'inflation', 'capitalism', 'socialism', 'healthcare(?: system)?', 'education system', 'the country', 'this country', 'our country',
  'president', 'prime minister', 'ministers?', 'elections?', 'the left', 'the right', 'immigration', 'migrants?', 'police', 'courts?', 'the law', 'laws', 'copyright law', 'eu',
  'regierung', 'politik', 'politiker(?:innen)?', 'gesellschaft', 'wirtschaft', 'demokratie', 'bundestag', 'kanzler(?:in)?', 'minister(?:in)?', 'ampel', 'parteien', 'partei', 'steuern?',
  'bürokratie', 'wähler', 'staat', 'dieses land', 'unser land', 'das land', 'deutschland', 'gesundheitssystem', 'schulsystem', 'rentensystem', 'energiewende', 'migration', 'krieg', 'die bahn', 'deutsche bahn', 'züge', 'mieten',
  'gouvernement', 'politique', 'société', 'économie', 'démocratie', 'président', 'ministres?', 'élections?', 'impôts', 'la france', 'le pays', 'notre pays', "l'état", 'députés?',
  'gobierno', 'política', 'sociedad', 'economía', 'democracia', 'el país', 'governo', 'sociedade', 'economia', 'politica', 'società', 'regering', 'politiek', 'samenleving',
  'rząd(?:u|y)?', 'polityka', 'polityk[aó]w?', 'politycy', 'państwo', 'państwa', 'społeczeństwo', 'gospodarka', 'sejm', 'unia', 'kraj(?:u)?', 'wybory',
);
