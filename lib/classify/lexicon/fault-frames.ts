// Problem reports by the frames they take in every language: it cannot be done, it fails, it freezes or closes, it
// vanished, it stays blank, it stops part-way, it shows wrong figures, it came twice, I get an error message, I have
// the same problem. Written from how each language says these things, not from any labelled page: English fills
// gaps in faults.ts, then the languages other than English that staff meet most. Each phrase names an action of
// software or a thing on screen, so that the same verbs in debate ("das lässt sich nicht leugnen", "rien n'a
// disparu du débat") stay out.
import { words, anywhere } from './patterns';

/** Actions a user tries in an app or on a site, per language (the infinitive or the usual noun). */
const DE_ACTIONS = '(?:öffnen|starten|installieren|speichern|laden|herunterladen|hochladen|aktualisieren|anmelden|einloggen|abspielen|bearbeiten|löschen|aufrufen|synchronisieren|verbinden|drucken|exportieren|importieren|abschicken|absenden|senden|auswählen|anklicken|setzen|aktivieren|deaktivieren|entfernen|verschieben|abrufen|hinzufügen|anzeigen)';
const ES_ACTIONS = '(?:iniciar sesión|entrar|acceder|guardar|subir|descargar|abrir|instalar|cargar|conectar(?:me)?|registrarme|sincronizar|publicar|enviar|editar|actualizar|reproducir)';
const FR_ACTIONS = '(?:poster|commenter|me connecter|se connecter|connecter|sauvegarder|enregistrer|ouvrir|télécharger|charger|envoyer|installer|lancer|synchroniser|accéder|publier|modifier|supprimer|valider|importer|exporter|commencer|démarrer|jouer|cliquer|sélectionner|créer|rejoindre|récupérer|afficher|activer|désactiver)';
const PT_ACTIONS = '(?:entrar|logar|acessar|salvar|enviar|baixar|abrir|carregar|instalar|sincronizar|conectar|fazer login|fazer upload|publicar|editar|atualizar|jogar|rodar|executar|compilar)';
const IT_ACTIONS = '(?:accedere|entrare|salvare|caricare|scaricare|aprire|installare|collegarmi|connettermi|sincronizzare|inviare|pubblicare|aggiornare|avviare)';
const NL_ACTIONS = '(?:inloggen|inlog|openen|opslaan|uploaden|downloaden|installeren|starten|laden|synchroniseren|verbinden|versturen|verzenden|bewerken)';
const PL_ACTIONS = '(?:zalogować|otworzyć|zapisać|wysłać|pobrać|załadować|zainstalować|uruchomić|połączyć|zsynchronizować|dodać|wgrać)';
const NORDIC_ACTIONS = '(?:logga in|logge ind|logge inn|öppna|åbne|åpne|spara|gemme|lagre|ladda upp|uploade|laste opp|ladda ner|downloade|laste ned|starta|starte|installera|installere|ansluta|synkronisera|synkronisere)';
const RU_ACTIONS = '(?:войти|зайти|открыть|сохранить|загрузить|скачать|установить|подключиться|запустить|отправить|синхронизировать)';

/** Things on a screen or in an account that can vanish (so that a person who disappeared is not a fault), per language. */
const DE_THINGS = '(?:fotos?|bilder?|daten|dateien?|beobachtung(?:en)?|einträge?|eintrag|beiträge?|beitrag|kommentare?|nachrichten?|button|knopf|menü|symbol|icon|einstellungen?|favoriten|liste|verlauf|konto|account|profil|funktion|option|lesezeichen|termine?|kontakte?|punkte|sichtungen?|uploads?|downloads?|umsätze|buchungen|transaktionen|seiten|kapitel|spalten|felder|werte|dokumente|nachrichten|mails|e-mails|koordinaten|arten|funde|fundorte|datum|punkte)';
const ES_THINGS = '(?:fotos?|imágenes|imagen|datos|archivos?|observaciones|observación|mensajes?|comentarios?|botón|menú|icono|ajustes|favoritos|lista|historial|cuenta|perfil|opción|contactos?|registros?|puntos)';
const FR_THINGS = '(?:photos?|images?|fichiers?|données|observations?|messages?|commentaires?|notes?|contacts?|favoris|paramètres|réglages|bouton|icône|menu|onglet|option|historique|compte|liste|points)';
const PT_THINGS = '(?:fotos?|imagens?|dados|arquivos?|observações|observação|mensagens?|comentários?|botão|menu|ícone|configurações|favoritos|lista|histórico|conta|perfil|opção|contatos?|registros?|pontos)';
const IT_THINGS = '(?:foto|immagini|dati|file|osservazioni|messaggi|commenti|pulsante|bottone|menu|icona|impostazioni|preferiti|lista|cronologia|account|profilo|opzione|contatti|punti)';
const NL_THINGS = '(?:foto\'?s|afbeeldingen|gegevens|bestanden|waarnemingen|berichten|reacties|knop|menu|icoon|instellingen|favorieten|lijst|geschiedenis|account|profiel|optie|contacten|punten)';
const PL_THINGS = '(?:zdjęcia|zdjęcie|dane|pliki|obserwacje|wiadomości|komentarze|przycisk|menu|ikona|ustawienia|ulubione|lista|historia|konto|profil|opcja|kontakty|punkty)';
const NORDIC_THINGS = '(?:bilder(?:na)?|billeder(?:ne)?|bildene|data|filer(?:na|ne)?|observationer(?:na|ne)?|meddelanden(?:a)?|beskeder(?:ne)?|meldinger(?:ne)?|knappen|menyn|menuen|menyen|inställningar(?:na)?|indstillinger(?:ne)?|innstillinger(?:ne)?|kontot|kontoen|profilen|listan|listen)';
const RU_THINGS = '(?:фото(?:графии)?|данные|файлы|наблюдения|сообщения|комментарии|кнопка|меню|иконка|настройки|избранное|список|история|аккаунт|профиль|контакты)';

/**
 * Latin- and Cyrillic-script frames, one whole-word pattern per language (matched on lower-cased text, like the rest of
 * the lexicon). Kept apart because V8 stops optimising a regex whose source passes 20 KB: as one pattern they ran
 * eight times slower than apart, and apart the screen (prescreen.ts) also skips the languages a sentence cannot be.
 */
