// Help requests in forum style, several sentences long, whose question carries no "?" (or hides behind an
// announcement: "Una duda: ...", "ich hätte da mal eine Frage"). Written for these tests.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const labelsOf = (text: string) => classifier.classify(text).labels;

describe('questions without a question mark, in longer comments', () => {
  it.each([
    ['de', 'Moin, wir planen mit dem Verein eine Exkursion ins Moor. Wir sind etwa 15 Leute, darunter Kinder. Braucht man dafür eine Genehmigung von der Naturschutzbehörde'],
    ['de', 'Meine Tochter macht ein Schulprojekt über Wildbienen. Sie möchte gerne eure Karten verwenden. Dürfen wir die Bilder in einem Referat zeigen, wenn wir die Quelle angeben'],
    ['de', 'Guten Abend, ich hätte da mal eine Frage. Wie lange dauert es normalerweise, bis eine Beobachtung bestätigt wird'],
    ['de', 'Mein Rasen hat seit ein paar Wochen braune Flecken, obwohl ich regelmäßig gieße. Ich habe schon gedüngt. Woran kann das liegen'],
    ['de', 'Wir möchten im Frühjahr einen Teich anlegen. Der Boden ist lehmig. Reicht da eine Folie oder braucht man zusätzlich Vlies. Für Tipps wäre ich sehr dankbar.'],
    ['de', 'Ich wollte mal nachfragen, ob es auch eine Möglichkeit gibt, offline zu zählen. Bei uns im Wald gibt es kein Netz.'],
    ['fr', "Je me demandais s'il était possible de participer au comptage sans créer de compte."],
    ['fr', "Nous avons un potager et cette année les courgettes ont des taches blanches. On arrose le soir. Vous pensez que c'est l'oïdium"],
    ['es', 'Gracias por el artículo, muy interesante. Una duda: las cifras del gráfico son de este año o de todos los años'],
    ['pt', 'Adorei o texto. Fiquei com uma dúvida: posso usar as fotos do projeto no meu trabalho da escola se citar a fonte'],
    ['it', 'Grazie per tutto il lavoro. Avrei una domanda: le segnalazioni vengono controllate da qualcuno prima della pubblicazione'],
    ['it', 'Ho trovato un nido di calabroni sotto il tetto e in casa ci sono bambini piccoli. Secondo voi conviene chiamare un professionista'],
    ['nl', 'Mooi stuk! Ik vroeg me af of de tellingen van vorig jaar ook in de grafiek staan.'],
    ['nl', 'Sinds kort hebben we een vijver in de tuin en er zit nu veel alg in. Heeft iemand een tip om dat op te lossen'],
  ])('%s: %s', (_lang, text) => {
    expect(labelsOf(text)).toContain('question');
  });

  it.each([
    ['de', 'Geht das auch mit Dinkelmehl'],
    ['de', 'Hält sich die Suppe ein paar Tage im Kühlschrank'],
    ['de', 'Gibt es die Karte auch als Poster'],
    ['fr', 'Où as-tu trouvé ce sentier'],
    ['fr', 'Peut-on venir avec des enfants'],
    ['nl', 'Kan je ook rogge gebruiken in plaats van spelt'],
    ['nl', 'Waar heb je die lamp gekocht'],
    ['pl', 'Czy można przyjść z psem'],
    ['pl', 'Gdzie kupiłaś tę sukienkę'],
    ['ko', '그 카메라 어디서 샀어요'],
  ])('short, %s: %s', (_lang, text) => {
    expect(labelsOf(text)).toContain('question');
  });

  it('does not read look-alike statements as questions', () => {
    for (const text of [
      'Sin duda, es el mejor artículo que he leído este año.',
      'Wäre es nicht so kalt, würden wir öfter rausgehen',
      'Klappt leider nicht',
      'Macht euch keine Sorgen, das wird schon',
      'Weet je wat, ik probeer het gewoon',
      'Rendez-vous demain à la fête',
    ]) {
      expect(labelsOf(text), text).not.toContain('question');
    }
  });
});
