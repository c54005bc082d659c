import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/classify/index';

// Problem reports as users write them in their own language, without the words "bug" or "error": it cannot be
// done, it freezes, it vanished, it stays blank, it stops part-way, it shows wrong figures, the same fault again.
// Each must reach the queue as a bug report; the same verbs used in debate or everyday talk must not.
const classifier = createClassifier();

describe('problem reports in many languages', () => {
  it.each([
    ['de', 'Seit gestern lässt sich die App nicht mehr öffnen.'],
    ['de', 'Ich kann mich nicht mehr anmelden, es kommt immer eine Fehlermeldung.'],
    ['de', 'Bei mir friert das Programm nach ein paar Minuten ein.'],
    ['de', 'Meine Beobachtungen sind seit gestern verschwunden.'],
    ['de', 'Der Export schlägt fehl.'],
    ['de', 'Die Umlaute werden falsch dargestellt.'],
    ['de', 'Seit Version 2.3 werden keine Benachrichtigungen mehr angezeigt.'],
    ['es', 'No me deja guardar los cambios.'],
    ['es', 'La subida se detiene siempre al 90%.'],
    ['es', 'Los datos se muestran mal.'],
    ['fr', 'Impossible de sauvegarder mes modifications.'],
    ['fr', 'Mes photos ont disparu depuis hier.'],
    ['fr', 'Le bouton ne réagit pas.'],
    ['pt', 'O mapa fica em branco.'],
    ['pt', 'Não consigo entrar, sempre aparece uma mensagem de erro.'],
    ['it', 'Non riesco ad accedere da stamattina.'],
    ['it', 'Le notifiche arrivano doppie.'],
    ['nl', 'Opslaan lukt niet.'],
    ['nl', 'De knop reageert niet.'],
    ['pl', 'Od ostatniej aktualizacji aplikacja się nie otwiera.'],
    ['pl', 'Problem nadal występuje po aktualizacji.'],
    ['pl', 'Przy logowaniu skutkuje to komunikatem o błędzie.'],
    ['nl', 'Na twee dagen kwamen er geen gegevens meer binnen.'],
    ['nl', 'Ik zie dat de tellerstanden niet meer worden bijgewerkt.'],
    ['nl', 'Gisteren kon ik niet inloggen met mijn account.'],
    ['de', 'Die Fotos in der Galerie sind kaputt.'],
    ['de', 'Ich kann mich nich einloggen.'],
    ['de', 'Deine Seite funktioniert immer noch nicht?'],
    ['de', 'Der Server ist seit heute Morgen nicht erreichbar.'],
    ['en', 'The site is down again.'],
    ['en', 'HTTP/1.1 503 Service Unavailable'],
    ['nl', 'Twee reacties geplaatst, maar geen enkele is doorgekomen.'],
    ['nl', 'De kaart is op mijn telefoon te traag om te gebruiken.'],
    ['sv', 'Jag kan inte logga in sedan i morse.'],
    ['da', 'Appen lukker ned af sig selv.'],
    ['ru', 'Не могу войти в аккаунт.'],
    ['ja', '写真をアップロードするとアプリがフリーズします。'],
    ['ja', '変更が保存されません。'],
    ['zh', '我的观察记录从昨天开始不见了。'],
    ['zh', '点击没反应。'],
    ['ko', '업데이트 이후 앱이 열리지 않아요.'],
  ])('%s: %s', (lang, text) => {
    expect(classifier.classify(text, lang).labels).toContain('bug');
  });

  it.each([
    ['de', 'Das lässt sich nicht leugnen, der Artikel trifft es genau.'],
    ['de', 'Das stimmt nicht, die Regierung reagiert nicht auf Kritik.'],
    ['de', 'Was bleibt hängen? Vor allem die Rede am Schluss.'],
    ['de', 'Es fehlen mir die Worte, so schön ist dieses Foto!'],
    ['es', 'Mi abuelo desapareció en 1976, gracias por recordar a los desaparecidos.'],
    ['fr', 'Il a disparu en 1998, un immense artiste.'],
    ['it', 'È scomparso ieri, un grande maestro. Grazie per il ricordo.'],
    ['da', 'Det fryser udenfor i dag, men billederne er smukke.'],
    ['pl', 'Podwójnie dziękuję za ten wpis!'],
    ['pl', 'Problem nadal jest w polityce.'],
    ['de', 'Die Debatte ist tot, leider.'],
    ['en', 'The market is down again this week.'],
  ])('not a report: %s: %s', (lang, text) => {
    expect(classifier.classify(text, lang).labels).not.toContain('bug');
  });
});