export const FAULT_FRAMES: readonly RegExp[] = [
  // en: the same frames where the English lists above (faults.ts) have gaps
  words(
    '(?:login|log-?in|sign-?in|export|import|upload|download|sync|syncing|install|installation|backup|restore|payment|checkout|connection|authentication)s? (?:always |still |now |just |keeps? |sometimes |randomly |consistently )?(?:fails?|failed|failing)',
    '(?:is|are|was|were|gets?|got) (?:being )?(?:displayed|shown|rendered|calculated|saved|imported|sorted|formatted|translated|counted|charged) (?:incorrectly|wrong(?:ly)?|twice|as garbage|garbled|backwards)',
    'show(?:s|ing)? up as (?:garbage|gibberish|question marks|boxes|squares|blank|empty)', '(?:are|is) no longer (?:shown|displayed|sent|delivered|saved|synced|updated|visible|loading|clickable)',
    'no longer (?:updates?|syncs?|saves?|sends?|connects?|responds?|starts?|appears?|displays?|refresh(?:es)?)',
    '(?:settings|preferences|progress|score|configuration|save|profile|stats|streak|history|favou?rites|bookmarks)\\S* (?:(?:were|was|got|has been|have been|is|are) )?(?:all )?(?:reset|wiped|erased)(?! (?:by|with|via|from|using))',
    '(?:noticed|notice|seeing|see|saw|observed|observing|experiencing|experienced|getting|get) (?:the )?(?:exact )?same (?:behaviou?r|result|symptoms?|message|crash)',
    '(?:connection|wi-?fi|stream|signal|audio|sound|video|call|bluetooth)s? (?:keeps?|kept) (?:dropping|cutting out|disconnecting|freezing|buffering|lagging)', 'keeps? (?:disconnecting|buffering|restarting|rebooting|reloading|timing out)',
    '(?:download|upload|install|installation|transfer|sync|import|export|update|backup|render)s? (?:[^ .!?,;]+ ){0,5}(?:aborts|aborted|gets cancell?ed|got cancell?ed)',
    '(?:layout|text|image|table|menu|button|page|header|footer|sidebar|icon|logo|title|column|label|caption)s? (?:is |are |gets? |got |appears? |looks? )?(?:shifted|misaligned|cut off|truncated|overlapping|overlapped|cropped|squished|stretched|distorted)',
    '(?:stops?|stopped|stalls?|stalled|hangs?|hung|freezes|froze|gets stuck|got stuck) at \\d+ ?%', '(?:closes|closed|shuts down|shut down|quits|exits|restarts|restarted) (?:by itself|on its own|itself|randomly|unexpectedly|immediately after)',
    '(?:hangs|hung|freezes|froze|stuck) on (?:the )?(?:splash|loading|start|startup|login|black|white|blank)(?: screen| page)?', 'spins? (?:forever|endlessly|indefinitely)', '(?:loading|spinning|spinner) (?:forever|endlessly|indefinitely)', 'loads? forever',
    'takes (?:forever|ages) to (?:load|open|start|sync|respond|upload|save)', '(?:tapping|clicking|pressing|selecting) (?:[^ .!?,;]+ ){0,3}(?:has|had|does|did) (?:no effect|nothing)',
    '(?:subtitles|audio|sound|captions|lyrics) (?:are |is )?out of sync', '(?:shows|displays|uses|picks|sets) the wrong (?:time|time ?zone|date|language|currency|user|account|file|image|page|version|location|number|value|amount|price|total)',
    // A dead link, the usual blog-comment report.,
    '(?:link|url|download link|download)s? (?:(?:to|for|in|on|at|from) (?:[^ .!?,;]+ ){1,3})?(?:is |are |seems |seem |appears |looks )?(?:to be )?(?:now )?dead(?! (?:simple|easy|on|centre|center|serious|accurate|right|set|wrong))',
  ),
  // The post's link, video, file or map is gone: "The video is no longer available", "El enlace ya no existe",
  // "Das Video ist nicht mehr verfügbar", "O vídeo não está mais disponível".
  words(
    '(?:link|url|video|file|page|image|photo|picture|download|repo(?:sitory)?|gist|map|track|gpx|pdf|slides?)s? (?:[^ .!?,;]+ ){0,3}(?:is|are) no longer (?:available|online|accessible)', '(?:link|url|video|file|page|image|download|repo(?:sitory)?|gist|pdf) (?:[^ .!?,;]+ ){0,3}no longer exists',
    '(?:enlace|link|v[ií]deo|archivo|p[aá]gina|imagen|foto|descarga|mapa|track|pdf)s? (?:[^ .!?,;]+ ){0,3}(?:ya no (?:existen?|est[aá]n? disponibles?|funcionan?|cargan?|abren?)|est[aá]n? rotos?)',
    '(?:link|v[ií]deo|arquivo|ficheiro|p[aá]gina|imagem|foto|download|mapa|pdf)s? (?:[^ .!?,;]+ ){0,3}(?:n[aã]o (?:est[aá]|est[aã]o) mais dispon[ií]ve(?:l|is)|n[aã]o existem? mais|j[aá] n[aã]o existem?)',
    '(?:link|video|file|pagina|immagine|foto|download|mappa|pdf) (?:[^ .!?,;]+ ){0,3}(?:non (?:è|sono) più (?:disponibil[ei]|raggiungibil[ei]|accessibil[ei])|non esiste più)',
    '(?:link|video|datei|seite|bild|foto|download|karte|pdf)s? (?:[^ .!?,;]+ ){0,3}(?:ist|sind) nicht mehr (?:verfügbar|erreichbar|abrufbar|online)',
    '(?:link|video|bestand|pagina|afbeelding|foto|download|kaart|pdf)s? (?:[^ .!?,;]+ ){0,3}(?:is|zijn) niet meer (?:beschikbaar|bereikbaar|online|te vinden)',
  ),
  // en: issue-tracker and forum follow-ups, written from how users word them. Three patterns rather than one: each
  // is screened by its own rare literals (prescreen.ts), so a sentence with "can't" runs only the first.
  // It cannot be done: "I'm not able to add ...", "I can't click the save button", an error message pasted alone.
  words(
    '(?:not|never) able to (?:add|create|upload|download|save|open|view|watch|access|log ?in|sign ?in|login|edit|delete|remove|change|update|install|connect|load|send|submit|click|press|tap|scroll|type|import|export|sync|register|reset|activate|print|attach|pair|boot|start|run|play)',
    '(?:not|never) able to post (?:anything|any|a|my|comments?|replies)',
    "(?:can't|cant|cannot|can not|couldn't|could not|unable to) (?:click|press|tap|scroll|type|drag|edit|upload|attach|submit|log ?out|sign ?out|unsubscribe)",
    "(?:can't|cant|cannot|can not|couldn't|could not|unable to) (?:delete|remove) (?:my|the|it|this|any)", "(?:can't|cant|cannot|couldn't|could not|unable to) change (?:my|the) (?:password|e-?mail|username|avatar|settings?|language|theme)",
    "(?:can't|cant|cannot|can not|couldn't|could not) (?:watch|play|open|view|load|stream|download) (?:anything|any (?:videos?|files?|pages?|content|streams?|episodes?|songs?|tracks?|photos?)|videos|streams)",
    "^(?:error:? |oops[,!.]? )?(?:could not|couldn't|cannot|can't|failed to|unable to) (?:connect|decrypt|parse|resolve|fetch|initiali[sz]e|authenticate|mount|locate|retrieve|establish)(?! with)",
    "^(?:error:? )?(?:could not|couldn't|cannot|can't|failed to|unable to) (?:read|write|find|open) (?:the )?(?:file|module|device|package|driver|config|data)",
    // "I am also unable to add events to my calendar", "the editor cannot read the save file".
    "(?<!(?:we|we're|we are|sorry,? we) )(?:can't|cannot|couldn't|could not|unable to|not able to) (?:add|create|save|sync|import|export|read|open|edit|delete|see|access) (?:any |new |my |the |an? |these |those |this )?(?:[^ !?,;]+ )?(?:events?|tasks?|notes?|files?|photos?|pictures?|items?|entries|contacts?|calendars?|messages?|e?mails?|songs?|tracks?|books?|documents?|pdfs?|passwords?|reminders?|bookmarks?|playlists?|saves?|recordings?)(?![a-z])",
    // "seems to work with Google's password manager but not Bitwarden".
    "(?:works?|working|seems to work|worked) (?:fine |well |ok |perfectly )?(?:with|on|in|for) [^.!?;]{1,60}? but not(?![a-z])",
    '(?:access|permission)s? (?:is |was |were |are )?denied', '403 forbidden', 'too many redirects',
    // "fail2ban exits with error: ...", "it trigger an exception", "git bash also faild", "error happens still", "I can confirm this
    // experience for me as well".
    'exits? with (?:an? )?(?:error|exception|non-zero (?:exit )?(?:code|status))', 'triggers? (?:an? )?(?:exception|error|crash)', 'faild',
    '(?:error|problem|issue|bug|crash)s? (?:still (?:happens|occurs|persists)|(?:still )?(?:happens?|occurs?|persists?) still)',
    '(?:i )?can (?:also )?confirm (?:this|that|the same)(?: (?:issue|problem|bug|behaviou?r|experience|crash|error))?(?: (?:for me|here|as well|too|on my (?:end|side|machine)))+',
    '(?:an?|the) (?:http |error |status )?(?:40[0134]|50[0234])(?= (?:error|status|response|code|page|when|on|while|after|every|from|trying|if|for)(?![a-z])| *[.,!:;)]| *$)',
    '(?:log|logs|console|terminal|output|logcat|journal|error log|log file)s? (?:shows?|says|gives|prints|displays|throws|reports|contains|spits out)(?= *[:"“\'«])',
  ),
  // It is not fixed, a me-too in the writer's words, it worked until a change, details that narrow a report down.
  words(
    "(?:it|this|that|the (?:issue|bug|problem|error|crash))(?:'s|s| is| was)? (?:still )?not (?:fixed|resolved|solved)",
    "(?:it|this|that|the (?:issue|bug|problem|error|crash))(?:'s| is) still (?:an? )?(?:issue|problem|bug|present|there|happening|reproducible|occurring)(?! (?:of|for (?:society|the world|humanity|many|most|us all)))",
    "(?:i'm|we're|i've been|we've been|i am|we are) (?:also |now |still )?(?:having|seeing|getting|experiencing|hitting|encountering) (?:the same|this|that|it|a similar)(?: (?:issue|problem|bug|error|crash|behaviou?r))? (?:too|as well|also)",
    "^(?:also |now |still )?(?:seeing|having|getting|experiencing|hitting) (?:this|that|it|the same)(?: (?:issue|problem|bug|error|crash|behaviou?r))? (?:too|as well|also|here)(?! (?:makes?|made|is|was|gives?|brings?))",
    "(?:i'm|i am|we're|we are|^also|^same|^equally) (?:also )?affected(?= *(?:[.!,;:)]|$| too| as well| by this| on| with| here))", 'affects? (?:me|us) (?:too|as well)',
    "(?<!(?:if|whether|when) )(?:it|this|that|everything|which|app|sync|feature|script|plugin|extension|button|link|login|site|page|device|printer|code|setup|config)(?:'s)? (?:\\S+ )?(?:worked|was working|used to work|had been working|has been working)(?: (?:fine|perfectly|great|well|ok|okay|normally|flawlessly|correctly|properly|without (?:any )?(?:problems?|issues?)))? (?:until|till|before)(?= )",
    "(?:it|this|that) used to work(?= *(?:[.!,;]|$))",
    "(?:reinstall(?:ing|ed)?|restart(?:ing|ed)?|reboot(?:ing|ed)?|reset(?:ting)?|clearing|cleared|downgrading|downgraded|logging out|re-?flashing|uninstalling)(?: [^ .!?,;]+){0,4} (?:did not|didn't|does not|doesn't) (?:help|work|fix it|change anything)",
    '(?:tried|tested) (?:[^ .!?;]+ ){0,5}same (?:result|thing|problem|issue|error|behaviou?r)',
    '(?:^|it |this |that )(?:only |also |still |always )?(?:happens|occurs) (?:only |also |again |always )?(?:on (?:my |the )?(?:v|version|\\d|android|ios|windows|mac|linux|chrome|firefox|safari|edge|mobile|desktop|iphone|ipad)|with (?:the |my )?(?:v|version|\\d|latest|new|beta)|when|after|since)(?= )',
    '(?:reproducible|reproduceable) (?:on|in|with|since|every|here|for me|again)', '(?<!(?:way|so|that|then|to|lets?|help) )(?:i|we) (?:can|could|was able to|were able to|am able to|are able to) (?:also |easily |consistently )?reproduce (?:this|it|that|the (?:issue|bug|problem|crash|error))(?! (?:results?|study|findings))',
  ),
  // A device or a program that died or misbehaves on screen; mail and codes that never come.
  words(
    'bricked', '(?:device|phone|switch|board|unit|hub|sensor|printer|laptop|tablet|camera|router|controller|module|drive|disk|ssd|watch|tracker|console|remote|keyboard|mouse|screen|display)s? (?:is |are |was |were |seems |went |now |completely |totally |just )*dead(?! (?:tired|simple|easy|serious|on|set|centre|center|wrong|right|quiet|silent))',
    '(?:has|have|had|just|suddenly|completely|randomly|recently|it|app|extension|plugin|sync|feature|button|device|phone|script|integration|tracker|camera|sensor|widget|keyboard|mouse|screen|display|wi-?fi|bluetooth|printer) quit (?:working|responding)', 'quit (?:syncing|loading|updating|charging|connecting)',
    'boot ?loop', '(?:reboots?|rebooting|restarts?|restarting) (?:itself )?(?:in a loop|constantly|repeatedly|randomly|by itself|on its own|every few)',
    '(?:battery|batteries) (?:\\S+ ){0,2}(?:drains?|draining|drained)', "(?<!(?:doesn't|doesnt|does not|won't|wont|will not|don't|dont|do not|no longer|not) )drains? (?:the |my )?batter(?:y|ies)",
    '(?:text|image|button|menu|icon|label|caption|header|footer|sidebar|banner|popup|pop-up|video|map|window|column|table|logo|title|keyboard|toolbar|navbar|element|box|field)s? (?:\\S+ ){0,2}(?:overlaps?|overlapping|overlapped)',
    '(?:theme|screen|page|display|background|app|window|map|mode)\\S* (?:\\S+ ){0,2}(?:turns?|goes|went|becomes|switch(?:es)?|reverts?) (?:back to |to )?(?:white|black|blank|grey|gray|light|default)',
    '(?:produces|generates|creates|returns|gives|exports|downloads|saves|outputs)(?: me)? (?:an? |the )?(?:empty|blank|broken|corrupt(?:ed)?|zero-byte|0-byte|invalid) (?:file|csv|pdf|page|list|result|response|image|zip|archive|document|export)s?',
    '(?:is|are|were|was) (?:not|no longer) (?:in|on) (?:the|my) (?:feed|list|app|gallery|profile|dashboard|map|search results|inbox|playlist|library|account|overview|timeline)',
    '(?:and|but) then (?:nothing|it stops|it hangs|it freezes|it crashes|it fails|it just stops|it just hangs)(?= *(?:[.!,]|$))',
    '(?:e-?mail|mail|code|sms|text|message|notification|confirmation|link|password reset)s? (?:[^ .!?,;]+ ){0,4}never (?:comes|arrives|came|arrived|shows up|showed up|gets? (?:sent|delivered))',
    "(?:never|haven't|have not|didn't|did not|still haven't|still have not) (?:yet )?(?:received?|got|gotten|get) (?:the|a|any|my|an) (?:\\S+ )?(?:e-?mail|mail|code|sms|text message|link|notification|confirmation|activation|verification|invite|invitation|download link|receipt|reset link)s?",
    '(?:code|password|login|card|payment|token|key|licen[cs]e|coupon|voucher|upload|file|submission)s? (?:is |are |was |were |gets? |got |keeps? getting )(?:always |still )?(?:rejected|declined|refused|not accepted)',
    'redirect(?:s|ing)? (?:loop|to itself|back to (?:the )?(?:login|start|home)|forever|endlessly)', '(?:is|are|stays?|remains?|still|always) (?:greyed|grayed) out',
    '(?:sound|audio|video|stream|connection|signal|mic|microphone|wi-?fi)s? (?:\\S+ )?(?:cuts?|cutting|drops?|dropping) out',
  ),
  // en: me-toos and states in the writer's words ("Glad I'm not the only one having this", "This happened to me too after
  // the update", "left in a broken state"), settings that are ignored ("doesn't respect my zoom setting").
  words(
    "not the only ones? (?:having|with (?:this|the|that|a)|seeing|experiencing|getting|facing|affected|who (?:has|have|is|sees|gets|can't|cannot)|that (?:has|have|is|sees|gets))",
    '(?:this|it|that|the same(?: thing)?) (?:has )?(?:also )?(?:happened|happens|is happening|keeps happening) (?:to|for) me(?: today| yesterday| recently| again)?,? (?:too|also|as well|again|every time|with (?:the|my|version|v?\\d[\\w.]*)|after (?:the|updating|upgrading|installing)|since (?:the|updating|upgrading))',
    'in an? (?:broken|corrupt(?:ed)?|inconsistent|unusable) state', '(?:^|yeah,? |and |now |its |it\'s |it is |is )broken again',
    "(?:i'm|i am|we're|we are|i've been|i have been|we've been|we have been) (?:also )?(?:noticing|seeing|experiencing|having|getting) (?:this|it|that|the same)(?: (?:issue|problem|bug|error|behaviou?r))?(?= *(?:[.!]|$| for | since | on | with | after ))",
    '(?:started|starts|began) happening (?:to me|for me|again|recently|after|since|on)', '^still (?:happening|occurring|broken|crashing|failing|not working)(?= *(?:[.!,]|$| here| for me| on| with| in| and| after| since))',
    '(?:this|it) (?:only )?(?:occur(?:r)?ed|started|began|happened|appeared) (?:post|after|since) (?:v?\\d[\\w.]*|version|the|updating|upgrading)', '^(?:(?:yep|yes|yeah|ok|okay),? )?(?:similar|same) here(?= *[-–—;]| *:(?![-()dp])| on| with| since| after| too)',
    '^also (?:on |with |in )?(?:chrome|firefox|windows|w1[01]|win ?1[01]|mac|macos|android|ios|linux|ubuntu|safari|edge|iphone|ipad|pixel|samsung|v?\\d)',
    '(?:are|is|became|become|becomes|shows?|showing|went|goes) (?:as )?(?:unavailable|unknown)(?= *(?:[.!,]|$| after| again| every| since| when| on))',
    "(?:does|did|do)(?: not|n't) (?:honou?r|respect|remember|retain|obey)(?: (?:my|the|your|its|any))? (?:\\S+ )?(?:settings?|preferences?|choices?|selection|values?|config(?:uration)?|language|theme|zoom|order|position|offset|filter|option)s?",
  ),
  // de, fr, it, es, cs: not recognised any more, a thing that "causes difficulties", nothing since a date, me-toos.
  words(
    '(?:wird|werden|wurde|wurden) (?:[^ .!?,;]+ ){0,3}nicht (?:mehr )?(?:erkannt|gelesen|übernommen)', '(?:hat sich|hat) (?:\\S+ )?leider nichts (?:geändert|gebracht)', 'leider (?:hat sich )?nichts geändert',
    'falsche (?:werte|daten|zahlen|ergebnisse|messwerte|uhrzeit|zeiten)', '(?:selbes|selbe|gleiches) problem',
    '(?:seguimos|sigo|sigue|siguen) con el (?:error|problema|fallo)', '^(?:le )?m[eê]me probl[eè]me', 'is nog (?:steeds )?niet (?:over|opgelost|weg)', '(?:staan|staat|zijn|is|gaan|gaat) (?:[^ .!?,;]+ ){0,2}op (?:niet beschikbaar|onbekend|unavailable|unknown)',
    '(?:macht|machen|machte|machten|bereitet|bereiten) (?:(?!keine|kaum|nie|nicht)[^ .!?,;]+ ){0,3}(?:schwierigkeiten|zicken|mucken|probleme|ärger)', '(?:schwierigkeiten|zicken|mucken|probleme) (?:macht|machen|machte|bereitet)',
    "plus rien (?:depuis|ne (?:marche|fonctionne|s'affiche|remonte|passe))", "(?:n'est|ne sont) (?:pas|plus) (?:reconnue?s?|détectée?s?)",
    `non (?:riesce|riescono) (?:più )?(?:a|ad) (?:${IT_ACTIONS}|collegarsi|connettersi|avviarsi|riconoscere|leggere|trovare)`,
    'no (?:me |lo |la )?(?:reconoce|detecta) (?:el|la|mi|los|las|ningún|ninguna)', '(?:también|lo mismo) me (?:pasa|ocurre|sucede)',
    'nefunguj(?:e|í)', 'nefungoval[oaiy]?', 'přestal[oaiy]? fungovat', 'nejde (?:to )?(?:\\S+ )?(?:spustit|otevřít|stisknout|uložit|nahrát|stáhnout|přihlásit|načíst)',
  ),
  // de: issue-tracker and forum follow-ups (playback that stops, restarts, hangs, mail that never arrives, "lässt sich
  // reproduzieren", a reinstall that did not help), apart from the block below so each is screened by its own literals.
  words(
    '(?:wiedergabe|video|stream|bild|ton|download|upload|übertragung|film|sendung|livestream)\\S* (?:[^ .!?,;]+ ){0,2}(?:stoppt|stockt|ruckelt|hakt|setzt (?:[^ .!?,;]+ )?aus)',
    '(?:ton|bild|audio|untertitel|video)\\S* (?:[^ .!?,;]+ ){0,3}(?:nicht (?:mehr )?synchron|asynchron)',
    '(?:startet|starten|bootet|booten) (?:[^ .!?,;]+ ){0,2}(?:ständig|immer wieder|dauernd|andauernd|permanent|von selbst|einfach) neu',
    'lande (?:ich )?(?:immer )?wieder (?:auf|bei|in) (?:der|dem) (?:startseite|anmelde\\S*|login\\S*)',
    '(?:synchronisation|synchronisierung|sync|upload|download|installation|aktualisierung|update|übertragung|app|ladebalken|import|export)\\S* (?:[^ .!?,;]+ ){0,2}hängt(?! (?:davon|von|mit|an|zusammen))',
    '(?:zähler|anzeige|fortschritt|ladebalken|download|upload|installation|balken|punktestand|statistik)\\S* (?:[^ .!?,;]+ ){0,2}(?:bleibt|hängt|steht) (?:[^ .!?,;]+ ){0,2}bei \\d+',
    '(?:e-?mails?|mails?|nachrichten|benachrichtigungen|code|bestätigung\\S*|sms|push\\S*|newsletter|link)\\S* (?:[^ .!?,;]+ ){0,3}(?:kommen|kommt|kam|kamen) (?:[^ .!?,;]+ ){0,2}(?:nicht mehr|nie|nicht) an',
    '(?:kommen|kommt|kam|kamen) (?:[^ .!?,;]+ ){0,2}keine (?:e-?mails?|mails|nachrichten|benachrichtigungen|codes?|sms|bestätigung\\S*) (?:mehr )?an',
    'lässt sich (?:bei mir |auch |problemlos |jederzeit |immer |leicht )*reproduzieren', '(?:kann|konnte) (?:ich )?(?:das |es |den fehler |das problem |das verhalten )(?:auch |ebenfalls |problemlos )?reproduzieren', 'kann ich (?:auch |ebenfalls |problemlos )?reproduzieren', '(?:bei mir|hier|jederzeit|immer) (?:[^ .!?,;]+ )?reproduzierbar',
    '^bei mir (?:auch |ist es |ist das )?(?:genau |exakt )?(?:dasselbe|das gleiche|das selbe|genauso)',
    '(?:neuinstallation|neustart|neu installieren|neu starten|cache leeren|zurücksetzen|downgrade|neu einrichten)\\S* (?:[^ .!?,;]+ ){0,2}(?:hat|hatte|haben|brachte) (?:[^ .!?,;]+ ){0,2}(?:nichts gebracht|nicht geholfen|nichts geändert|keine besserung)',
    `(?:lässt|lassen) sich (?:[^ .!?,;]+ ){0,2}nur (?:teilweise|zum teil|halb) ${DE_ACTIONS}`,
    '(?:erzeugt|erstellt|liefert|exportiert|speichert)\\S* (?:[^ .!?,;]+ ){0,2}leere (?:datei|seite|liste|tabelle|csv|pdf)',
    'zeigt (?:[^ .!?,;]+ ){0,3}falsch an', '(?:rechnet|zählt|berechnet) (?:[^ .!?,;]+ ){0,3}falsch',
    '(?:problem|fehler)\\S* (?:besteht|tritt) (?:[^ .!?,;]+ ){0,2}(?:auch|ebenfalls) (?:mit|unter|bei|in|auf) (?:dem |der )?(?:firefox|chrome|safari|edge|android|ios|windows|macos|mac|linux|ubuntu|version|v?\\d|handy|tablet|pc|laptop|browser|app)',
  ),
  // de
  words(
    // Nothing works any more, it stalls or does nothing, no access any more: "bei meinem YaCy geht gar nichts mehr",
    // "aber er tut einfach nichts", "YaCy ist plötzlich stehen geblieben", "ich komme nicht mehr rein".
    'geht (?:gar |überhaupt |absolut )?nichts mehr(?! (?:rein|hinein|drauf|rauf))', '(?:er|sie|es|das programm|die app|der crawler) tut (?:einfach |überhaupt |gar )?nichts', '(?:ist|sind|war|waren) (?:einfach |plötzlich |wieder |mittendrin )*stehen ?geblieben',
    'kein(?:en)? (?:zugriff|zugang|verbindung) (?:[^ .!?,;]+ ){0,4}mehr', 'komme? (?:[^ .!?,;]+ )?nicht mehr (?:[^ .!?,;]+ ){0,3}(?:rein|drauf|ran)(?![a-zäöü])',
    // A problem met in an action, something that cannot be done: "es gibt ein Problem beim Anlegen der Datenbank",
    // "Die Lehrgänge können nicht aktiviert werden".
    '(?:es gibt|gibt es|ich habe|ich hab|ich hatte|habe|hab) (?:leider |da |hier |noch )?(?:ein|einen|ein kleines|ein großes|ein seltsames) problem (?:beim|bei der|bei dem|mit dem|mit der)',
    '(?:kann|können|konnte|konnten) (?:leider |immer noch |noch immer )?nicht (?:mehr )?(?:aktiviert|geöffnet|gespeichert|angelegt|importiert|exportiert|geladen|installiert|gestartet|gefunden|angezeigt|gedruckt|versendet|verschickt|übertragen|erstellt|gelöscht|bearbeitet|kompiliert) werden',
    `lässt sich (?:[^ .!?,;]+ ){0,3}(?:nicht|nie|kaum) (?:mehr )?${DE_ACTIONS}`,
    `(?:kann|können|konnte|konnten) (?:[^ .!?,;]+ ){0,4}(?:nicht|nich|keine[nrs]?) (?:[^ .!?,;]+ ){0,2}(?:mehr )?${DE_ACTIONS}`,
    'fehlermeldung(?:en)?', '(?:ich habe|habe ich) (?:da |hier |leider |momentan |aktuell |seit [^ .!?,;]+ (?:[^ .!?,;]+ )?)?(?:ein|das|folgendes) (?:kleines |großes |seltsames |merkwürdiges )?problem(?! mit (?:der|dem) (?:politik|regierung|argument))', '(?:leider )?(?:immer )?noch (?:immer )?(?:das gleiche|dasselbe|das selbe|der gleiche fehler|derselbe fehler)(?= *[.!,:;]|$)', '(?:hat|bringt) (?:leider )?(?:den gleichen|denselben|den selben) effekt', '(?:reagiert|antwortet|startet|lädt) (?:[^ .!?,;]+ ){0,3}nicht mehr', 'beendet sich (?:ständig|immer wieder|sofort|dauernd|von selbst)', 'nicht (?:mehr )?von au(?:ß|ss)en erreichbar', '(?:nullpointer|io|illegalstate|illegalargument|runtime|outofmemory|stackoverflow|classnotfound|filenotfound|indexoutofbounds|socket|connect|unknownhost)(?:exception|error)', '(?:hängt|hängen) sich (?:[^ .!?,;]+ ){0,3}auf', '(?:friert|frieren) (?:[^ .!?,;]+ ){0,5}ein(?![a-zäöüß])', 'eingefroren', 'bleibt (?:[^ .!?,;]+ ){0,3}(?:leer|weiß|schwarz)', 'bleibt (?:[^ .!?,;]+ ){0,2}(?:karte|bildschirm|seite|fenster|anzeige|vorschau|app)\\S* grau', '(?:karte|bildschirm|seite|fenster|anzeige|vorschau)\\S* bleibt (?:[^ .!?,;]+ ){0,2}grau', '(?:app|seite|programm|spiel|video|download|upload|ladebalken|bild|browser|rechner|handy|fortschritt)\\S* (?:[^ .!?,;]+ ){0,3}bleibt (?:[^ .!?,;]+ ){0,3}hängen',
    'stürzt (?:[^ .!?,;]+ ){1,3}ab', 'crasht', 'gecrasht', // (Dutch writes 'crasht' too: read here for both)
    // Missing, no longer shown, or there but empty: "beim Export fehlen die Koordinaten", "ich sehe meine Kommentare nicht mehr", "die Suche findet keine Arten mehr".
    `(?:fehlen|fehlt) (?:jetzt |plötzlich |leider |aber |dann )?(?:die |alle |meine |sämtliche )?${DE_THINGS}`, `(?:sehe|finde|findet|zeigt) (?:[^ .!?,;]+ ){0,2}${DE_THINGS} (?:[^ .!?,;]+ ){0,2}nicht mehr`, `(?:sehe|finde|findet|zeigt) (?:[^ .!?,;]+ )?keine ${DE_THINGS} (?:[^ .!?,;]+ )?mehr`,
    '(?:da|vorhanden),? aber leer',
    `${DE_THINGS} (?:[^ .!?,;]+ ){0,4}(?:verschwunden|gelöscht worden)`, '(?:werde|wird|wurde|wurden) (?:ich )?(?:[^ .!?,;]+ ){0,3}(?:abgemeldet|ausgeloggt|rausgeworfen)',
    '(?:upload|hochladen|download|herunterladen|verbindung|synchronisierung|sync|übertragung|installation|wiedergabe|video)\\S* (?:[^ .!?,;]+ ){0,5}bricht (?:[^ .!?,;]+ ){0,5}ab(?![a-zäöüß])',
    '(?:beim|nach dem) (?:[^ .!?,;]+ ){0,2}(?:klicken|tippen|speichern|hochladen|öffnen|starten|laden|senden|absenden|anmelden)\\S* (?:[^ .!?,;]+ ){0,3}passiert (?:[^ .!?,;]+ ){0,2}nichts',
    '(?:klicke|tippe|drücke)\\S* (?:[^ .!?;]+ ){0,5}passiert (?:[^ .!?,;]+ ){0,2}nichts',
    '(?:beendet|schließt) sich (?:[^ .!?,;]+ ){0,2}(?:von selbst|selbst|ohne|sofort|einfach|immer|ständig|plötzlich)',
    '(?:kommen|kommt|erscheinen|erscheint|werden|wird)\\S* (?:[^ .!?,;]+ ){0,3}doppelt', 'doppelt (?:angezeigt|gezählt|verschickt|gesendet|gebucht|abgebucht|hochgeladen)',
    'obwohl ich (?:[^ .!?,;]+ ){0,5}(?:hochgeladen|gespeichert|eingegeben|eingestellt|gelöscht|aktualisiert|installiert|bezahlt|angemeldet|abgeschickt)',
    '(?:schlägt|schlagen|schlug) (?:[^ .!?,;]+ ){0,3}fehl', 'fehlgeschlagen',
    '(?:wird|werden|wurde|wurden) (?:[^ .!?,;]+ ){0,3}falsch (?:angezeigt|dargestellt|berechnet|gespeichert|importiert|übernommen|sortiert|gezählt|übersetzt|erkannt|formatiert|geladen)',
    '(?:summe|betrag|anzahl|zähler|saldo|kontostand|statistik|punktestand|berechnung|anzeige|uhrzeit|zeitzone)\\S* (?:[^ .!?,;]+ ){0,3}(?:stimmt|stimmen) (?:[^ .!?,;]+ ){0,2}nicht(?! (?:nur|überein))',
    '(?:button|knopf|app|seite|programm|bildschirm|touchscreen|maus|tastatur|taste|link|menü|schaltfläche|display|gerät|handy|server|eingabefeld|fenster)\\S* (?:[^ .!?,;]+ ){0,2}(?:reagiert|reagieren) (?:[^ .!?,;]+ )?(?:nicht|nie|kaum)',
    '(?:findet|zeigt|lädt|speichert|synchronisiert|aktualisiert|importiert|exportiert|sendet|druckt|verbindet)(?: sich)? (?:[^ .!?,;]+ ){0,3}(?:nichts|nicht) mehr',
    '(?:synchronisiert|synchronisieren|aktualisiert|aktualisieren|importiert|importieren|exportiert|exportieren|verbindet|verbinden) (?:sich )?(?:[^ .!?,;]+ ){0,2}nicht(?! nur)',
    '(?:wird|werden|wurde|wurden) (?:[^ .!?,;]+ ){0,3}(?:keine[nrs]?|nichts) (?:[^ .!?,;]+ ){0,2}(?:mehr )?(?:angezeigt|geladen|gespeichert|abgespielt|geöffnet|dargestellt|übertragen|zugestellt|verschickt|gesendet|aktualisiert|synchronisiert|importiert)',
    // "Die Umsätze werden trotzdem nicht abgerufen", "Bilder werden nicht mehr angezeigt" (not "wird nicht mehr benötigt").
    '(?:wird|werden|wurde|wurden) (?:[^ .!?,;]+ ){0,3}(?:nicht|nie)(?: mehr)? (?:angezeigt|geladen|gespeichert|abgespielt|geöffnet|dargestellt|übertragen|zugestellt|verschickt|gesendet|aktualisiert|synchronisiert|importiert|abgerufen|übernommen|erkannt|ausgeführt|hochgeladen|heruntergeladen|gestartet)(?![a-zäöüß])',
    'weiße[nrs]? (?:bildschirm|seite|fenster)', 'schwarze[nrs]? (?:bildschirm|fenster)', 'leere[nrs]? (?:seite|bildschirm|fenster|liste)',
    '(?:einstellungen|daten|fortschritt|konfiguration|profil|spielstand|favoriten)\\S* (?:[^ .!?,;]+ ){0,3}zurückgesetzt',
    '(?:^|bei mir |hier )gleiche[sn]? (?:problem|fehler)', 'gleiche[sn]? (?:problem|fehler|verhalten)(?= (?:hier|bei mir|mit|unter|seit|auf)(?![a-zäöüß]))', 'die gleiche (?:fehler)?meldung', '(?:das|dasselbe) gleiche verhalten', 'gleiche verhalten',
    'bei mir (?:ist es |ist das |auch )?(?:genauso|ebenso|dasselbe|das gleiche)(?= *(?:[.!]|$))',
    '(?:problem|fehler|absturz)\\S* tritt (?:[^ .!?,;]+ ){0,4}auf(?![a-zäöüß])', 'tritt (?:[^ .!?,;]+ ){0,2}(?:ein |der |das |dieser |dieses |derselbe |dasselbe )?(?:fehler|problem|absturz)\\S* (?:[^ .!?,;]+ ){0,3}auf(?![a-zäöüß])',
    '(?:wird|werden) (?:[^ .!?,;]+ ){0,2}(?:ständig|immer wieder|dauernd|andauernd|regelmäßig) (?:getrennt|abgebrochen|abgemeldet|zurückgesetzt|gelöscht)',
    `${DE_THINGS} (?:[^ .!?,;]+ ){0,2}fehlen`, `(?:es )?fehlen (?:[^ .!?,;]+ ){0,2}${DE_THINGS}`, 'lädt (?:ewig|endlos|und lädt)',
    '(?:app|seite|webseite|programm|rechner|laptop|handy|suche|server|startseite|spiel|browser)\\S* (?:[^ .!?,;]+ ){0,3}(?:extrem |sehr |total |unglaublich |viel zu |unerträglich )langsam',
    '(?:layout|text|bild|tabelle|grafik|schrift|menü|button|fenster|anzeige|seite)\\S* (?:[^ .!?,;]+ ){0,3}(?:verschoben|abgeschnitten|überlappt|verzerrt|unleserlich)', 'wird (?:[^ .!?,;]+ ){0,2}abgeschnitten',
    '(?:erscheint|kommt|bekomme|erhalte|kriege)(?: ich)? (?:[^ .!?,;]+ ){0,3}(?:die |eine |folgende |diese |immer )?(?:fehler)?meldung',
    'link\\S* (?:[^ .!?,;]+ ){0,3}(?:ist|sind|scheint|scheinen) (?:\\S+ )?tot', 'tote[rn]? link', `fehlt (?:der|die|das|jetzt der|jetzt die|jetzt das) \\S*(?:button|knopf|schaltfläche|link|feld|menü)`,
  ),
  // es
  words(
    // "no me aparece ningún acento", "no aparecen los datos".
    'no (?:me |nos )?(?:aparece|aparecen|sale|salen) (?:ningún|ninguna|ningun|ni un|ni una|nada(?= *[.!,;]|$))',
    `${ES_THINGS} (?:[^ .!?,;]+ ){0,3}(?:desapareci(?:ó|eron)|(?:han|ha) desaparecido|se (?:borr|perd)(?:ó|ieron|aron))`, `(?:desapareci(?:ó|eron)|(?:han|ha) desaparecido|se (?:borr|perd)(?:ó|ieron|aron)) (?:[^ .!?,;]+ ){0,2}${ES_THINGS}`, 'se (?:queda|quedó|quedaba) (?:en blanco|colgad[oa]|cargando|pillad[oa]|congelad[oa]|trabad[oa]|tildad[oa]|en negro)', 'pantalla (?:en blanco|negra|blanca)',
    'se (?:congela|congeló|traba|trabó|tilda|tildó|bloquea|bloqueó)', `no (?:me )?deja (?:[^ .!?,;]+ )?${ES_ACTIONS}`, `no (?:puedo|pude|he podido|consigo) (?:[^ .!?,;]+ ){0,2}${ES_ACTIONS}`,
    'no termina de cargar', 'no (?:se )?(?:sincroniza|guarda|guardan|actualiza|muestra|muestran|reproduce|descarga|instala|inicia|conecta)', '(?:me )?(?:sale|aparece|da|salta|tira) (?:un |el |este |otro )?(?:siguiente )?(?:mensaje de )?error', 'mensaje de error',
    'me (?:pasa|ocurre|sucede) lo mismo', '(?:tengo|tenemos) (?:el mismo|un|este|otro) (?:problema|error|fallo)',
    'se (?:detiene|para|corta|interrumpe) (?:[^ .!?,;]+ ){0,2}(?:al|en el) \\d+', 'se cierra (?:sola|solo|de repente|inesperadamente)',
    '(?:llegan|aparecen|salen|se muestran|se envían|se envian|se cuentan) (?:[^ .!?,;]+ )?(?:duplicad[oa]s|repetid[oa]s|dos veces)',
    '(?:exportación|importación|descarga|subida|carga|sincronización|conexión|instalación|actualización|app|aplicación|página|inicio de sesión)\\S* (?:[^ .!?,;]+ ){0,2}(?:falla|fallan|falló|fallaron)',
    '(?:se )?(?:muestra|muestran|ve|ven|sale|salen|aparece|aparecen) (?:[^ .!?,;]+ )?(?:mal|incorrectamente|cortad[oa]s?|desordenad[oa]s?|vac[ií][oa]s?)(?= *(?:[.!,;:]|$))',
    '(?:botón|pantalla|app|aplicación|página|teclado|enlace|menú)\\S* (?:[^ .!?,;]+ ){0,2}no responde', 'ya no (?:encuentra|muestra|aparece|aparecen|se muestra|se muestran|llega|llegan|sincroniza|guarda|se guarda)',
    'se (?:me )?(?:reinici|restablec|borr|resete)(?:aron|ó|an|a) (?:[^ .!?,;]+ ){0,2}(?:ajustes|configuración|datos|preferencias|favoritos|progreso)', '(?:el mismo|este mismo) (?:error|fallo)',
    'faltan (?:[^ .!?,;]+ ){0,2}(?:transacciones|movimientos|datos|fotos|archivos|mensajes|registros|observaciones|entradas|páginas|campos)',
    'tarda (?:muchísimo|demasiado|una eternidad|siglos|mucho) en (?:cargar|abrir|iniciar|responder|sincronizar)',
    '(?:app|aplicación|página|web|sitio|programa|juego)\\S* (?:[^ .!?,;]+ ){0,2}(?:va|está|anda|funciona|se ha vuelto|se volvió) (?:muy |super |súper )?(?:lent[oa]|lentísim[oa])',
    '(?:suma|total|saldo|contador|cálculo)\\S* (?:[^ .!?,;]+ ){0,2}(?:no cuadra|no coincide|está mal|es incorrect[oa])', 'se desconecta (?:cada|a cada|constantemente|todo el rato|continuamente|sol[oa])', 'cargando (?:infinitamente|eternamente|para siempre|sin parar)',
    `enlace\\S* (?:[^ .!?,;]+ ){0,3}(?:está|parece|están) (?:roto|rotos|caído|caídos|muerto)`,
    // A link the post gets wrong: "Está mal puesto el enlace al curso", "el link está mal" (not "no está mal", nor "el
    // enlace demuestra que Juan está mal").
    '(?<!no )(?:está|están) mal puest[oa]s? (?:el|los|la) (?:enlace|link|vínculo)', '(?:enlace|link|vínculo)s? (?:(?!(?:no|que) )[^ .!?,;]+ ){0,3}(?<!no )(?:está|están) mal(?: puest[oa]s?| escrit[oa]s?)?(?= *(?:[.!,;:]|$))', `no se ven? (?:las |los |el |la |mis )?${ES_THINGS}`,
    // A fault that keeps coming back, a processor pegged, a program left hanging: "sigue fallando la generación del PDF",
    // "sigue dando error", "el consumo de cpu se dispara casi al 100%", "se queda así: Attempting to start MySQL".
    // (Not "avísame si sigue fallando", a condition, nor "el texto se queda así", it stays as it is.)
    '(?<!si (?:te |me |le )?)siguen? fallando', '(?<!si (?:te |me |le )?)siguen? (?:dando|tirando|saliendo) (?:el |un |los |ese |este )?(?:mismo )?error(?:es)?',
    '(?:consumo|uso) (?:de (?:la )?)?(?:cpu|procesador|memoria|ram)\\S* (?:(?!no )[^ .!?,;]+ ){0,3}(?:se dispara|se disparó|se disparo|sube al|dispara)', 'se queda (?:colgad[oa]|pillad[oa]|trabad[oa]|congelad[oa]|en blanco|cargando)',
  ),
  // fr
  words(
    // "Socratomancie est down", "j'ai testé cette astuce mais ça change rien" (not "la voiture est en panne").
    "(?:est|semble|a l'air) (?:de nouveau |encore |complètement )?down(?![\\p{L}])", "(?:mais|et) (?:ça|ca|cela) (?:ne )?change rien",
    'se (?:fige|bloque)', "(?:l'appli|l'application|la page|l'écran|le site|le logiciel|le jeu)\\S* (?:[^ .!?,;]+ ){0,3}(?:fige|figée?|bloquée?|plante|crashe)",
    `${FR_THINGS} (?:[^ .!?,;]+ ){0,3}(?:ont|a|sont|est) (?:[^ .!?,;]+ )?(?:disparu|disparues?|disparus)`, 'reste (?:vide|blanche?|bloquée?|figée?|noire?|grise?)', 'page blanche', 'écran (?:noir|blanc)',
    "s'arrête (?:[^ .!?,;]+ ){0,3}(?:à|au) \\d+", "s'arrête (?:tout seul|toute seule|brusquement|sans cesse)", "se ferme (?:tout seul|toute seule|brusquement|sans cesse)",
    `impossible (?:de |d')${FR_ACTIONS}`, `impossible d'(?:ouvrir|envoyer|installer|accéder|enregistrer|importer|exporter)`, `(?:je )?n'arrive (?:pas|plus) à ${FR_ACTIONS}`,
    // A reader who followed the steps and cannot get there: "j'y arrive pas", "ça n'a pas l'air de fonctionner",
    // "je ne peux pas faire fonctionner mon GPS", "je ne peux plus rien faire".
    "(?:je n'y|j'y|j'n'y) arrive (?:pas|plus)(?= *[.!,;:…)]|$| (?:non plus|du tout|avec|sous|sur|chez))",
    "(?:ça|ca|cela) (?:n'a pas l'air de|ne (?:semble|paraît|parait) pas) (?:fonctionner|marcher)(?= *[.!,;:…)]|$| (?:non plus|du tout|avec|sous|sur|chez|pour moi))",
    "je ne (?:peux|parviens) (?:pas|plus) (?:à )?(?:le |la |les |faire )?(?:fonctionner|marcher|rien faire)", "je ne peux plus rien faire",
    "j'ai (?:le même|un|ce|exactement le même) (?:problème|souci|bug|bogue)", "(?:nous avons|on a) (?:le même|exactement le même) (?:problème|souci|bug|bogue)", "message d'erreur",
    "alors que (?:j'en |je les |j'|je )?(?:ai|avais) (?:[^ .!?,;]+ ){0,2}(?:envoyé|téléchargé|enregistré|publié|saisi|ajouté)",
    "(?:arrivent|apparaissent|s'affichent|sont comptée?s|est comptée?) (?:[^ .!?,;]+ )?en double",
    "ne (?:se )?(?:lance|synchronise|sauvegarde|télécharge|connecte|répond|démarre|ouvre) (?:pas|plus)", "ne s'enregistre (?:pas|plus)",
    "(?:export|import|téléchargement|envoi|synchronisation|connexion|installation|mise à jour|chargement|appli|application|page)\\S* (?:[^ .!?,;]+ ){0,2}(?:échoue|échouent|a échoué)",
    "(?:s'affiche(?:nt)?|(?:sont|est) (?:[^ .!?,;]+ )?(?:affichée?s?|calculée?s?|enregistrée?s?|importée?s?)) mal", "(?:sont|est) mal (?:affichée?s?|calculée?s?|enregistrée?s?|importée?s?|synchronisée?s?)",
    "(?:bouton|écran|appli|application|page|clavier|lien|menu|site)\\S* (?:[^ .!?,;]+ ){0,2}ne (?:réagit|répond) (?:pas|plus)", "ne trouve plus rien", "ne (?:s'affiche|s'affichent|trouve|trouvent|se synchronise|se synchronisent|se charge|se chargent) (?:pas|plus)",
    `${FR_THINGS} (?:[^ .!?,;]+ ){0,3}(?:ont|a) été (?:réinitialisée?s?|remise?s? à zéro|effacée?s?|supprimée?s?)`, "(?:la même|exactement la même) erreur",
    "il manque (?:[^ .!?,;]+ ){0,2}(?:transactions|opérations|données|photos|fichiers|messages|observations|entrées|pages|champs)",
    "met (?:une éternité|des heures|des plombes|trop de temps|énormément de temps) à (?:charger|s'ouvrir|démarrer|répondre|se synchroniser)",
    "(?:appli|application|page|site|logiciel|jeu|programme)\\S* (?:[^ .!?,;]+ ){0,2}(?:est devenue?|est|devient) (?:très |hyper |super |trop )?lente?", "(?:appli|application|page|site|logiciel|jeu|programme)\\S* (?:[^ .!?,;]+ ){0,2}rame",
    "(?:texte|image|tableau|titre|bouton|menu)\\S* (?:[^ .!?,;]+ ){0,2}(?:est|sont) (?:coupée?s?|tronquée?s?|décalée?s?)", "(?:total|somme|compteur|solde|calcul)\\S* (?:[^ .!?,;]+ ){0,2}(?:est faux|est fausse|est incorrecte?|ne correspond pas)",
    "se déconnecte (?:sans arrêt|tout le temps|constamment|régulièrement|toute seule|tout seul)", "tourne (?:dans le vide|en boucle|à l'infini)", "charge (?:à l'infini|indéfiniment|sans fin)",
    `lien\\S* (?:[^ .!?,;]+ ){0,3}(?:est|semble|sont) morts?`, 'liens? morts?',
    // Unreadable or unreachable, an encoding fault, an empty window, a fault pointed out: "le rapport était inaccessible",
    // "des soucis d'encodage", "j'ai une fenêtre vide", "juste pour signaler que les liens ne sont pas bons".
    "(?:est|sont|était|étaient|devient|reste) (?:quasi(?:ment)? |totalement |complètement |toujours )?(?:illisibles?|inaccessibles?)", "(?:soucis?|problèmes?) d'(?:encodage|affichage|accents?)",
    "(?:fenêtre|page|écran)s? (?:est|reste|restent|sont|s'affiche|apparaît|devient) (?:toute |complètement |totalement )?(?:vides?|blanche|noire|noir|blanc)", "j'ai (?:une|la|un) (?:fenêtre|page|écran) (?:toute )?(?:vide|blanche|noire|noir|blanc)", '(?:juste|simplement) pour (?:vous |te )?signaler', "pour (?:vous |te )?signaler (?:que|qu'|une? (?:petite? )?(?:faute|coquille|erreur|lien mort))",
    // What no longer works, a count stuck, a thing "buggée", a link that leads nowhere, a panel that stays empty: "Le sérum
    // ne semble plus soigner", "ça n'a plus l'air de fonctionner", "je ne peux plus me déplacer", "le compteur est bloqué
    // sur 0", "la récompense semble buggée", "le lien ne débouche sur rien", "le panneau reste toujours vide" (not
    // "je ne peux plus attendre", nor "on ne peut plus clair", which only intensify).
    // (Not what no longer seems to happen, a fix: "le bug ne semble plus se produire", "ne semble plus nécessaire"; nor
    // "je ne peux plus me passer de cette extension", praise; nor a discussion that "ne mène à rien".)
    "ne (?:semble|para[îi]t) plus (?!(?:se )?(?:produire|reproduire|arriver|apparaître|apparaitre|exister|être|etre|nécessaire|necessaire|clair|pire|rare|libre|propre))[^\\s']+(?:er|ir|re|oir)", "(?:ça|ca|cela|il|elle) n'a plus l'air de (?:fonctionner|marcher)",
    "(?:je|on|nous) ne (?:peux|peut|pouvons|parviens|parvient|arrive) plus (?:à |a )?(?:me |m'|se |s'|nous |le |la |les |l'|y |en )?(?!attendre|patienter|supporter|passer|arrêter|arreter|dire|compter|clair|noir|pire|rare|libre|propre)[^\\s']+(?:er|ir|re|oir)",
    '(?:bloqu|coinc|fig)ée?s? (?:sur|à) (?:\\d+|zéro)(?! ?(?:km|kilomètres?|heures?|h|jours?|mètres?|m|min|minutes?|ans?|semaines?)(?![a-z]))', '(?:semble|est|sont|para[îi]t) (?:complètement |totalement )?bugg?ée?s?', 'bugg?ée?s? depuis', '(?:ça|ca|jeu|site|appli|page) bugu?e',
    "reste (?:(?:toujours|désespérément|desesp[ée]r[ée]?ment|encore|complètement) ){1,2}(?:vide|blanche?|bloquée?|figée?)", '(?:lien|bouton|url|adresse|menu|onglet|page)\\S* (?:[^ .!?,;]+ ){0,3}ne (?:débouche|mène|aboutit|renvoie) (?:sur |à |vers )?(?:rien|nulle part)',
  ),
  // pt
  words(
    // Blank pages, mails not sent, a problem that persists: "aparece somente as páginas em branco", "não envia os e-mails", "Aqui ele persiste".
    '(?:aparece|aparecem|aparecendo|abre|abrem|mostra|mostram) (?:somente |apenas |só )?(?:as |a |uma )?(?:páginas?|telas?|janelas?) em branco', "não (?:envia|envio|manda|dispara|está enviando|esta enviando|estão enviando) (?:os |as |nenhum |nenhuma )?(?:e-?mails?|notificaç(?:ão|ões)|mensagens?)",
    '(?:o problema|o erro|ele|isso) (?:ainda )?(?:persiste|continua acontecendo)',
    `${PT_THINGS} (?:[^ .!?,;]+ ){0,3}(?:sumiram|sumiu|desapareceram|desapareceu)`, `(?:sumiram|sumiu|desapareceram|desapareceu) (?:[^ .!?,;]+ ){0,2}${PT_THINGS}`, 'fica (?:em branco|travad[oa]|carregando|pret[oa]|branc[oa])', 'tela (?:branca|preta)', '(?:congela|congelou|congelando)', '(?:app|aplicativo|jogo|programa|sistema|tela|site|celular) (?:[^ .!?,;]+ )?(?:trava|travou|travando)',
    '(?:fecha|fechou|reinicia|reiniciou) (?:sozinh[oa]|do nada|de repente)', `n[ãa]o (?:consigo|consegui|dá para|dá pra|da pra|deu pra|deu para) (?:[^ .!?,;]+ ){0,2}${PT_ACTIONS}`, 'link\\S* (?:[^ .!?,;]+ ){0,3}(?:quebrou|caiu|morreu)',
    'mensagem de erro', '(?:aparece|apareceu|dá|deu|dando) (?:um |uma |o )?(?:mensagem de )?erro', 'acontece (?:o mesmo|a mesma coisa)(?: comigo)?', 'comigo (?:também|tb) acontece',
    // A forum's help requests around a failure: "não está funcionando", "não tive sucesso", "continuo na mesma",
    // "estou com problema ao iniciar o serviço", "fica dando undefined", "o erro acontece quando".
    'não (?:está|esta|estão|estao|tá|ta) funcionando', 'não (?:tive|obtive|tivemos) (?:muito |nenhum )?sucesso', '(?:tentei|tentamos|testei|testamos|tentando|testando)[^.!?]{0,80}sem sucesso', 'continuo na mesma', '(?:continua|segue) (?:dando|com) (?:o mesmo )?(?:erro|problema)',
    'estou com (?:um |o mesmo |esse |este |uns |alguns )?(?:pequeno |grande )?(?:problema|erro)s?', 'fica (?:dando|gerando|retornando) (?:erro|undefined|null|vazio)', '(?:o|esse|este) erro (?:acontece|ocorre|aparece)', 'não (?:se )?atualiza(?:m)?(?! (?:mais|o blog))',
    '(?:chegam|aparecem|são contad[oa]s) (?:[^ .!?,;]+ )?(?:duplicad[oa]s|em dobro|duas vezes)', '(?:para|parou|trava|travou) (?:sempre )?(?:em|nos|no) \\d+ ?%',
    'não (?:salva|carrega|sincroniza|atualiza|mostra|baixa|instala|inicia|conecta|envia)',
    '(?:exportação|importação|download|upload|sincronização|conexão|instalação|atualização|app|aplicativo|página|login)\\S* (?:[^ .!?,;]+ ){0,2}(?:falha|falhou|falham)',
    '(?:aparece|aparecem|mostra|mostram|fica|ficam|exibe|exibem) (?:[^ .!?,;]+ )?(?:errad[oa]s?|incorret[oa]s?|cortad[oa]s?|desconfigurad[oa]s?)', '(?:botão|tela|app|aplicativo|página|teclado|link|menu)\\S* (?:[^ .!?,;]+ ){0,2}não responde',
    'não (?:encontra|aparece|aparecem|mostra|chega|chegam|sincroniza) mais', `${PT_THINGS} (?:[^ .!?,;]+ ){0,3}(?:foram|foi) (?:resetad[oa]s?|apagad[oa]s?|zerad[oa]s?)`, '(?:recebendo|recebo|dá|dando|aparece|deu) o mesmo erro',
    'faltam (?:[^ .!?,;]+ ){0,2}(?:transações|dados|fotos|arquivos|mensagens|registros|observações|páginas|campos)', 'demora (?:demais|muito|uma eternidade|séculos) (?:para|pra) (?:carregar|abrir|iniciar|responder|sincronizar)',
    '(?:app|aplicativo|página|site|programa|jogo)\\S* (?:[^ .!?,;]+ ){0,2}(?:ficou|está|tá|anda) (?:muito |super |extremamente )?(?:lent[oa]|lentíssim[oa])', '(?:total|soma|saldo|contador|cálculo)\\S* (?:[^ .!?,;]+ ){0,2}(?:está|tá) (?:errad[oa]|incorret[oa])',
    'fica (?:desconectando|caindo|reiniciando|travando)', 'carregando (?:infinitamente|eternamente|para sempre|sem parar)',
    `link\\S* (?:(?!(?:não|nao|que) )[^ .!?,;]+ ){0,3}(?<!não |nao )(?:está|estão|tá|ta|tão|parece) (?:quebrado|quebrados|morto|mortos|errado|errados)`, '(?:vídeo|video|app|aplicativo|jogo) (?:[^ .!?,;]+ )?não (?:roda|abre|inicia|carrega)',
    // A developer forum's failures: "o erro persistiu", "ainda dá este erro", "retorna undefined", "não retorna os dados",
    // "aparece somente as páginas em branco", "qualquer link gera o erro".
    'o (?:mesmo )?erro (?:persiste|persistiu|continua|continuou)', '(?:ainda|sempre) (?:dá|da|deu) (?:este|esse|o mesmo|um|o) erro', '(?:retorna|retornou|retornam|devolve|devolveu) (?:sempre |apenas |só )?(?:undefined|null|vazio)',
    'não (?:retorna|retornou|retornam|traz|trouxe) (?:os |as |nenhum |nenhuma )?(?:dados|registros|resultados?|valores|informaç(?:ão|ões))', 'não (?:retorna|retornou|retornam|traz|trouxe) (?:nada|nenhum|nenhuma)(?! (?:problema|erro))',
    // "ainda não está enviando o e-mail", "Ele não persiste a alteração", "esses campos perdem o valor".
    'ainda não (?:está|esta|tá|ta|estão) (?:enviando|funcionando|salvando|gravando|aparecendo|carregando|abrindo)', 'não (?:persiste|persistiu) (?:a|as|o|os) (?:alteraç(?:ão|ões)|mudanças?|dados|valor(?:es)?)', '(?:perde|perdem|perdeu|perderam) (?:o|os) valor(?:es)?', '(?:páginas?|tela|telas) em branco', '(?:gera|gerou|geram|lança|lançou) (?:o |um |uma )?(?:erro|exceção|exception)',
    // Readers' colloquial failures: "não tá dando pra baixar", "um dos celulares trava ou desconecta", "continua dando os
    // mesmos erros", "fica gerando esse erro", "não consigui compilar", "o download do JS quebrou", "sempre que tento
    // compilar dá o erro".
    'n[ãa]o (?:t[áa]|est[áa]) dando (?:pra|para) (?:baixar|abrir|entrar|acessar|jogar|salvar|enviar|instalar|compilar|conectar|logar|usar|carregar|rodar|executar|importar|exportar|subir|upar)', '(?:celular|celulares|aparelho|jogo|app|aplicativo|programa|sistema|tela|pc|computador|navegador)\\S* (?:[^ .!?,;]+ ){0,3}(?:trava|travou|travando|desconecta|desconectou)',
    'continuam? (?:dando|aparecendo|gerando) (?:o |os |a |as |esse |este |esses |estes )?(?:mesmos? |mesmas? )?(?:erros?|problemas?)', 'ficam? (?:dando|gerando|retornando|mostrando) (?:esse|este|esses|estes|o|os|um|uns) (?:mesmo )?erros?',
    'n[ãa]o consigui', '(?:download|link|site|página|pagina|app|aplicativo|js|script|botão|botao|formulário|formulario|layout)\\S* (?:[^ .!?,;]+ ){0,3}quebrou(?! (?:o |um )?(?:maior )?galho| o recorde)',
    '(?:que|quando) (?:eu )?(?:tento|tendo|vou) [^ .!?,;]+ (?:[^ .!?,;]+ ){0,2}(?:d[áa]|aparece) (?:o |um |esse |este )?erro',
  ),
  // it
  words(
    'si pianta', 'crasha', 'si chiude (?:da sol[oa]|all\'improvviso|improvvisamente|di colpo|subito)', `non (?:riesco|sono riuscit[oa]) (?:più )?(?:a|ad) ${IT_ACTIONS}`,
    `${IT_THINGS} (?:[^ .!?,;]+ ){0,3}(?:sono|è) (?:[^ .!?,;]+ )?(?:spariti|sparite|sparito|sparita|scompars[oaie])`, '(?:resta|rimane) (?:vuot[oa]|bianc[oa]|bloccat[oa]|ner[oa])', 'schermata (?:bianca|nera)',
    'messaggio di errore', "(?:mi )?(?:dà|da|esce|compare|appare) (?:sempre )?(?:un |l')?(?:messaggio di )?errore", '(?:arrivano|compaiono|appaiono) (?:[^ .!?,;]+ )?(?:doppi[oae]|due volte)',
    'si ferma (?:sempre )?(?:al|a) \\d+', 'anche a me (?:succede|capita)', 'non (?:si )?(?:salva|sincronizza|aggiorna|avvia|connette)',
    "(?:esportazione|importazione|download|upload|caricamento|sincronizzazione|connessione|installazione|aggiornamento|app|pagina|accesso)\\S* (?:[^ .!?,;]+ ){0,2}(?:fallisce|è fallit[oa])",
    "(?:dati|accenti|caratteri|date|orari|totali?|importi|valori|testo|testi|numeri|calcoli|traduzion[ei])\\S* (?:[^ .!?,;]+ ){0,2}(?:sono|è|vengono|viene) (?:[^ .!?,;]+ )?(?:sbagliat[oiae]|errat[oiae]|visualizzat[oiae] male|mostrat[oiae] male|tagliat[oiae]|troncat[oiae])",
    "(?:pulsante|bottone|schermo|app|pagina|tastiera|link|menu)\\S* (?:[^ .!?,;]+ ){0,2}non risponde", "non (?:trova|mostra|carica|sincronizza|salva) più", "non (?:vengono|viene) più (?:mostrat|visualizzat|caricat|salvat|inviat)\\S*",
    `${IT_THINGS} (?:[^ .!?,;]+ ){0,3}(?:sono state|è stata|sono stati|è stato) (?:azzerat|resettat|cancellat|pers)\\S*`, "lo stesso errore",
    "mancano (?:[^ .!?,;]+ ){0,2}(?:transazioni|dati|foto|file|messaggi|osservazioni|pagine|campi|voci|movimenti)", "ci mette (?:una vita|un'eternità|tantissimo|troppo) a (?:caricare|aprire|avviare|rispondere|sincronizzare)",
    "(?:app|pagina|sito|programma|gioco)\\S* (?:[^ .!?,;]+ ){0,2}(?:è diventat[oa]|è|va) (?:molto |super |troppo )?(?:lent[oa]|lentissim[oa])", "si disconnette (?:continuamente|sempre|di continuo|ogni)", "(?:resta|rimane) in caricamento", "caricamento infinito",
    `link\\S* (?:[^ .!?,;]+ ){0,3}(?:è|sono|sembra) (?:rott[oi]|mort[oi])`, `(?:${IT_THINGS}|video|app) (?:[^ .!?,;]+ ){0,2}non si (?:vedono|vede|aprono|apre|caricano|carica)`, '(?:video|app|applicazione|download|gioco) (?:[^ .!?,;]+ )?non (?:parte|partono|si avvia)',
  ),
  // nl
  words(
    `${NL_THINGS} (?:[^ .!?,;]+ ){0,4}verdwenen`, 'blijft (?:leeg|wit|zwart|hangen)', 'bevriest', 'sluit (?:zichzelf|vanzelf) af', 'stopt (?:altijd |steeds )?(?:bij|op) \\d+', '(?:komen|komt|binnenkomen) (?:[^ .!?,;]+ )?dubbel', 'dubbel binnen(?:komen)?',
    '(?:heb|hebben|had) (?:[^ .!?,;]+ )?(?:hetzelfde|zelfde) probleem', `${NL_ACTIONS} lukt (?:[^ .!?,;]+ )?niet`, 'lukt (?:het )?(?:me )?niet (?:meer )?om', `(?:kan|kon|konden) (?:[^ .!?,;]+ ){0,2}niet (?:meer )?${NL_ACTIONS}`, '(?:is|zijn|was|waren) (?:[^ .!?,;]+ ){0,2}(?:niet|nooit) doorgekomen', 'geen (?:enkele|een) is (?:[^ .!?,;]+ )?doorgekomen', '(?:veel |veels )?te (?:langzaam|traag) om (?:[^ .!?,;]+ )?te (?:kunnen )?gebruiken', 'start niet (?:meer|op)', 'opent niet', 'doet (?:het )?niet meer',
    "(?:de (?:export|import|download|upload|update|synchronisatie|verbinding|installatie)|het (?:inloggen|uploaden|downloaden|opslaan|exporteren|importeren|installeren))\\S* (?:[^ .!?,;]+ ){0,2}(?:mislukt|faalt)", "(?:worden|wordt) (?:[^ .!?,;]+ ){0,2}(?:verkeerd|fout|niet goed) (?:weergegeven|getoond|berekend|opgeslagen|geïmporteerd)",
    "(?:knop|scherm|app|pagina|toetsenbord|link|menu)\\S* (?:[^ .!?,;]+ ){0,2}reageert (?:[^ .!?,;]+ )?niet", "vindt niets meer", "(?:worden|wordt) (?:[^ .!?,;]+ ){0,2}niet meer (?:getoond|weergegeven|geladen|opgeslagen|verstuurd|gesynchroniseerd)",
    "(?:instellingen|gegevens|voortgang|favorieten)\\S* (?:[^ .!?,;]+ ){0,2}(?:zijn|is|werden|werd) (?:[^ .!?,;]+ )?(?:gereset|gewist|verwijderd)", "synchroniseert (?:[^ .!?,;]+ )?niet", "dezelfde fout(?:melding)?",
    "(?:er )?ontbreken (?:[^ .!?,;]+ ){0,2}(?:transacties|gegevens|foto's|bestanden|berichten|waarnemingen|pagina's|velden)", "laadt (?:eindeloos|oneindig|heel lang)",
    "(?:app|pagina|site|programma|spel)\\S* (?:[^ .!?,;]+ ){0,2}(?:is|wordt) (?:[^ .!?,;]+ )?(?:erg |heel |super |extreem )?traag", "wordt afgekapt", "(?:totaal|som|teller|saldo|berekening)\\S* (?:[^ .!?,;]+ ){0,2}klopt niet", "valt (?:steeds|telkens|constant|regelmatig) weg",
    'link\\S* (?:[^ .!?,;]+ ){0,3}(?:is|lijkt) dood', 'dode link', '(?:wordt|worden) (?:[^ .!?,;]+ ){0,2}niet (?:meer )?(?:geladen|weergegeven|getoond|opgeslagen|afgespeeld)', 'speelt (?:[^ .!?,;]+ ){0,2}niet (?:meer )?af', '(?:kwam|komt|kwamen|komen) (?:er )?(?:niks|niets|geen (?:gegevens|data|berichten|meldingen|metingen)) (?:meer )?(?:door|binnen)', 'niet meer (?:werden|worden|wordt|werd) bijgewerkt',
  ),
  // pl
  words(
    'nie działa(?:ją|ło|ła)?', 'przestał\\S* działać', `nie (?:mogę|można|da się) (?:się )?${PL_ACTIONS}`, '(?:dostaję|dostaje|pojawia się|wyświetla się|wyrzuca) (?:[^ .!?,;]+ )?błąd', '(?:zawiesza|zacina|wiesza) się', 'się (?:zawiesza|zawiesiła|zawiesił|zacina|wiesza)', 'crashuje', 'wywala',
    'się nie (?:otwiera|uruchamia|ładuje|zapisuje|synchronizuje|włącza)', 'nie (?:otwiera|uruchamia|ładuje|zapisuje|synchronizuje) się', `${PL_THINGS} (?:[^ .!?,;]+ ){0,3}(?:zniknęł[ay]|zniknął|zniknęło)`, '(?:mam|miałem|miałam|mamy) (?:ten sam|taki sam|podobny) problem',
    '(?:sama|sam) się (?:zamyka|wyłącza)', 'się (?:sama|sam) (?:zamyka|wyłącza)', '(?:przychodzą|pojawiają się|wyświetlają się|liczą się) podwójnie', 'wyskakuje (?:[^ .!?,;]+ )?błąd',
    // It persists, or ends in an error message: "problem nadal występuje", "skutkuje komunikatem: Błąd".
    // Things shown wrong or not at all: "Obraz z dźwiękiem nie jest zsynchronizowany", "miał być obrazek, ale go nie widać".
    'nie (?:jest|są|było|były) (?:zsynchronizowan|wyświetlan|widoczn|przetłumaczon)\\S*', '(?:obrazek|obrazka|obrazki|obrazków|zdjęcie|zdjęcia|zdjęć|obraz|filmik|film|wideo|tekst|link|przycisk)\\S* (?:[^ .!?,;]+ ){0,3}nie widać', 'nie widać (?:obrazk|zdjęć|zdjęci|obrazu|filmu|tekstu|linku|przycisku)\\S*',
    'problem (?:nadal|wciąż|dalej|ciągle) występuje', 'nadal nie (?:działa|dostaję|otrzymuję|widzę|mogę)', 'skutkuje (?:[^ .!?,;]+ )?(?:komunikatem|błędem)', 'nie (?:został|została|zostało|zostały) (?:odnalezion|znalezion)\\S*',
    // cs, sk: "nefunguje mi to", "hází to výjimku", "přestalo fungovat", "nejde to spustit"
    'nefung(?:uje|ují|ujú|uju|ovalo|ovala|oval)', 'přestal\\S* fungovat', 'prestal\\S* fungovat', '(?:hází|hazi|vyhazuje|hlásí|hlasi|vrací|vraci) (?:mi )?(?:to )?(?:chybu|výjimku|vyjimku|error|exception)',
    'nejde (?:mi )?(?:to )?(?:spustit|otevřít|otevrit|nainstalovat|přihlásit|prihlasit|stáhnout|stahnout|zkompilovat|načíst|nacist)', 'nezobrazuj(?:e|í)', 'nedaří se mi',
    // A program that does not run, crashes or stalls on the writer, an error message it throws, things that vanished:
    // "Portable FF mi nechodí", "občas mi spadne", "vyhodí mi chybovou hlášku", "se mi ztratily všechny záložky".
    // "Mám stále problém s hesly", "stále nefunkční", "narazil jsem na drobnou chybku", "spadne s chybou".
    'mám (?:stále |pořád |porad |furt |zase |opět |opet )?(?:stejný |stejny |ten samý |ten samy |nějaký |nejaky )?problém s', 'nefunkční', 'nefunkcni', 'narazil(?:a)? jsem na (?:\\S+ )?chyb\\S*', 'spadne s chybou',
    'nechod(?:í|i)', 'nedaří se', 'chybov(?:ou|á|é) hlášk\\S*', 'vyhod(?:í|i) (?:mi )?(?:to )?chyb\\S*', 'mi (?:\\S+ )?(?:padá|spadne|spadl[oa]?|seká|zasekává)',
    '(?:se mi|mi se) (?:\\S+ )?(?:ztratil[aoy]?|zmizel[aoy]?)',
    // "tak mi padaly", "mi to opravdu nejede", "Hesla mám nedostupná", sk "sa nedá nainštalovať".
    'mi (?:\\S+ )?padal[aoy]?', '(?:mi|to) (?:\\S+ )?nejede', 'nedostupn(?:á|é|ý|ou|ej)',
    '(?:sa|se) ned(?:á|a) (?:\\S+ )?(?:nainštalovať|nainstalovať|nainstalovat|spustiť|spustit|otvoriť|otevřít|otvorit)',
    // A fault that stays, a remedy that failed, a typo in the post: "stále padá", "Nic nepomohlo", "Chybka v nadpise".
    '(?:stále|pořád|porad|furt|zase|opět|opet) (?:\\S+ )?(?:padá|pada|spadne|nefunguje|nejde)', 'nic (?:mi )?nepomohlo', 'chybk[ay] v (?:nadpise|nadpisu|textu|článku|clanku|odkazu)',
  ),
  // Short follow-ups in issue threads ("no luck", "same here, no mails working", "Queuing forever"), things that refuse
  // or work only partly, a fault that stays in a version; the same in es, pt, it, fr, de, ru.
  words(
    "(?<!(?:good|best|bad|some|any|more|much|wish you|with) )no (?:luck|joy|dice)(?= *(?:[.!,;:)]|$| so far| yet| either| after| with (?:the|this|that|it)))",
    '(?<![a-z])no (?!one |body |people |longer |matter |doubt |reason )(?:[^ .!?,;]+ ){1,2}(?:working|arriving|showing up|coming through|coming in|being sent|being delivered)',
    '(?:the )?same (?:thing|issue|problem|error|bug) (?:is |keeps )?(?:happening|happens|occurring|occurs|happened) (?:to|for|with) (?:me|us|mine)',
    '(?:refuses?|refused|refusing) to (?:show|load|open|start|launch|work|connect|sync|save|install|update|play|display|boot|run|recogni[sz]e|log ?in|pair|print|upload|download|respond)',
    '(?:works?|working|loads?|shows?)(?: (?!but|just)[^ .!?,;]+){0,4},? (?:just|but) not (?:for|with|on|in|when|my|from|through|via|if|after)(?= )',
    'still (?:has|have|having|contains?|shows?) (?:the|this|that|a|an|same)(?: same)? (?:bug|issue|problem|error|crash)',
    '(?:is|are|was|were) no longer (?:connected|displayed|shown|loaded|saved|synced|visible|accessible|working|recogni[sz]ed|detected|clickable|updating|syncing)',
    'non funzion(?:ano|ava|avano)', 'no funciona(?:n|ba|ban)', 'n[ãa]o funciona(?:m|va|vam)', 'ne (?:fonctionnent|marchent|fonctionnait|marchait|fonctionnaient) (?:pas|plus)',
    'parou de (?:aparecer|abrir|carregar|sincronizar|mostrar|responder|tocar|salvar|enviar)', 'pararam de (?:funcionar|aparecer|carregar)',
    'dej(?:ó|aron) de (?:funcionar|aparecer|cargar|abrir|mostrar|sincronizar|responder|guardar)',
    'ha(?:nno)? smesso di (?:funzionare|apparire|caricare|aprirsi|rispondere|sincronizzare)', "(?:a|ont) arrêté de (?:fonctionner|marcher|s'afficher|charger|répondre)",
    'is (?:gestopt|opgehouden) met (?:werken|laden|synchroniseren)', 'hat aufgehört zu (?:funktionieren|laden|reagieren|synchronisieren)', "rien n'y fait", 'rien y fait',
    '(?:hat )?nichts (?:hat )?(?:geholfen|gebracht)(?! *,? *(?:als|außer))', 'nada (?:ha funcionado|funcionó|adiantou|resolveu)', 'não adiantou', 'niente da fare',
    "(?:i|we) (?:can't|cant|cannot|can not|couldn't|could not) (?:add|install|enable|activate|find|see) (?:the |this |my |any |an? )?(?:extension|add-?on|plugin|app|widget|option|button|setting|menu|tab|icon|account|device)s?",
    "(?:i|we) (?:still )?(?:don't|do not|didn't|did not|never) (?:get|receive) (?:any )?(?:comments?|notifications?|e-?mails?|mails?|messages?|results?|updates?|images?|sound|audio|response|replies|alerts?|push notifications?)",
    '(?:i|we) (?:already |also )?had (?:that|this) (?:same )?(?:issue|problem|error|bug)(?= (?:when|after|with|on|in|before|since|too|as well)(?= )| *[.!]| *$)',
    "for (?:us|me),? it(?:'s|s| is) the same(?= *[.!]*$| *[.!]+ )",
    '(?:notice|noticed|noticing|see|seeing|saw|experience|experiencing|experienced|observe|observed|observing|encounter(?:ed|ing)?|face|facing|hit|hitting) the (?:exact )?same (?:problem|issue|error|bug|behaviou?r|crash)',
    "(?:i have|i've|i|we have|we've|we) (?:also |already )?(?:seen|noticed|observed|experienced) (?:this|the same|that|similar|a similar) (?:behaviou?r|issue|problem|bug|error|crash)",
    '(?:has|have|had) been happening (?:to|for) (?:everyone|everybody|me|us|many|a lot of (?:people|users)|several (?:people|users))',
    '(?:had been|has been|was|were) working (?:\\S+ )?(?:fine|well|great|ok|okay) until',
    '(?:changes?|settings?|edits?|updates?|config(?:uration)?)\\S* (?:are |is )?not (?:taking|take|taken|being) (?:place|effect|applied|saved|picked up)',
    '(?:problem|issue|error|bug|crash|stuckness|freeze)s? (?:\\S+ )?still (?:shows up|occurs|happens|appears|exists|remains|persists)',
    '(?:shows|displays|returns|gives|show|display|return) (?:me )?(?:absolutely )?nothing(?! (?:new|more|else|of|about|but|other))', 'то(?: же|же) самое(?= *[.!,(]|$)',
    'не запускаеться', '(?:^|\\. )есть проблема', 'слета(?:ют|ет)', '(?:проблема|ошибка) (?:[^ .!?,;]+ ){0,5}(?:возникает|появляется)',
    "(?:isn't|aren't|is not|are not|was not|wasn't|were not) (?:being )?(?:respected|honou?red|taken into account|obeyed)", '(?:is|are) not (?:ok|okay) for me',
    '(?:but|still|and|yet) nothing (?:has )?changed', "(?:i|we) (?:couldn't|could not|can't|cannot|can not) search",
    '(?:hat|haben|hatte|hatten) das problem (?:\\S+ )?nicht (?:behoben|gelöst)',
    '(?:kann|können|konnte|konnten) (?:[^ .!?,;]+ ){0,4}nicht (?:mehr )?(?:abgerufen|geladen|angezeigt|gespeichert|synchronisiert|importiert|geöffnet|heruntergeladen) werden',
    'вс[её] (?:же |ведь )?работало', 'верните как было', '(?:queuing|queued|pending|loading|spinning|stuck|waiting|buffering|syncing|processing) forever', 'бесконечно груз\\S*',
    "(?:fresh |clean )?(?:reinstall(?:ing)?|restart(?:ing)?|reboot(?:ing)?|updat(?:e|ing)|clearing the cache)\\S* (?:did not|didn't|does not|doesn't|won't) (?:resolve|fix|help|solve|change)(?= (?:it|this|that|the|anything)| *[.!,]| *$)",
    'broke (?:[^ .!?,;]+ ){1,2}(?:completely|entirely|totally)',
    "(?:doesn't|does not|won't|will not|didn't|did not) (?:allow|let) me (?:to )?(?:export|save|upload|download|log ?in|sign ?in|open|install|add|change|edit|select|choose|use|access|play|send)",
    "(?:this|it|that|the same) (?:also|too) happens", 'also happens (?:to|for|on|in|with) (?:me|us|my|our)',
    'stops (?:receiving|sending|working|syncing|loading|responding|updating|playing)', 'translation (?:mistake|error)s?', 'garbage (?:letters|characters|text)',
    "je confirme (?:le|ce|un) (?:pb|problème|bug|souci)", 'pb de fonctionnement', 'pas de donn[ée]es? re[çc]ue?s?', "n'a jamais (?:démarré|démarrer|fonctionné|marché)",
    'niet de enige met (?:dit|dat|het|hetzelfde) probleem',
    "(?:i|we) (?:get|got|see|saw|have|had|experience|experienced|notice|noticed) (?:this|that|it)(?: [^ .!?,;]+)?,? (?:too|also|as well)", 'm[eê]me constat',
    '(?:all (?:of )?my |my |the |our )(?:[^ .!?,;]+ )?(?:data|files|photos|notes|entries|progress|settings|history|contacts|bookmarks|habits|tasks|records|streaks?) (?:is|are|was|were|has been|have been) (?:all |completely )?(?:gone|lost|deleted|wiped|erased)(?: as well| too)?',
    'everything (?:is|was) gone', '(?:now|suddenly) it (?:breaks|broke|crashes|crashed|stopped working|fails|failed)',
    '(?:installed|updated to|upgraded to) (?:[^ .!?,;]+ ){0,3}(?:and|but) it (?:failed|crashed|broke|stopped working|does not work|doesn\'t work)',
    "(?:pressing|clicking|tapping|restarting|reinstalling|clearing|resetting|changing|updating|reloading) (?:[^ .!?,;]+ ){0,3}(?:doesn't|does not|didn't|did not) (?:change|do|fix|help) (?:anything|a thing)",
    "(?:does not|doesn't|do not|don't) seem to (?:work|load|save|sync|open|show|respond|update|start)", '(?:defect|bug|issue|problem|error|crash) (?:is|was|has been) reproduced',
    'reproduced (?:the|this|that) (?:bug|issue|defect|problem|crash)',
    "(?:am|are|is|i'm|we're) not (?:getting|receiving) (?:any )?(?:reminders|notifications|emails|e-mails|mails|messages|updates|alerts|data)",
    'nothing (?:is|was|gets|got) (?:executed|saved|shown|displayed|loaded|sent|imported|exported|synced)',
    '(?:downgraded|rolled back|reverted) (?:to|back to) (?:[^ .!?,;]+ ){0,4}(?:and )?(?:it |they |everything )?(?:works?|runs?|ran|worked|run) (?:fine|again|ok|okay|perfectly|normally)',
    'das ?selbe (?:ist|passiert|gilt) auch', 'confirmed (?:also )?(?:from|on) my (?:side|end)',
    '(?:i|we) (?:have|am having|are having|had|also have) (?:some |a few |many |the same )?(?:problems?|issues?|trouble) with',
    // Help asked around a failure on forums: "I'm having a little trouble getting the time to update", "I'm struggling to
    // detect any signal", "I am not able to pass data to emoncms", "I always get false", "it never updates".
    "(?:having|have|had) (?:a |some )?(?:little |bit of |few |lot of |real )?(?:trouble|problems?|difficult(?:y|ies)) (?:in |with )?getting",
    "(?:i'm|i am|we're|we are|i've been|i was|we were) (?:still )?struggling to (?:get|detect|make|find|see|connect|read|load|run|start|send|receive)",
    "(?:i'm|i am|we're|we are|i was|we were) (?:still )?not able to (?:get|pass|send|connect|see|log ?in|access|open|load|save|upload|download|start|install|run|find|read|receive|reach|post)",
    '(?:i|we) always (?:get|got|receive|see) (?:back )?(?:an? )?(?:"?false"?|errors?|nothing|null|an empty|the same (?:error|old|data|result))',
    'still not (?:launching|starting|loading|working|opening|syncing|showing|updating)', '(?:froze|crashed|died|hung) on me', 'повторя(?:ется|ются)',
    'подтверждаю (?:проблему|баг|ошибку)', 'у меня (?:то же самое|тоже самое|так же|также)(?= *[.!,]|$)',
  ),
  // The same follow-ups where they open the sentence ("Still nothing.", "Same on Pixel 4a"): anchored, so they are cheap.
  words(
    "^still nothing(?= *(?:[.!,;]|$| here| for me| on| happens| after| since| changed))",
    '^same (?:on|in|with|for) (?!(?:my|your|the|his|her|our) (?:opinion|view|experience|eyes)|general|fact|theory|principle|practice)[^ !?,;]+(?: [^ !?,;]+){0,3}(?= *[.!]*$)',
    '^same (?:issue|problem|bug|error|behaviou?r) as', '^please fix(?: (?:this|it|that))?(?: (?:asap|soon|quickly))?(?= *[.!]*$)',
    '^(?:yep,? |yes,? |hey[.,]? )?(?:similar|same) here,? (?:started|starting|since|after|too|as well|for me|on|with|in|when|every|again|also)(?= )',
    '^(?:sorry,? )?still (?:exists?|exsists?|persists|present|there|the same|no change|nothing)(?= *[.!,]|$| here| for me| in| on| with| after)',
    '^(?:still )?no changes?(?= *[.!]*$| here| for me| at all)', '^same (?:thing )?(?:happened|happens|happening) (?:to|with|for) (?:me|us)',
    '^(?:same|same here|me too|same (?:problem|issue) here|same (?:problem|issue))[ .!]*[:;]\'?-?[(/]',
  ),
  // sv, da, no
  words(
    'fungerar inte', 'funkar inte', `går (?:[^ .!?,;]+ ){0,2}inte att ${NORDIC_ACTIONS}`, `(?:kan|kunde) inte ${NORDIC_ACTIONS}`, `(?:kan|kunne) (?:[^ .!?,;]+ ){0,2}ikke ${NORDIC_ACTIONS}`, 'felmeddelande(?:t)?', 'fejlmeddelelse(?:n)?', 'feilmelding(?:en)?',
    'kraschar', 'krasjer', 'crasher', '(?:appen|programmet|skærmen|skärmen|spillet|spelet|telefonen|siden|sidan|datoren|datorn|computeren) (?:[^ .!?,;]+ )?fryser', 'hänger sig', `${NORDIC_THINGS} (?:[^ .!?,;]+ ){0,3}(?:har försvunnit|försvann|er forsvundet|forsvandt|er borte|er forsvunnet)`, 'har (?:samma|samme) problem', 'stängs ner', 'lukker ned', 'startar inte', 'starter ikke', 'virker ikke', 'fungerer ikke',
  ),
  // ru
  words(
    `не (?:могу|получается|удаётся|удается) ${RU_ACTIONS}`, `${RU_THINGS} (?:[^ .!?,;]+ ){0,3}(?:пропал[аио]?|исчез(?:ла|ли|ло)?)`, `(?:пропал[аио]?|исчез(?:ла|ли|ло)?) (?:[^ .!?,;]+ ){0,2}${RU_THINGS}`, 'не (?:сохраняется|сохраняются|открываются|загружаются|отображается|отображаются|показывается|показываются|приходит|приходят)',
    'приходят (?:дважды|по два раза)', 'выда[её]т ошибку',
    // Layout and text on the page: "налезает на текст", "вёрстка расползлась", "едет вёрстка", "нечитабелен".
    '(?:налеза|наезжа|съезжа|уезжа)(?:ет|ют) (?:на|вниз|вправо|влево)', '(?:в[её]рстка|дизайн|колонка|меню|логотип|текст|страница|сайт|блог) (?:[^ .!?,;]+ ){0,2}(?:расползл|разъехал|поехал|съехал|уехал|развалил)(?:ась|ся|ось|ись|а|и)?',
    '(?:расползл|разъехал|поехал|съехал|развалил)(?:ась|ся|ось|ись) (?:[^ .!?,;]+ )?(?:в[её]рстка|дизайн|колонка|меню|страница)', '(?:едет|плывёт|плывет|кривая|кривой) в[её]рстка', 'нечитаб(?:е|и)льн\\S*',
    '(?:ссылка|ссылки|линк|картинка|картинки|изображение|пример|примеры|демо|страница|rss|фид|лента|капча|форма) (?:[^ .!?,;]+ ){0,3}(?:не (?:работа(?:ет|ют)|открыва(?:ется|ются)|грузится|загружа(?:ется|ются)|отобража(?:ется|ются)|показыва(?:ется|ются)|видн[аоы]|пашет)|битая|битые|ведёт в никуда|ведет в никуда)',
    '(?:ни один|ни одна|ничего) (?:из [^ .!?,;]+ )?не (?:работает|пашет|открывается|отображается)', '(?:так и не|ничего не|до сих пор не) (?:пришл[оаи]|пришёл|пришел|появил(?:ось|ся|ась))', 'не могу (?:залогиниться|авторизоваться|зарегистрироваться|прочитать|посмотреть|оставить комментарий|прокомментировать)',
    'пишет (?:ошибку|что|-)', 'ругается на',
    // A dead link, a typo pointed out (as "typo" is in English): "битая ссылка", "Опечатка у Вас в 3-м абзаце".
    '(?:битая|битые|мёртвая|мертвая|мертвые|мёртвые) ссылк\\S*', 'опечатк\\S*',
    // A link that leads elsewhere, characters lost from the post's examples: "Ссылка ведет не туда", "дефисы потерялись".
    '(?:ссылка|ссылки|линк)\\S* (?:[^ .!?,;]+ ){0,3}(?:вед[её]т|ведут|указывает|указывают) не туда', '(?:дефисы|символы|пробелы|кавычки|картинки|изображения|стили|отступы|переносы|теги) (?:[^ .!?,;]+ ){0,2}потерял(?:ись|ся|ась)',
  ),
  // Follow-ups in nl, pt, es, pl, fr, it: the same thing happens to me, the fault persists in a version, mail or a
  // code never arrives, reinstalling did not help, a message appears, it keeps restarting.
  words(
    "bij mij (?:gebeurt |is het )?(?:precies |exact )?(?:het ?zelfde|net zo)", "(?:probleem|fout|bug)\\S* (?:is |blijft )?(?:nog steeds|nog altijd) (?:niet )?(?:opgelost|verholpen|aanwezig)",
    '(?:blijft|start|laadt) (?:steeds |maar |telkens |constant )?opnieuw (?:opstarten|starten|laden)', '(?:start|laadt) (?:steeds|telkens|constant) opnieuw',
    'krijg (?:ik )?(?:de |een |steeds de |telkens de |steeds een )?(?:fout)?melding', '(?:teller|balk|voortgang|download|upload|installatie)\\S* (?:[^ .!?,;]+ ){0,2}blijft (?:[^ .!?,;]+ ){0,2}(?:op|bij) \\d+',
    '(?:e-?mail|mail|code|sms|bevestiging|melding)\\S* (?:[^ .!?,;]+ ){0,3}(?:komt|komen) (?:nooit|niet) aan', '(?:opnieuw installeren|herinstalleren|herstarten|opnieuw opstarten|cache legen)\\S* (?:hielp|heeft) (?:niet|niets)',
    '(?:problema|erro|bug)s? (?:ainda )?(?:continua|persiste)m? (?:na|no|com|em|mesmo|após|depois|aqui|igual|acontecendo)(?= )', '(?:aparece|apareceu|aparecem|recebo|recebi) (?:a |uma |sempre a |sempre uma )?mensagem(?= *[:"“«]| de (?:erro|falha)| dizendo)',
    '(?:e-?mail|código|sms|confirmação|link)\\S* (?:[^ .!?,;]+ ){0,3}nunca (?:chega|chegou)', '(?:reinstalei|reiniciei|limpei o cache|desinstalei)(?: [^ .!?,;]+){0,3},? (?:e )?(?:não|nao|nada) (?:adiantou|resolveu|funcionou|mudou|ajudou)',
    'me pasa (?:exactamente |justo |justamente )?lo mismo', '(?:problema|error|fallo)\\S* (?:sigue|persiste|continúa)(?= (?:en|con|igual|ahí|sin|apareciendo|pasando|ocurriendo|presente)(?= ))',
    '(?:correo|e-?mail|mail|código|sms|confirmación|enlace)\\S* (?:[^ .!?,;]+ ){0,3}nunca (?:llega|llegó)', '(?:reinstalé|reinicié|borré la caché|desinstalé)(?: [^ .!?,;]+){0,3},? (?:y )?(?:no|nada) (?:sirvió|funcionó|cambió|ayudó|lo solucionó|resolvió)',
    '(?:u mnie|mam) (?:dokładnie |dokladnie )?to samo', 'u mnie (?:też|tak samo|podobnie)(?= *[.!]| *$)', 'nadal nie (?:został|zostało|jest) (?:rozwiązany|rozwiązane|naprawiony|naprawione)',
    '(?:mail|e-?mail|kod|sms|potwierdzenie|link)\\S* (?:[^ .!?,;]+ ){0,3}nie (?:przychodzi|dochodzi|doszedł|przyszedł|dotarł)', '(?:ponowna instalacja|reinstalacja|restart|ponowne uruchomienie)\\S* (?:[^ .!?,;]+ ){0,2}nie (?:pomogła|pomógł|pomogło)',
    "(?:problème|bug|erreur|souci)\\S* (?:est |reste )?(?:toujours|encore) (?:présente?|là|d'actualité)", "(?:problème|bug|souci|défaut)\\S* persiste",
    // The same, said in a few words at the end of a follow-up: "Il problema persiste.", "Sigue sin funcionar.",
    // "Ainda não funcionou.", "Immer noch kaputt.", "Het probleem blijft."
    '(?:problema|errore|error|erro|fallo)\\S* (?:persiste|continua|continúa|sigue)(?= *[.!…]| *$)', '(?:probleem|fout)\\S* blijft(?: bestaan)?(?= *[.!…]| *$)',
    'sigue sin (?:funcionar|andar|cargar|abrir|arrancar|sincronizar)', 'ainda não (?:funcionou|funciona|deu certo|abre|carrega|sincroniza)', '(?:immer|noch) (?:noch )?kaputt', 'nog (?:steeds|altijd) (?:stuk|kapot)',
    // "VStream ne trouve aucun sous-titre": a tool that finds, reads or recognises nothing.
    "ne (?:trouve|détecte|reconnaît|reconnait|lit|joue|télécharge|enregistre|synchronise) (?:plus |pas |jamais )?(?:aucune?|rien)(?= |$|[.!,])", "(?:mail|e-?mail|courriel|code|sms|confirmation|lien)\\S* (?:[^ .!?,;]+ ){0,3}n'arrive (?:jamais|pas)",
    "(?:réinstaller|redémarrer|vider le cache|réinitialiser|j'ai réinstallé|j'ai redémarré|la réinstallation)\\S* (?:[^ .!?,;]+ ){0,2}n'a (?:rien changé|pas aidé|rien fait|pas résolu|pas marché)",
    "(?:problema|errore|bug)\\S* (?:persiste|continua|c'è ancora)(?= (?:anche )?(?:nella versione|nell'ultima|con la versione|con l'ultima|dopo|ancora|tuttora)(?= |$))",
    '(?:e-?mail|mail|codice|sms|conferma|link)\\S* (?:[^ .!?,;]+ ){0,3}non (?:arriva|arrivano|è arrivat[oa]) mai', "(?:reinstallare|riavviare|svuotare la cache|ho reinstallato|ho riavviato|la reinstallazione)\\S* (?:[^ .!?,;]+ ){0,2}non (?:è servit[oa]|ha (?:risolto|aiutato|funzionato|cambiato))",
  ),
  // Everyday site faults as readers write them, in the languages the issue names ("Die Fotos gehen nicht", "La web está
  // caída", "O site está fora do ar", "Il sito è down", "De site ligt eruit", "De link doet het niet").
  words(
    // fr, as readers of a French tech blog report faults: "Il y a un bug dans le formulaire", "Le script plante", "Le
    // flux RSS ne se met plus à jour", "La commande renvoie une erreur".
    "il y a (?:encore |toujours )?(?:un|des) (?:petit |gros |léger )?(?:bugs?|bogues?|problèmes?|soucis|souci|erreurs?)", '(?:script|appli|application|site|page|logiciel|programme|plugin|plug-in|navigateur|serveur|jeu|safari|firefox|chrome)s? (?:[^ .!?,;]+ ){0,2}plante',
    "(?:ne (?:sont|est)|n['’]est) plus (?:visibles?|affichée?s?|accessibles?|disponibles?|valides?)(?! qu)", "(?:liens?|pages?|fichiers?|url|images?|vidéos?|téléchargements?|sources?|données|exemples?|slides|supports?)\\S* (?:[^ .!?,;]+ ){0,6}(?:ne (?:sont|est)|n['’]est) (?:pas|plus)(?: plus)? (?:disponibles?|accessibles?|valides?)", "(?:liens?|pages?|branches?|fichiers?|projets?|dépôts?|url|images?|vidéos?)\\S* (?:[^ .!?,;\"]+ ){0,3}(?:\"[^\"]*\" )?n['’]existe (?:pas|plus)", "j['’]ai (?:souvent |toujours |parfois |encore |systématiquement )?(?:une|des|cette|la même) erreurs?", "j['’]ai (?:eu )?(?:des|un|quelques|plein de|pas mal de) (?:petits? |gros )?(?:probl[eè]mes?|soucis|souci) (?:avec|sur|pour|lors|quand|en (?:utilisant|lançant|installant))", 'ne se met(?:tent)? plus à jour', "ne s'installe(?:nt)? (?:pas|plus)", 'ça ne donne rien(?! de)', '(?:renvoie|retourne|affiche|me donne) (?:une|des) erreurs?', 'pointe vers une page (?:inexistante|vide|introuvable|d.erreur)',
    // it, pt, nl, de, as readers of a tech blog report faults: "C'è un bug nel modulo", "Tive problemas com o script",
    // "Het script loopt na twee minuten vast", "Der Link ist nicht mehr gültig".
    "(?<!se )c['’]è un (?:bug|problema) (?:nel|nella|nei|nelle|in|con|sul|sulla)", '(?:tem|há) (?:um|uns) (?:bugs?|erros?|problemas?) (?:no|na|nos|nas|em|com)', '(?:er zit|er is|er zitten) (?:een |wat )?(?:bugs?|fouten?) in', '(?:ist|gibt es|steckt) (?:ein|einen) (?:bug|fehler) (?:im|in|bei|beim)', 'im \\S+ (?:ist|steckt) ein (?:bug|fehler)',
    '(?:link|url|collegamento|pagina|indirizzo|codice)\\S* (?:[^ .!?,;]+ ){0,4}non (?:è|sono) più valid[oaie]', '(?:link|url|página|endereço|código)\\S* (?:[^ .!?,;]+ ){0,4}não (?:é|são) mais válid[oa]s?', '(?:link|url|pagina|adres|code)\\S* (?:[^ .!?,;]+ ){0,4}(?:is|zijn) niet meer geldig', '(?:link|url|seite|adresse|code)\\S* (?:[^ .!?,;]+ ){0,4}(?:ist|sind) nicht mehr gültig',
    '(?:ho avuto (?:dei |alcuni |diversi )?problemi con|tive (?:alguns |uns |vários )?problemas com|ik had (?:wat |een paar |veel )?problemen met|ich hatte (?:ein paar |einige |viele )?probleme mit) (?:[^ .!?,;]+ ){0,2}(?:script|skript|plugin|plug-in|app|code|codice|código|programm|programma|programa|update|tutorial|theme|thema|tema)',
    'non si installa(?:no)?', 'não (?:instala|instalam|abre|abrem)(?= *[.!]|$)', 'installeert niet', '(?:script|app|aplicativo|site|programa|jogo|navegador|sistema)\\S* (?:[^ .!?,;]+ )?trava', '(?:script|app|programma|computer|site|pagina|browser|spel|systeem|telefoon)\\S* loopt (?:[^ .!?,;]+ ){0,4}vast', '(?:wordt|worden) niet meer (?:bijgewerkt|geüpdatet|ververst)',
    // Asking whether others meet the fault reports it ("Is anyone else having trouble uploading photos?").
    '(?:any|some)(?:one|body) else (?:is |are )?(?:having|has|have|had|seeing|getting|experiencing) (?:any |the same |this |similar |a )?(?:trouble|troubles|problems?|issues?|errors?|difficult(?:y|ies))',
    'alguien más (?:tiene|tuvo|ha tenido|con) (?:problemas|el mismo problema|este problema|errores)', "quelqu'un d'autre (?:a|aurait|rencontre) (?:des |le même |ce )?(?:soucis|problèmes?|bugs?|erreurs?)",
    '(?:hat|haben) (?:noch|sonst noch|auch) (?:jemand|wer|einer) (?:[^ .!?,;]+ )?(?:probleme|das problem|den fehler|das gleiche problem|dasselbe problem)', 'mais algu[ée]m (?:com|tem|teve) (?:problema|o mesmo problema|este problema|erro)',
    'qualcun (?:altro|alto) (?:ha|ha avuto|con) (?:problemi|lo stesso problema|questo problema|errori)', 'heeft (?:nog )?iemand (?:anders )?(?:ook )?(?:problemen|hetzelfde probleem|dit probleem|last van)',
    '(?:laadt|opent|start|werkt|doet|speelt) (?:[^ .!?,;]+ ){0,3}niet meer',
    '(?:link|url|button)s? (?:goes|go|leads?|points?) (?:to )?nowhere', '(?:link|seite|button|knopf)\\S* (?:führt|führen) ins leere',
    '(?:fotos?|bilder?|videos?|links?|seite|webseite|app|login|download|kommentare?|galerie|umlaute|sonderzeichen|formular|suche|karte)\\S* (?:geht|gehen) (?:leider |immer |auch |bei mir )?(?:noch )?nicht(?: mehr)?(?= *(?:[.,!?;:)]|$))',
    '(?:formular|feld|seite|app|system|login|suche)\\S* (?:nimmt|nehmen|akzeptiert|akzeptieren) (?:[^ .!?,;]+ ){0,3}nicht(?: an)?(?= *(?:[.,!?;:)]|$))',
    '(?:site|page|appli|application|serveur|lien|service|vidéo|formulaire)s? (?:est|sont|était|semble) (?:\\S+ )?en panne', 'impossible de (?:lire|voir|afficher|commenter|poster|regarder) (?:la |le |les |l\'|mes |mon |ma )?(?:vidéo|photo|image|page|commentaire|carte|lien)s?',
    '(?:fotos?|imágenes|imagen|vídeos?|videos?|enlaces?|comentarios?|mapas?|páginas?|botón|botones)\\S* no se (?:ven?|cargan?|abren?|muestran?|reproducen?)', '(?:descarga|subida|carga|actualización|instalación|barra|video|vídeo)\\S* se (?:queda|quedó|quedan) (?:en|al) (?:el )?\\d+ ?%', 'se (?:queda|quedó|quedan) (?:colgad[oa]s?|cargando|en blanco|pillad[oa]s?)',
    '(?:web|página|pagina|sitio|servidor|enlace|link|app|aplicación|servicio)s? (?:está|están|estaba|estaban|parece|sigue) (?:\\S+ )?caíd[oa]s?', 'no me deja (?:comentar|ver|responder|votar|registrarme|suscribirme)',
    '(?:site|página|servidor|app|aplicativo|serviço|blog|sistema)\\S* (?:está|esteve|ficou|fica|continua|estava) (?:\\S+ )?fora do ar', '(?:fotos?|imagens?|vídeos?|links?|comentários?|páginas?)\\S* não (?:aparecem|aparece|abrem|abre|carregam|carrega)',
    '(?:commento|commenti|foto|immagini?|video|post|messaggi?o?|file|dati|link)\\S* (?:[^ .!?,;]+ ){0,2}(?:è|sono) (?:[^ .!?,;]+ )?(?:sparit[oaie]|scompars[oaie])', '(?:pagina|sito|app|video|foto|file|link|mappa|modulo|immagin[ei])\\S* non si (?:carica|caricano|apre|aprono|avvia|avviano)',
    '(?:sito|pagina|server|web|app)\\S* (?:è|sono|era) (?:\\S+ )?(?:down|offline|irraggiungibile)',
    '(?:link|knop|app|site|pagina|website|video|foto|inloggen|formulier|zoekfunctie|kaart|reactie)\\S* (?:doet|doen) het (?:[^ .!?,;]+ )?niet(?: meer)?', '(?:video|app|site|pagina|computer|programma|foto|link|spel|filmpje|formulier)\\S* (?:wil|willen) (?:[^ .!?,;]+ )?niet (?:meer )?(?:afspelen|laden|openen|starten|werken|versturen)',
    '(?:reactie|bericht|foto|comment)\\S* (?:is|zijn) (?:[^ .!?,;]+ )?verdwenen',
    'laadt (?:[^ .!?,;]+ )?(?:erg |heel |super |extreem |zo )?traag', '(?:site|server|website|app|dienst|pagina)\\S* (?:ligt|lag|liggen) (?:[^ .!?,;]+ )?(?:eruit|plat)'
  ),
  // The hard cases, beyond English: a count that disagrees ("Il contatore dice 12 ma ne ho caricate 40"), a state
  // that stays pending ("mes photos sont toujours en attente"), mails that keep coming back ("Die Geister-Mails kommen
  // immer wieder").
  words(
    '(?:dice|dicen|muestra|marca|pone|indique|affiche|zeigt|steht|mostra|diz|zegt|toont|geeft) (?:[^ .!?;]+ ){0,3}\\d+,? (?:pero|mais|aber|doch|mas|ma|maar) (?:[^ .!?;]+ ){0,5}\\d+',
    '(?:siguen?|sigue|toujours|immer noch|noch immer|continuam?|continua|ainda|ancora|nog steeds|nog altijd) (?:[^ .!?,;]+ ){0,3}(?:pendientes?|en attente|ausstehend|pendentes?|in sospeso|in attesa|in behandeling|in afwachting)',
    '(?:correos?|e-?mails?|mails?|notificaciones|mensajes|avisos)\\S* (?:[^ .!?,;]+ )?(?:siguen|continúan) (?:llegando|apareciendo|volviendo)',
    '(?:e-?mails?|mails?|courriels?|notifications?|messages?)\\S* (?:[^ .!?,;]+ )?(?:reviennent|arrivent|réapparaissent) (?:sans (?:arrêt|cesse)|toujours|encore)',
    '(?:e-?mails?|mails?|benachrichtigungen|nachrichten|meldungen)\\S* (?:[^ .!?,;]+ )?(?:kommen|tauchen) (?:[^ .!?,;]+ )?immer wieder',
    '(?:e-?mails?|notificações|mensagens)\\S* (?:[^ .!?,;]+ )?continuam (?:chegando|aparecendo|voltando|a chegar|a aparecer)',
    '(?:e-?mail|mail|notifiche|messaggi)\\S* (?:[^ .!?,;]+ )?continuano (?:ad arrivare|a arrivare|a comparire|a tornare)',
    '(?:e-?mails?|mails|meldingen|berichten|notificaties)\\S* (?:[^ .!?,;]+ )?(?:blijven|komen) (?:[^ .!?,;]+ )?(?:binnenkomen|terugkomen|steeds terug|maar binnen)'
  ),
];

