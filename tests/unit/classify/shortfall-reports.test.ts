// "I put 35 in, it shows 12", things missing or no longer shown, a map that stays grey: reports without fault
// words, in several languages. Written for these tests.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const labelsOf = (text: string) => classifier.classify(text).labels;

describe('fewer shown than put in, missing, or blank', () => {
  it.each([
    ['de', 'Ich habe am Wochenende 48 Funde eingetragen. In meinem Profil stehen aber nur 19.'],
    ['fr', "J'ai importé 60 relevés ce matin mais seuls 22 apparaissent dans mon profil."],
    ['es', 'Registré 52 avistamientos y en mi perfil solo aparecen 20.'],
    ['it', 'Ho inserito 44 segnalazioni ma nel profilo ne vedo solo 9.'],
    ['nl', 'Ik heb vorige week 31 tellingen ingevoerd, maar in mijn overzicht staan er maar 11.'],
    ['de', 'Beim Export fehlen die Koordinaten.'],
    ['de', 'Ich sehe meine eigenen Fotos nicht mehr.'],
    ['de', 'Die Artensuche findet keine Beobachtungen mehr.'],
    ['de', 'Die Spalten im Export sind da, aber leer.'],
    ['de', 'Seit Montag bleibt die Karte grau.'],
    ['en', 'Since Monday the map stays grey when I zoom in.'],
  ])('%s: %s', (_lang, text) => {
    expect(labelsOf(text)[0]).toBe('bug');
  });

  it('leaves counts, absences and grey skies of everyday talk alone', () => {
    for (const text of [
      'I have 3 kids and only 2 of them like broccoli.',
      'Das Rezept ist für 4 Personen, aber wir waren nur 2.',
      'The survey counted 400 birds in 2019 but only 120 this year.',
      'Es fehlen die Argumente.',
      'Ich sehe das nicht mehr so.',
      'Der Himmel bleibt grau.',
    ]) {
      expect(labelsOf(text), text).not.toContain('bug');
    }
  });
});

describe('short reports of a dead link, a missing button, media that will not play', () => {
  it.each([
    ['de', 'Der Link zur Anleitung ist tot.'],
    ['de', 'Im Formular fehlt der Senden-Button.'],
    ['fr', 'Le lien vers la carte est mort.'],
    ['es', 'No se ven las fotos del artículo.'],
    ['pt', 'O vídeo não roda no meu celular.'],
    ['it', 'Le immagini non si vedono dal telefono.'],
    ['it', 'Il video non parte.'],
    ['nl', 'De foto’s worden niet geladen.'],
    ['nl', 'De video speelt niet af.'],
    ['ja', '記事の最後のリンクが切れています。'],
    ['zh', '下载链接失效了'],
    ['en', 'The link to the guide is dead.'],
  ])('%s: %s', (_lang, text) => {
    expect(labelsOf(text)).toContain('bug');
  });

  it('leaves "dead simple" and dead topics alone', () => {
    for (const text of ['The download is dead simple.', 'Das Thema ist tot.', 'No se ven las estrellas desde la ciudad.']) {
      expect(labelsOf(text), text).not.toContain('bug');
    }
  });
});
