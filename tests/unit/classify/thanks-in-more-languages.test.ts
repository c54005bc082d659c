// Thanks and praise in languages the comment model has read little of (Czech, Polish, Croatian, Finnish, Hungarian,
// Romanian, ...), and their look-alikes: a dislike, a fault in the same comment. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const labelsOf = (text: string) => classifier.classify(text).labels;

describe('a reader thanking in a language the model hardly saw', () => {
  it.each([
    ['cs', 'Díky za článek, zajímavě jsem si početl.'],
    ['cs', 'Diky za clanek, ne vsechno jsem znal.'],
    ['cs', 'Skvělá práce, takové články čtu nejraději.'],
    ['cs', 'Výborný seriál, doufám že brzo přibudou další díly.'],
    ['sk', 'Ďakujem za návod, presne toto som hľadal.'],
    ['pl', 'Kawał dobrej roboty! Życzę jeszcze więcej czasu na hobby.'],
    ['pl', 'Bardzo fajne, podoba mi się :)'],
    ['pl', 'Świetny wpis, dzięki.'],
    ['ro', 'Mulțumesc pentru articol, foarte interesant de citit.'],
    ['ca', 'Moltes gràcies per la guia, m’ha anat molt bé.'],
  ])('%s: %s leads with thanks', (_lang, text) => {
    expect(labelsOf(text)[0]).toBe('thanks');
  });

  it.each([
    ['hr', 'Hvala za članak, jako zanimljivo.'],
    ['fi', 'Kiitos hyvästä artikkelista, todella mielenkiintoista luettavaa.'],
    ['hu', 'Köszönöm a cikket, nagyon érdekes volt olvasni.'],
    ['tr', 'Teşekkürler, çok faydalı bir yazı olmuş.'],
  ])('%s: %s carries thanks', (_lang, text) => {
    expect(labelsOf(text)).toContain('thanks');
  });
});

describe('look-alikes of that praise', () => {
  it('reads a Polish dislike as no thanks', () => {
    expect(labelsOf('Nie podoba mi się ten nowy szablon, tekst jest za mały.')).not.toContain('thanks');
  });

  it('does not take a bus stop for Czech praise ("paráda" without its accent is Spanish and Portuguese "parada")', () => {
    expect(labelsOf('La parada del autobús está cerrada desde ayer.')).not.toContain('thanks');
    expect(labelsOf('A parada de ônibus mudou de lugar.')).not.toContain('thanks');
  });

  it('keeps the fault a Czech or Polish reader reports next to the praise', () => {
    expect(labelsOf('Díky za článek. Ale ten příklad mi nefunguje, hází to výjimku.')).toContain('bug');
    expect(labelsOf('Fajny pomysł, ale u mnie nie działa pod Firefoxem.')).toContain('bug');
  });

  it('reads a Czech fault with no thanks as a report', () => {
    expect(labelsOf('Po aktualizaci mi to přestalo fungovat a nejde to spustit.')[0]).toBe('bug');
  });
});

describe('a French reader who followed the steps and cannot get there', () => {
  it.each([
    "J'ai mis en place ton code, mais ça n'a pas l'air de fonctionner. Le callback n'est pas appelé.",
    "Hello, j'y arrive pas... Il me dit que je suis pas root.",
    'Après le reset je ne peux plus rien faire, je ne peux pas faire fonctionner mon GPS.',
  ])('%s reports', (text) => {
    expect(labelsOf(text)).toContain('bug');
  });

  it.each([
    "Je n'y arrive pas toujours, mais quand j'y arrive, c'est le bonheur.",
    "Ça n'a pas l'air de fonctionner comme ça dans la vraie vie, les gens sont plus compliqués.",
  ])('%s reports nothing', (text) => {
    expect(labelsOf(text)).not.toContain('bug');
  });
});

describe('a question mark set apart after an ellipsis or a bracket', () => {
  it('still asks ("… etc...) ?", "… ?")', () => {
    expect(labelsOf("Bonjour, sais-tu où on peut trouver la documentation des API de la Freebox (pour la télécommande, la seedbox, etc...) ?")[0]).toBe('question');
    expect(labelsOf('Tu sais où je peux trouver la version complète... ?')[0]).toBe('question');
  });
});

describe('"ty": English chat thanks, Czech, Slovak and Polish "you" or "those"', () => {
  it.each([
    ['cs', 'Nechceš sem vystavit i ty ostatní fotky z výletu?'],
    ['cs', 'Turku, kolik jsi do české Wikipedie přispěl ty?'],
    ['cs', 'Ty jo, to je ale zajímavá souvislost s tou starou verzí.'],
    ['pl', 'A ty wiesz, gdzie można kupić takie części w Polsce?'],
    ['sk', 'Ty fotky z hôr sú odfotené mobilom alebo foťákom?'],
    ['cs', 'Přesně tak, jak píšeš ty.'],
    ['cs', 'Tohle jsi napsal ty!'],
    ['cs', 'Ty, já nevím.'],
    ['pl', 'Nie wiem, co myślisz ty.'],
  ])('%s: %s carries no thanks', (lang, text) => {
    expect(classifier.classify(text, lang).labels).not.toContain('thanks');
  });

  it.each(['ok ty', 'Works now, ty :)', 'ok ty, works now', 'ty, that fixed it', 'ty so much for the quick fix', 'ty!'])('en: %s is thanks', (text) => {
    expect(classifier.classify(text, 'en').labels).toContain('thanks');
  });
});