// French faults told with "ne ... plus", a count stuck, "buggée", a link that leads nowhere (session 33), and the
// intensifiers that look like them. Sentences written for these tests.
describe('French faults with no fault word', () => {
  it.each([
    'Le sérum ne semble plus soigner les malades.',
    "Depuis la mise à jour, ça n'a plus l'air de fonctionner.",
    'Si je quitte le menu, je ne peux plus me déplacer dans la pièce.',
    'On ne peut plus poster de messages dans ce forum.',
    'Le compteur de cycles est bloqué sur 0.',
    'La récompense semble buggée depuis la saison 2.',
    'Le lien du portail ne débouche sur rien.',
    'Chez moi, le panneau reste toujours désespérément vide.',
  ])('%s is a report', (text) => {
    expect(createClassifier().classify(text, 'fr').labels).toContain('bug');
  });

  it('reads a count stuck at two digits as a report', () => {
    expect(createClassifier().classify('Le compteur est bloqué sur 10.', 'fr').labels).toContain('bug');
  });

  it.each([
    'Je ne peux plus attendre la suite !',
    "C'est on ne peut plus clair, merci.",
    "Je ne peux plus l'attendre.",
    'Je ne peux plus me passer de cette extension !',
    'Ce problème ne semble plus exister.',
    'Cette discussion ne mène à rien.',
    'Le ciel reste toujours gris.',
    'Je suis resté bloqué à 2 km de chez moi à cause de la neige.',
  ])('%s is no report', (text) => {
    expect(createClassifier().classify(text, 'fr').labels).not.toContain('bug');
  });
});

// Portuguese and Spanish readers' colloquial failures (session 33), and a suggestion that only looks like one.
describe('colloquial failures in Portuguese and Spanish', () => {
  it.each([
    ['pt', 'Tô upando o arquivo aqui mas não tá dando pra baixar.'],
    ['pt', 'Sempre que tento jogar, um dos celulares trava ou desconecta.'],
    ['pt', 'Reinstalei tudo e continua dando os mesmos erros.'],
    ['pt', 'O download do JS quebrou!'],
    ['es', 'Si no reemplazo los & sigue fallando la generación del PDF.'],
    ['es', 'Con solo iniciar el juego el consumo de cpu se dispara casi al 100%.'],
    ['es', 'Apache arranca, pero MySQL se queda colgado en "Attempting to start MySQL service..."'],
  ])('%s: %s is a report', (lang, text) => {
    expect(createClassifier().classify(text, lang).labels).toContain('bug');
  });

  it.each([
    // Advice and conditions, a thing that stays as it is, a fault that no longer happens, idioms.
    ['es', 'Prueba a hacer un main vacío, a ver si te sigue tirando el error.'],
    ['es', 'Avísame si sigue fallando.'],
    ['es', 'Ahora el consumo de cpu ya no se dispara.'],
    ['es', 'El texto se queda así y listo.'],
    ['pt', 'Hoje não tá dando pra ir na academia.'],
    ['pt', 'Esse app quebrou o maior galho!'],
    ['pt', 'O Brasil continua com problemas.'],
  ])('%s: %s is no report', (lang, text) => {
    expect(createClassifier().classify(text, lang).labels).not.toContain('bug');
  });
});