/** Chinese, Japanese and Korean reports: no word bounds. */
export const FAULT_FRAMES_CJK = anywhere(
  // ja
  // "vscodeの拡張機能を正常に動かすことができません": what the writer cannot get working.
  '(?:正常に)?(?:動かす|動作させる|起動する|起動させる|インストールする|接続する|表示する|読み込む|ビルドする|コンパイルする)ことが(?:でき|出来)(?:ません|ない|なかった)',
  'リンク切れ', 'リンクが切れて', '失效了', '链接失效', '鏈接失效', '連結失效', '链接挂了',
  'フリーズ', '固まる', '固まります', '固まって', '消えました', '消えてしまいました', '消えてしまった', '真っ白', '真っ黒', '同じ問題が', '同じ症状', '保存されません', '保存できません', '保存されない',
  '二重に届', '勝手に終了', '落ちます', '強制終了', 'クラッシュ', '反映されません', '反映されない', '届きません', '届かない',
  '失敗します', '失敗しました', '反応しない', '反応しません', '文字化け', '表示がおかしい', '表示が崩れ', '同期されない', '同期されません', '同期できない', '同期できません', '読み込まれない', '読み込まれません', '読み込めない', '動作しない', '動作しません', '使えない', '使えません', '開けない', '止まってしまう', '止まってしまいます', 'ログアウトされ', '異常終了', '正常に動作し(?:ない|ません)', '(?:ログイン|サインイン|保存|再生|起動|接続|同期|表示|アップロード|ダウンロード|インストール|送信|投稿|更新|読み込み)(?:が|も)?できなくな',
  // zh
  '死机', '^我的也是',
  // What seems broken, cannot be done, has no effect, keeps failing or is still there: "链接好像有问题", "下载xls好像不行",
  // "java不能自动获取服务器ip", "控件没有作用", "总出错", "小米4 还有这个问题", "获取不了".
  '(?:好像|似乎|貌似|好象)(?:有点|有點|有些|有)(?:问题|問題)', '(?:写|寫)的?都?有点(?:问题|問題)', '(?<!(?:如果|如|要是|若)[^，。！？,.!?]{0,6})(?:还|還|仍然|依然|还是|還是)有(?:这个|這個|这种|這種)(?:问题|問題)(?![^，。！？]*[吗嗎？?])', '(?:好像|似乎|貌似)不行',
  '(?<![你您])不能(?:自动|自動|正常|正确|正確)?(?:获取|獲取|启动|啟動|打开|打開|下载|下載|上传|上傳|登录|登錄|显示|顯示|播放|访问|訪問|连接|連接|运行|運行|安装|安裝|识别|識別|加载|載入|滑动|滚动|滾動)',
  '没有作用', '沒有作用', '不起作用', '没有效果', '沒有效果', '无效了', '無效了', '没反应', '沒反應', '没有反应', '沒有反應', '(?:就|又|总|總|老是|一直)(?:出错|出錯)', '(?<!不)(?:会|會)(?:出错|出錯)', '(?<!不会|不會|不)出(?:错|錯)了', '(?:获取|獲取|下载|下載|上传|上傳|打开|打開)不了',
  '同样情况', '同样的现象', '同样现象', '放不了', '播放不了', '切不了', '望解决', '求解决', '希望(?:能)?(?:尽快)?解决', '同じ現象',
  '会失效', '没数据', '没有数据', '不显示',
  // Cannot connect, none of them usable, still reproducible, met it too, "I thought it was just me": "所有节点都连不上了",
  // "1仍可复现", "这个问题我今天也遇到了", "原来都一样", "私も同様の問題に遭遇しています".
  '(?:都|也|还是|還是|一直|总是|總是|又|就)(?:连|連|连接|連接)不上', '(?:连|連|连接|連接)不上了(?![^，。！？]*[吗嗎？?])', '没有一个(?:[^，。！？,.!?]{0,8})(?:可用|能用)', '(?:仍|仍然|依然|还|還)(?:可以?|能)?复现', '(?:仍|仍然|依然|还是)存在', '(?:没有|沒有|没|未)修复(?!了)',
  '(?:^|我|我们|我們)(?:[^，。！？,.!?]{0,4})也遇到(?:了|过|過)', '原来(?:大家)?都一样', '以为是我(?:自己|个人)?的?问题', '同様の(?:問題|現象|症状|不具合|エラー)', '同じ(?:問題|不具合)に',
  '还是这样', '还是一样', '依然这样', '已损坏', '已經損壞',
  // Errata and dead things in a blog post: "帖子图挂了", "网站已经挂掉了", "Effective C++ 的引用链接错了", "Python的代码贴错了", "语法有错".
  '(?:图|图片|圖|圖片|链接|鏈接|連結|网站|網站|站点|站點|页面|頁面|视频|視頻|影片)(?:都|又|好像|已经|已經)?挂(?:掉)?了', '(?:链接|鏈接|連結|代码|代碼|公式|例子|示例|翻译|翻譯|图|圖)[^，。！？,.!?]{0,6}(?:错了|錯了|有错|有錯|有误|有誤|不对|不對)',
  // (A link that is "不对" is read by the pattern above.)
  // Errata pointed at a spot of the post: "这里是2016吧", "这里应该是 5000", "之间少了一个空格吧", "正しくはorder_id", "URLが間違っていますよ".
  // (What it should be holds code or a number: not "这里是北京吧", "上面的说法应该是对的".)
  '(?:这里|這裡|这儿|此处|此處|这行|這行|这句|這句|这一行|上面|下面|其中的?)[^，。！？,.!?]{0,20}(?:应该|應該|应|應)?是\\s*[^，。！？,.!?\\s]{0,4}[0-9A-Za-z_$#/][^，。！？,.!?]{0,16}吧', '(?:这里|這裡|此处|此處|其中的?|上面的?|下面的?|第[一二三四五六七八九十\\d]+[行步段])[^，。！？,.!?]{0,30}(?:应该|應該)是\\s*[^，。！？,.!?\\s]{0,4}[0-9A-Za-z_$#/]',
  '(?:少|多|漏)了(?:一个|一個|个|個)?[^，。！？,.!?]{0,6}(?:空格|括号|括號|分号|分號|逗号|逗號|引号|引號|参数|參數|字符|字母|斜杠)',
  '正しくは', '(?:URL|リンク|リンク先|アドレス|名前|表記|綴り|スペル)[^。！？!?]{0,12}(?:間違って|まちがって)', '誤字', '誤植',
  '(?:贴|貼|写|寫|打|拼)(?:错|錯)了', '笔误', '筆誤', '错别字', '錯別字', '(?:语法|語法)有(?:错|錯|误|誤)', '应该?改为', '應該?改為', '(?:链接|鏈接|連結)(?:没对|沒對上)',
  '(?:重大|严重|很大)的?bug', '(?:会|都会|也会|还是会|又)?出现了?(?:这个|这种|同样的|一样的|此|该)(?:问题|bug|错误|情况)', '也是出现', '也出现了?(?:这个|同样|一样|类似|这种|这样)', '同样反馈', '反馈同样', '(?:还是|依然|仍然|也)有(?:这个|同样的|一样的)问题', '也没用', '还是没用', '都没用', '没有用(?![户处途])', '不能打开', '就打不开', '试了[^。！？!?]{0,12}(?:没用|不行|无效)', '^我也是[，,]',
  '也不行', '都不行', '版本不行', '没有效果', '沒有效果', '没效果', '沒效果', '変わっていません', '変わってません',
  '不见了', '不見了', '消失了', '一片空白', '保存不了', '存不了', '无法保存', '無法保存', '收到了两次', '收到兩次', '收到两次', '自动退出', '自動退出', '自己退出', '加载不出来', '載入不出來', '显示不了', '顯示不了',
  '登录不了', '登錄不了', '登录不上', '登入不了', '上传不了', '上傳不了', '没有反应', '沒有反應', '同样的情况', '同樣的情況',
  // Nothing or the wrong thing on screen, a program that will not start: "但是还没有显示", "页面只显示空白", "png图片会显示成黑色",
  // "只能打包，不能启动", "运行结果不一样" (development sets: 8 comments, all reports).
  '(?:还|都|也|一直|仍然|依然)?没(?:有)?显示(?:出来)?(?![^，。！？]*[吗嗎？?])', '只(?:显示|顯示)(?:空白|白屏|一半|一部分)', '(?:显示|顯示)(?:成|为|為)(?:黑色|白色|黑块|黑塊|乱码|亂碼|空白)', '(?:不能|无法|無法)(?:启动|啟動)', '(?:启动|啟動)不了', '(?:运行|運行|执行|執行)结果不一(?:样|致)',
  '显示错误', '显示不正常', '显示异常', '顯示異常', '很卡', '好卡', '特别卡', '卡顿', '卡頓', '加载很慢', '加載很慢', '同步不了', '无法同步', '無法同步', '点不了', '點不了', '点击没反应', '點擊沒反應', '掉线', '掉線', '自动登出', '被登出', '数据丢失', '數據丟失', '資料遺失',
  // ko
  '열리지 않', '열리지가 않', '안 열려', '사라졌', '사라져', '하얗게 나와', '빈 화면', '같은 문제가', '같은 현상이', '동일한 문제가', '동일한 현상이', '저장이 안', '두 번 와', '두 번씩 와', '멈춥니다', '꺼져요', '꺼집니다', '로그인이 안', '버그',
  '실패했', '실패합니다', '반응이 없', '반응 없', '글자가 깨', '깨져요', '깨집니다', '느려요', '느립니다', '너무 느려', '동기화가 안', '동기화 안', '로그아웃이 돼', '로그아웃됩니다', '튕깁니다', '작동 안', '작동이 안', '안되요', '표시가 안', '안 보여요', '안 나와요', '안나와요', '로딩이 안', '무한 ?로딩', '날아갔',
);
