// How-are-you in a greeting is small talk: a forum answer that opens "Olá, tudo bem?" asks nothing anyone waits on,
// while a real question after the greeting still counts.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

const classifier = createClassifier();

describe('a greeting that asks how someone is', () => {
  it.each([
    ['pt', 'Olá, tudo bem? Vou colocar um exemplo aqui, considerando que você tenha o número da solicitação.'],
    ['pt', 'Fala aí Guilherme, beleza? Já vi a galera aqui no fórum postando umas bibliotecas para isso.'],
    ['en', 'Hi Tom, how are you? I put the exported file on the shared drive.'],
    ['fr', 'Salut, ça va ? Je t’envoie le fichier ce soir.'],
  ])('%s: %s asks nothing', (lang, text) => {
    expect(classifier.classify(text, lang).labels).not.toContain('question');
  });

  it.each([
    ['es', 'Hola, ¿qué tal? ¿Alguien sabe cómo exportar los datos a una hoja de cálculo?'],
    ['en', 'How are you planning to migrate the old data?'],
  ])('%s: %s still asks', (lang, text) => {
    expect(classifier.classify(text, lang).labels[0]).toBe('question');
  });
});
