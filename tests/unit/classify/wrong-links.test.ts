// A link in the post that is broken or wrong, told in everyday words the lexicon missed: colloquial Portuguese "tá
// quebrado" and Spanish "está mal puesto el enlace", with look-alikes that name a link or a fault but report nothing
// wrong with the site. Sentences written for these tests after reading the misses of session 37's fresh blogs.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();
const labelsOf = (text: string) => classifier.classify(text, undefined, { article: true }).labels;

describe('a link in the post that does not work', () => {
  it.each([
    ['pt', 'Só uma correção: o link do vídeo ta quebrado.'],
    ['pt', 'Desculpa insistir, mas o link tá quebrado :/'],
    ['pt', 'O link para o download está errado.'],
    ['es', 'Está mal puesto el enlace al curso, revísalo.'],
    ['es', 'El link está mal.'],
    ['es', 'El enlace de la foto está mal escrito.'],
  ])('%s: %s reports it', (_lang, text) => {
    expect(labelsOf(text)[0]).toBe('bug');
  });
});

describe('look-alikes that report nothing about the site', () => {
  it.each([
    ['pt', 'Meu carro tá quebrado de novo, por isso não fui.'],
    ['es', 'El enlace está mal visto por Google, pero funciona.'],
    ['es', 'Eso está mal, el enlace lo explica bien.'],
    ['es', 'No está mal el enlace que pusiste, me gustó.'],
    ['es', 'El enlace no está mal.'],
    ['es', 'Los enlaces no están mal, funcionan.'],
    ['es', 'Ya lo miré: no está mal puesto el enlace.'],
    ['es', 'El enlace demuestra que Juan está mal.'],
    ['pt', 'O link não tá quebrado, funcionou aqui.'],
    ['pt', 'O link não está errado, é o seu navegador.'],
    ['pt', 'O link prova que você está errado.'],
  ])('%s: %s is no report', (_lang, text) => {
    expect(labelsOf(text)).not.toContain('bug');
  });
});
