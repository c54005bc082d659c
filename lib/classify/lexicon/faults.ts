// Problem reports: fault words, symptoms described without them, and what cancels a fault reading (negation,
// fix announcements, talk about faults that reports none).
import { L, words, anywhere, symptomPattern } from './patterns';

/**
 * A whole sentence that only says "me too" ("Same here.", "Likewise", "Kann ich bestätigen"): in a thread it seconds
 * the report above it. A bare "+1" or "bump" is left out: in the labelled sets it seconds a wish about as often as a report. Matched against the trimmed, lower-cased sentence.
 */
export const ME_TOO_SENTENCE = /^(?:(?:hi|hello|hey|bonjour|salut|hallo|hola|ciao|olá|ola)(?: all| everyone| guys| there| folks| à tous| tout le monde| zusammen| a todos| a tutti)?,? )?(?:same(?: here| for me| on my end| \+1)?|the same|the same (?:for|with|on) (?!you(?:rs)?(?![a-z])|u(?![a-z]))[^\s.!]+|confirmed(?:,? by the way| as well| too| here)?|confirmed (?:on|with|in|for|using) [^\s.!]+(?: [^\s.!]+)?|probl[eè]me identique(?: (?:pour moi|ici|chez moi))?|(?:het ?)?zelfde probleem(?: hier| bij mij)?|same thing|(?:for )?me (?:too|as well)|likewise|ditto|confirmed|(?:i )?can confirm(?: this| that)?|same issue|same problem|idem|pareil|pareil ici|moi aussi|a mí también|ich auch|bei mir auch|bei mir genauso|kann ich bestätigen|bij mij ook|anche a me|também|同样|同樣|我也是|我也一样|저도요|저도 그래요|私も|mir auch|hier auch|auch hier|me the same|same (?:for|with) (?:me|us)(?: too| as well)?|same here too|here too|also here|similar here|(?:lo )?mismo aqu[ií]|a m[ií] tambi[eé]n|(?:yep|yes|yeah),? same(?: here)?|moi de même|chez moi aussi|pareil pour moi|idem (?:ici|pour moi)|me pasa lo mismo|a m[ií] igual|igual aqu[ií]|comigo também|eu também|anch'io|anche io|anche per me|hier ook|ook hier|у меня тоже|я тоже|аналогично|подтверждаю|есть такое|(?:та|такая) же (?:фигня|беда|ерунда|история)|同じく|同じです|私もです|我也遇到了|我也是这样|我的也是)[\s.!…]*(?:\+ ?1)?(?:[\s.!…\uFE0F]|[:;]'?-?[(/]|[😞😢😭😕🙁☹😩😫😤😡])*$/u;

/**
 * A me-too that opens a longer sentence: "Same here, but in my case ...", "Same situation + they disappear randomly",
 * "一样，启动不了". It seconds the report above it, unless the rest of the sentence seconds a wish instead ("Same here,
 * I'd love a CSV export"). Matched against the trimmed, lower-cased sentence.
 */
export const ME_TOO_OPENING =
  /^(?:(?:hi|hello|hey)(?: all| everyone| guys| there| folks)?[,!.]? )?(?:same (?:here|issue|problem|situation|thing|bug|error|for me|on my end|with me)|(?:the )?same (?:on|with|for|in) (?!(?:you|u|yours|all)(?![a-z]))(?:my |the )?[^\s,:;.!?]+|same|(?:for )?me too|me as well|(?:mismo problema|même problème|pareil|gleiches problem|das gleiche problem|selbes problem|bei mir auch|ich auch|anch'io|anche a me|eu também|a mí también|подтверждаю|у меня тоже|то же самое|аналогично|mismo issue|stesso problema|idem(?: pour moi| chez moi| ici)?|même chose (?:pour moi|chez moi|ici)|moi aussi|tu n'es[t]? pas (?:le|la) seule?|vous n'êtes pas (?:le|la|les) seule?s?|il m'arrive la même chose))\s*(?:[,;+，；!]|:(?=\s)|[-–—](?=\s)|\s(?:but|and|on|with|in|for|after|since|when|using|except|although|though|plus|sur|sous|chez|avec|dans|depuis|en|con|por|desde|com|no|na|nel|su|auf|unter|mit|bei|seit|на|под|с|в|после)\s|\.\.\.?\s)(?!.*(?:(?:would|'d) (?:love|like|be (?:great|nice|cool|awesome|useful|helpful))|love to have|feature|suggest|request|wish|option to|please add|vote|vivement|hâte|j'aimerais|ce serait (?:bien|génial|super|top|cool)|wäre (?:schön|toll|cool|super)|me encantaría|sería (?:genial|bueno|útil)|seria (?:ótimo|bom|legal)|sarebbe (?:bello|utile|fantastico)))|^(?:一样|同样|同|我也是|我也一样)[，,]/u;

/**
 * A request for the details of a report ("Can you send your save file to see what goes wrong?", "Please provide
 * logs as noted in the bug template", "Any crash logs?"): it names the fault it asks about and reports none. In the
 * labelled sets a comment with such a sentence is labelled a report 4 times in 113. Matched against the trimmed,
 * lower-cased sentence.
 */
export const INFO_REQUEST =
  /^(?:[^,.!?]{0,30}[,.!] +)?(?:@\S+ *[,:]? *)?(?:(?:can|could|would|will) you (?:please |kindly |also |maybe |then )?(?:send|share|provide|post|upload|attach|run|give (?:us|me)|include|fill out|fill in|describe|clarify|record|enable|export|paste)|(?:please|pls|plz|kindly) (?:also )?(?:send|share|provide|post|upload|attach|fill out|fill in|include|describe|run|record|paste)|(?:any|some) (?:crash |error |debug )?logs?(?![a-z]))(?! (?:a |the )?(?:fix|update|patch|solution|support))/;

/**
 * A program that hangs, locks up, halts or times out, or that the writer is not able to get something done with: the
 * way help lists and issue threads tell a malfunction ("fetchmail hangs while fetching the first message", "since
 * then fetchmail can't retrieve mail"). A malfunction on its own: both a fault word and a strong one.
 */
const PROGRAM_HALTS = [
  '(?<![a-z])(?:hangs|hanging|hung)(?= (?:at|on (?:startup|start|boot|exit|shutdown|the (?:first|second|last|splash|loading))|while|when|during|after|for (?:minutes|hours|ever|an? (?:while|long time|indefinite (?:period|time)|very long time))|forever|indefinitely|again|completely|there)|\\s*(?:[.!,;:)]|$))', '(?:locks?|locked) up', 'halts', 'aborts', 'times? out', 'timed out', 'connection (?:refused|reset|timed out)', 'permission denied', 'undefined reference', 'no such file',
  "(?:can't|cannot|can not|couldn't|could not|unable to|not able to|wasn't able to|haven't been able to|have not been able to|never managed to) (?:retrieve|fetch|access|download|upload|connect|install|receive|send|print|open|start|run|play|save|sync|boot|log ?in|login|sign ?in|mount|burn|read|write|find the (?:device|drive|camera)|see the (?:device|drive|camera)|get it (?:to )?work(?:ing)?|make it work|compile|build|register|activate)",
  // A control or a setting that does nothing, an attempt that fails: "the help button does not do anything", "none of
  // the controls has any effect", "trying to get my camera to work without success", "never able to make scroll work".
  "(?<!(?:^|[^a-z])(?:i|we|you|they|he|she) )(?:does not|doesn't|did not|didn't) (?:seem to )?do anything(?! (?:wrong|bad|illegal|stupid|special|else|different|about))", '(?:has|have|had) no (?:visible )?effect', '(?:none|neither) of (?:the |these |those |them )?[^.!?]{0,40}(?:has|have|had) any effect',
  '(?:tried|trying|attempted|attempting|tested|testing|to get)[^.!?]{0,80}(?:without|with no|with zero) (?:any )?success', "(?:never|not) (?:been )?able to (?:make|get) (?:it|this|that|them|\\S+(?: \\S+)?) (?:to )?work",
];

/** Words that name a fault outright. */
export const BUG_WORDS = words(
  'bugs?', 'buggy', 'errors?', 'crash(?:es|ed|ing)?(?!\\.[a-z])', 'broken', 'breaks', 'broke', 'glitch(?:es|y)?', '(?<!(?:of|late|early|hard|spring|winter|first|killing|deep|many|few|some|no|two|three|several) )freez(?:es|ing)(?! (?:cold|point|temperatures?|weather|rain|fog|drizzle|well|beautifully|nicely|great|fine|perfectly|for|up to|it|them|the))', '(?:app|screen|page|browser|game|computer|phone|tab|video|player|site|everything|system|window)s? (?:just |completely |totally )?(?:froze|(?:is|was|gets?|got|has|keeps?) (?:frozen|freezing))',
  'fail(?:s|ed|ing|ure)?', 'exception', 'stack ?trace', 'not (?:actually |really |even )?working', "(?<!if (?:you|i|we|they|he|she|it) )(?:doesn't|does not|don't|do not|won't|will not|can't|cannot|can not|couldn't|isn't|is not|aren't|didn't|did not) (?:work|load|open|play(?! (?:well|nice|nicely|along))|show(?! (?:the world|that|them|him|her|us|me|you|off|some|how|what|why|his|her|their))|start|save|sync|display|connect|appear|respond|update|install|run|download|upload|close|stop|go away|print|send|arrive|boot|complete (?:the )?(?:boot|start|update|install|upload|download|setup)|turn on|power on|charge|execute|compile|flash|pair|detect|recogni[sz]e)",
  'stopped (?:working|loading|syncing|showing|responding)', 'no longer (?:works?|loads?|shows?|opens?|plays?|syncs?)', 'nothing happens', 'stuck', 'typo', 'misspel+(?:ed|ing)', '404', 'dead link', 'broken link', 'wrong link', 'bad link',
  ...PROGRAM_HALTS,
  'regression', 'corrupted', 'seg ?faults?', 'seg ?faulted', 'segmentation faults?', 'core dump(?:s|ed)?', 'memory leaks?', 'deadlock(?:s|ed)?', 'out of memory', 'laggy', 'lagging', 'lags', 'lag(?= (?:spikes?|issues?|problems?|when|while)|\\s*[.!]?$)', 'stutter(?:s|ing)?', 'flicker(?:s|ing)?', 'garbled', 'blank (?:page|screen)', 'black screen', 'missing', 'disappear(?:ed|s)?', 'vanish(?:ed|es)?',
  'weird pop-?up', 'pop-?up', 'spam(?:med|ming)?', 'unexpected(?:ly)?', 'issues? with', 'problem with', 'same (?:problem|issue|error|bug)s?', 'similar (?:problem|issue|error|bug)s?', 'this problem', 'this issue', 'a problem', 'an issue', 'not responding',
  // de
  'fehler', 'funktioniert (?:nicht|nie|kaum)', 'geht (?:leider |immer |auch )?(?:noch )?nicht(?: mehr)?(?= *(?:[.,!?;:)]|$|bei mir|auf (?:meinem|dem)|mit (?:dem|firefox|chrome|safari)))', 'kaputt', 'abgestürzt', 'stürzt ab', 'tippfehler', 'lädt nicht', 'falsch(?:er|e|es)? link', 'problem(?:e)? mit',
  // es
  'no funciona', 'falla', 'fallo', 'se cuelga', 'no carga', 'no abre', 'no se ve', 'error(?:es)?',
  // fr
  'ne fonctionne pas', 'ne marche pas', 'plante', 'bogue', "ne s'affiche pas", 'erreur',
  // "j'ai un plantage", "mais pas moyen...", "reste toujours désespérément vide".
  'plantages?', '(?:mais |et )?pas moyen(?= *(?:[.…!]|$))', '(?:reste|restent) (?:toujours |désespérément |toujours désespérément )*(?:vide|vides|blanc|blanche|noir|noire|bloquée?s?)(?= *(?:[.…!,]|$))',
  // "Les menottes sont inutilisables", "le fichier a disparu", "la porte est mal placée", "je suis bloqué", "une faute d'orthographe".
  'inutilisables?', '(?:a|ont|avait|avaient) disparu', 'dispara(?:î|i)(?:t|ssent)', 'mal (?:placée?s?|affichée?s?|positionnée?s?|alignée?s?|calculée?s?|traduite?s?|orthographiée?s?)',
  "(?:je suis|je reste|je me retrouve|suis|reste|restons|sommes) (?:donc |toujours |encore |complètement |totalement )?bloquée?s?", "fautes? (?:d'orthographe|de frappe)", 'ne charge pas', 'lien mort', 'lien cassé', "(?:j'ai|j'avais|j'ai eu|on a|nous avons|je rencontre) une? (?:petit |gros |léger |sérieux |autre )?(?:probl[eè]me|souci)", 'probl[eè]mes? (?:avec|sur)', '(?:ce|le même|même) probl[eè]me',
  // pt
  'não funciona', 'nao funciona', 'travou', 'trava', 'erro', 'não carrega', 'não abre', 'não aparece',
  // Colloquial: "está dando pau no meu celular", "deu pau".
  '(?:dando|deu|dá|da) pau',
  // it
  'non funziona', 'errore', 'si blocca', 'non carica', 'non si apre', 'non appare',
  // "non mi parte", "non si avvia", "non va più".
  'non (?:mi |si )?(?:parte|avvia)(?= *(?:[.…!,]|$))', 'non va più',
  // nl
  'werkt niet', 'fout(?:melding)?', 'kapot', 'loopt vast', 'laadt niet',
);

export const BUG_CJK = anywhere(
  '動かない', 'エラー', '表示されない', '不具合', 'バグ', '落ちる', '開かない', 'できない', '出来ない', '出来ません', '出来なく', '動かなく', '表示されなく', '見れない',
  '表示されません', '動きません', '開きません', '開けません', '読み込めません', '再生できません', 'ログインできません', 'アップロードできません', '見られません', '見れません',
  '破圖', '破图', '圖片(?:都)?掛了', '图片(?:都)?挂了', '看不到', '看不见', '看不見', '加载不了', '載入不了', '无法显示', '無法顯示', '显示不出', '顯示不出', '不能播放', '进不去', '進不去', '登不上',
  '报错', '報錯', '崩溃', '崩潰', '就不行了',
  // "出错：", "渲染不出", "都不可以使用", "未显示".
  '出错[:：]', '出錯[:：]', '(?:渲染|加载|加載|显示|顯示)不出', '(?:都|也|还是|還是)?不可以(?:使用|用)', '(?<![是否有])未(?:显示|顯示|生效|加载|加載)', '用不了', '同样的问题', '同樣的問題', '一样的问题', '同样问题', '同樣問題', '一样问题', '我也遇到', '问题未解决', '问题还是没解决', '问题还没解决', '还是没解决', '还是不行', '還是不行', '問題未解決', '同じエラー',
  '오류', '에러', '안 ?돼요', '안 ?됩니다', '안 ?되네요', '작동하지 않', '먹통', '접속이 안',
  // Met again or not fixed: "卡死", "直ってない", "修正されてません", "해결되지 않았습니다", "작동되지 않".
  '卡死', '卡住', '我也有遇到', '我也碰到', '我也有这个问题', '我也有這個問題', '直ってない', '直っていない', '直りません', '修正されてません', '修正されていません', '起動しない', '起動しません',
  '해결되지 않', '해결이 안', '해결 안 ?되', '(?:가동|실행|연결|로딩|동기화|업로드|다운로드|재생|설치)[이가]? 안 ?되', '(?:가동|실행|연결|로딩|동기화|업로드|다운로드|재생|설치)(?:되|하)지 않', '터졌', '터진', '오작동', '멈춰', '튕겨', '튕김',
  '不能用', '无法', '無法', '错误', '錯誤', '失败', '失敗', '打不开', '打不開', '(?:打开|启动|登录|登陆|运行|安装|下载|同步|打開|啟動|登錄|運行|安裝|下載)不了', '闪退', '閃退', '当机', '當機', '坏了', '壞了', '没反应', '沒反應', '乱码', '亂碼',
  // Chinese: what the writer cannot get done ("进不了后台", "解析不出来", "传不上去"), me-too ("我也一样", "同错"), crashes
  // in slang ("崩了", "炸了", "退回桌面"), no response, lost or blank data, "still not right", a fault that reproduces.
  '(?:进|進|用|登|加载|載入|解析|抓|嗅探|扫|掃|收|传|傳|上传|上傳|下载|下載|显示|顯示|播|播放|连|連|连接|連接|同步|保存|安装|安裝|打|开|開)不(?:了|到|出来|出來|上去|进去|進去)',
  '俺也一样', '我也一样', '我也一樣', '同错', '同錯', '同样遇到', '同樣遇到', '(?<!(?:有没有|有沒有|是否)[^，。,.]{0,4})也遇到了?(?:这个|這個|同样的|同樣的)?(?:问题|問題)',
  '崩了', '搞崩', '炸了', '挂了', '掛了', '挂掉', '掛掉', '退回桌面', '自动退出', '自動退出', '无回应', '無回應', '不响应', '不響應', '没有反应', '沒有反應',
  '(?<!如果|若是|要是|若)失效(?!的话|的話)', '不管用', '不好使', '是错的', '是錯的', '有误', '有誤', '丢了', '丟了', '丢失', '丟失', '不见了', '不見了',
  '又不行了', '不行了', '有时不行', '有時不行', '(?:可以|仍可|仍然可以|稳定|穩定|必定|100%)(?:复现|復現|重现|重現)', '为空', '為空', '未翻译', '未翻譯', '漏翻', '错乱', '錯亂',
  // Something shown, built or loaded has a problem, quits by force, stays stuck building, a link has expired, is shown wrong.
  // A setting has no effect, an event does not fire, scrolling conflicts, the screen flickers, two platforms behave
  // differently, running stops on an error, the problem still reproduces (Chinese issue threads).
  '(?:设置|設置|设定|屬性|属性|样式|樣式)[^。！？!?，,]{0,24}(?:无效|無效|不生效|没有(?:作用|效果))', '没有(?:任何)?作用', '沒有(?:任何)?作用', '不(?:能|会|會)(?:触发|觸發|响应|響應)',
  '(?:滚动|滾動|滑动|滑動|手势|手勢)冲突', '(?:滚动|滾動|滑动|滑動|手势|手勢)衝突', '闪烁', '閃爍', '(?:表现|表現|效果|结果|結果|行为|行為)不一致', '(?:运行|運行|编译|編譯|打包|启动|啟動|集成)(?:时)?(?:出错|出錯|报错|報錯)',
  '(?:问题|問題)(?:依然|依舊|依旧|还是|還是)(?:重现|重現|复现|復現)', '(?:问题|問題)相同',
  '(?:显示|顯示|运行|運行|编译|編譯|打包|加载|加載|渲染)(?:出了?|有)(?:点|些|點)?(?:问题|問題)', '强退', '強退', '一直(?:处于|處於|在)(?:编译|編譯|加载|加載|build|转圈|轉圈)',
  '(?:链接|連結)(?:已经|已經)?(?:过期|過期|失效|挂了|掛了)', '显示得?不对', '顯示得?不對',
  '还是不对', '還是不對', '不能正常', '无法正常', '無法正常', '问题(?:仍然|依然|依旧|还是)存在', '問題(?:仍然|依然|依舊|還是)存在', '问题依旧', '問題依舊', '卡在',
  // Japanese: stopped or not functioning, a problem or error occurs, no longer possible, no change, not solved, gone.
  '機能し(?:なく|ない|ていない|ていません|ません)', '(?:追加|適用|反映|保存|認識|同期|更新|実行|送信|受信|登録|通知)され(?:ません|ない|なく|ていません|ていない|てない)', '(?:bug|问题|問題|错误|錯誤|报错|報錯)\\s*(?:依旧|依然|仍然|仍|还是|還是|依舊)存在', '我也有(?:类似|類似|同样|同樣|一样|一樣)的?(?:问题|問題)', '我的问题类似', '問題類似', '损坏', '損壞', '(?:样式|排版|格式|布局|界面|樣式|介面)(?:都|全)?乱了', '(?:样式|排版|格式|布局|界面|樣式|介面)(?:都|全)?亂了',
  '映らない', '映りません', '認識(?:でき|出来)(?:ていない|てない|ない|ません)', 'また起き(?:ています|てる|ました|てます)', '改善されて(?:い)?な(?:い|かった)', '(?:読み上げ|動か|表示され|反応し|使え|聞こえ|起動し|同期し|更新され|再生でき|接続でき)なくな(?:り|っ)', '(?:비슷한|같은|동일한) (?:문제|현상|오류|에러)', '(?:현상|문제|오류|에러)[이가]? 발생', '마찬가지 현상', '안 ?나(?:와|오)', '안 ?되(?:서|어서|네|고|는)', '(?:問題|エラー|不具合)が(?:発生|起き|出)(?!(?:し)?(?:た|る)?(?:場合|ら|時|とき))', 'できなく(?:なっ|なり|なる)', 'ならなくなっ', '(?:だめ|ダメ)(?:でした|だった)',
  '変わらずでした', '変わりませんでした', '解決して(?:い)?ません', '解決しません', '解決され(?:ません|ない|ていません)', '解決でき(?:ません|ない|なかった)', '消えて(?:る|いる|います|しまい|しまっ)', '消えました', 'タイムアウト(?:し|する|になっ|が発生)',
  // Session 25, from issue threads and blogs: Chinese a reported error or null pointer, shown incompletely,
  // no effect / output / response (still none), cannot type, focus, jump or build, a broken link, occurs at random,
  // characters escaped; Japanese builds that do not pass, no sound, cannot mount or install.
  '报(?:这个|這個|这种|這種|同样的?|同樣的?|一样的?|一樣的?|了个|了)错', '報(?:這個|這種|同樣的?|一樣的?)錯', '空指针', '空指針',
  '显示不(?:全|完整|正常)', '顯示不(?:全|完整|正常)', '(?:没有|沒有|无|無)(?:任何)?(?:反应|反應|效果|输出|輸出)', '(?:还是|還是|仍然|依然|依旧|依舊)没(?:有)?(?:显示|顯示|反应|反應|效果|输出)',
  '(?:输入|輸入|获得|獲得|获取|獲取|跳转|跳轉|弹出|彈出|识别|識別)不(?:了|到|出来)', '(?:编译|編譯|构建|構建|build)(?:都)?(?:通不过|通不過|不通过|不通過|不过|不過)',
  '(?:链接|連結|链)(?:已经|已經)?坏(?:掉)?了', 'page not found', '有(?:一定)?(?:概率|几率|機率|幾率)(?:会|會)?(?:出现|出現)', '偶现', '偶現',
  '不能(?:加载|加載|跳转|跳轉|输入|輸入|获取|獲取|获得|獲得)', '被(?:转义|轉義)了',
  '(?:ビルド|build|コンパイル|インストール|make)(?:が|も)?(?:通らな|通りませ|でき(?:な|ませ)|出来(?:な|ませ)|失敗)', '音が出(?:ない|ません|なくな)',
  '(?:マウント|インストール|接続|起動|保存|ダウンロード|読み込み)(?:が|も)?(?:でき|出来)(?:ません|なかった|なくな)',
);

/**
 * Problems described without bug words: expectation vs observation, things that persist or repeat,
 * duplicates, counts that disagree. English-first; these patterns are where the model alone is weakest.
 * BUG_SYMPTOM holds the phrases that report a malfunction on their own; the weaker ones below need an observer.
 */
export const BUG_SYMPTOM = symptomPattern([
  // Tried something and it did not help (the attempt is the writer's own, with or without "I"): "tried to change the font and nothing changed", "reinstalled, no luck".
  "(?:tried|tested|attempted|reinstall(?:ed|ing)?|restart(?:ed|ing)?|reboot(?:ed|ing)?|reset(?:ting)?|cleared|re-?flash(?:ed|ing)?)[^.!?]{0,80}(?:nothing (?:was |has |had )?changed|no dice|no luck|no (?:result|success|joy|change)s?(?![a-z])|(?:had|has|with) no effect|no difference|to no avail|without success|(?:didn't|did not) (?:change|fix|solve|help) (?:anything|a thing|it|the problem|the issue))",
  // reports introduced as such, and non-native "not <verb>" phrasing
  'heads[- ]up,? (?:that )?(?:your|the|there)', '(?:your|the) (?:site|page|blog|website|link|feed|form) (?:has|shows|is showing) (?:a|an|some) (?:weird|strange|odd|broken|annoying)',
  '(?<![${L}])not (?:work|load|open|show|reproduce|start|save|play(?! (?:well|nice|nicely|along))|display|respond|sync|print)(?:s|ing)?(?![${L}])', "(?:doesn't|does not|don't|do not) reproduce",
  '(?<![${L}])keeps? (?:crashing|failing|resetting|reverting|logging)',
  '(?<![${L}])(?:double(?:d)? (?:posted|charged|counted|entries|emails?)|ghost (?:emails?|entries|notifications?|messages?|accounts?))(?![${L}])',
  '(?<![${L}])(?:no|not) (?:longer )?(?:showing|appearing|loading|arriving|received?)(?![${L}])',
  '(?<![${L}])(?:logs?|kicks?|throws?|signs?) (?:me|us) out',
  '(?:lien|page|site|appli|application|image|vidéo|carte|bouton|formulaire|recherche)s? (?:[^ .!?]+ ){0,4}(?:est|sont) (?:\\S+ )?cassée?s?',
  // A measure that got worse: "latency for some of our queries increased by ~18%", "write throughput dropped by half".
  '(?:latency|latencies|memory (?:usage|use|consumption)|cpu (?:usage|load)|ram usage|load times?|start-?up times?|response times?|build times?)(?: (?:for|of) (?:\\S+ ){0,4}?(?:queries|requests|calls|operations|the app|the server))? (?:has |have |had )?(?:increased|went up|doubled|tripled|spiked|jumped|keeps? (?:growing|increasing|rising|climbing))',
  '(?:throughput|performance|fps|frame ?rates?|write speed|read speed|download speed|upload speed)(?: (?:of|for) \\S+)? (?:has |have |had )?(?:dropped|decreased|degraded|halved|tanked|plummeted)',
  'empty (?:list|page|screen|results?)', '(?<![${L}])(?:times? out|timed out|timeout)', 'never (?:loads|works)',
]);

/**
 * Symptom phrases that are also everyday speech in an argument ("still waiting for reforms", "twice the price",
 * "immer noch nicht pünktlich", "toujours pas", "the numbers don't add up"): a report only with an observer,
 * the writer in the first person (OBSERVER) or a thing of the site or product (PRODUCT_OBJECT).
 */
export const BUG_SYMPTOM_WEAK = symptomPattern([
  // "two days later my photos still show as pending", "still not", "still waiting", "still shows"
  '(?<![${L}])(?<!(?:would|should|could|might|will|i\'d|you\'d) )still (?:shows?|showing|says|stuck|pending|waiting|missing|not|no|there|getting|receiving|appear(?:s|ing)?|listed|loading|broken|the same|happening|see|seeing)',
  "still (?:doesn't|don't|isn't|aren't|can't|won't|haven't|hasn't|didn't)",
  '(?<![${L}])keeps? (?:coming back|happening|showing|appearing|popping|sending|getting|asking)',
  // duplicates; "twice" as a measure ("twice the price", "twice as long", "twice a week") counts nothing
  '(?<![${L}])(?<!(?:must|should|needs? to|has to|have to|to) be )(?:duplicate[ds]?|duplicated|twice(?! (?:the|as|per|more|over|daily|weekly|yearly|monthly|a day|a week|a month|a year|a night|in a row|in my life)(?![${L}])))(?![${L}])',
  // "should be X", "instead of", "expected ... got", "supposed to"
  // ...of a thing: "the counter is supposed to reset". People's duties ("users are supposed to") and relative clauses
  // ("a project that others are supposed to use") state an expectation, not a failure.
  '(?<![${L}])(?<!(?:(?:that|which|who|whom|what)(?: [^ .!?]+){0,3}|(?:i|you|we|they|he|she|people|users|everyone|everybody|anyone|one|someone)) )(?:is|are|was|were) supposed to', 'expected (?:\\S+\\s+){0,4}(?:but|got|instead)', "(?:but|and) (?:it|nothing|they) (?:still |just )?(?:doesn't|didn't|won't|isn't|never)",
  // wrong values and missing things
  // ...said of a thing, not of a person or an opinion ("you are wrong", "that's just wrong", "what can go wrong").
  '(?<![${L}])(?<!(?:you|you are|you\'re|he is|she is|they are|they\'re|i am|i\'m|i was|that\'s|that is|this is|it\'s|can|will|could|may|might|to) (?:just |simply |so |dead |completely |totally )?(?:go )?|(?:simply|just|plain) )(?<!["“”„\'‘’«»])(?:wrong|incorrect|inaccurate|off by)(?![${L}])(?!["“”\'‘’«»])', '(?<![${L}])(?:gone|lost) (?:after|since|when|from)',
  // "can't see why anyone would buy this", "can't get over it": judgement, not access
  "can(?:'t|not) (?:(?:seem to )?find(?= (?:the|my|your|our|this|that|these|those|it|them|where|how|any (?:way|link|button|option|setting)))|see(?![${L}])(?! (?:why|how|what|whether|that|the point|any reason|a reason|it happening))|log ?in|sign ?in|access|get(?! (?:over|enough|behind|past|used|why|into|it)(?![${L}])))",
  // nothing happens, does not match, unreadable
  '(?:does|did|do) nothing', 'no reaction', 'passiert nichts', 'no pasa nada', 'il ne se passe rien', 'não acontece nada', 'non succede (?:nulla|niente)', 'gebeurt (?:er )?niets',
  "(?:doesn't|does not|don't|do not|didn't|did not) (?:match|add up|line up|correspond)", 'stimmt nicht (?:überein|mit)', 'ne correspond pas', 'no coincide',
  '(?<![${L}])(?:invisible|unreadable|illegible|unlesbar|illisible|ilegible|ilegível|illeggibile|onleesbaar)(?![${L}])',
  '(?:is|are|stays?|remains?|was|comes? up) (?:completely |totally )?empty', '(?:screen|map|page|window|tab|preview|image|tile|app)s? (?:\\S+ ){0,2}(?:stays?|remains?) (?:completely |totally |all )?(?:grey|gray|white|black|blank)', '(?:está|están) (?:rot[oa]s?|vac[ií][oa])', '(?:está|estão) quebrad[oa]s?', '(?:è|sono) rott[oi]',
  'never (?:arrived|showed|shows|came|got)', '(?:est|sont) (?:complètement |toujours )?vides?',
  // "leider werden meine Haare nicht braun, sondern gelb": the outcome is not what was promised.
  'leider (?:\\S+ ){0,4}(?:nicht|kein(?:e|en)?) (?:\\S+ ){0,3}sondern', '(?:is|are) missing(?! (?:you|out|home|the point))', '(?:fehlt|fehlen) (?:\\S+ ){0,3}(?:im|in der|auf der) (?:rezept|liste|anleitung|tabelle|druckversion)',
  // A recipe that failed for the writer: "didn't rise", "came out flat", "sind zusammengefallen" (of a thing the writer made).
  "(?:didn't|did not|doesn't|won't|never) (?:rise|set|thicken|firm up|bake through|hold (?:its|their) shape)", '(?:came|turned) out (?:\\S+ )?(?:flat|raw|burnt|burned|soggy|rock hard|gummy|dense|runny|watery)',
  '(?:sank|sunk|collapsed|fell) in the middle', '(?:nicht|kaum) (?:aufgegangen|fest geworden|durch(?:gebacken)?)', '(?:zusammengefallen|eingefallen|abgesackt)',
  // de / es / fr quick symptoms
  'immer noch (?:nicht|kein|falsch)', 'zeigt (?:\\S+\\s+){0,4}(?:aber|obwohl)', 'doppelt', 'todav[ií]a no', 'sigue (?:sin|apareciendo|saliendo)', 'toujours pas', 'en double', 'ainda não', 'ancora non', 'nog steeds niet',
]);

/** Repetition and delay that carry their own "I" ("every time I", "again and again", "days later"): a report only of a product's thing. */
export const BUG_SYMPTOM_REPEAT = symptomPattern([
  '(?:days?|hours?|weeks?|minutes?) later', 'again and again', 'over and over', 'every (?:single )?time i', 'each time i',
]);

/** The writer as the one who meets the fault: first person singular, or "for me" / "bei mir" / "chez moi". Not "we" (a public). */
export const OBSERVER = words(
  'i', "i'm", "i've", "i'd", "i'll", 'my', 'mine', 'for me', 'to me', 'ich', 'mein(?:e|en|er|em|es)?', 'bei mir', 'je', "j'", 'mon', 'ma', 'mes', 'chez moi', 'pour moi',
  'yo', 'mis?', 'a m[ií]', 'para m[ií]', 'eu', 'meu', 'minha', 'meus', 'minhas', 'pra mim', 'para mim', 'io', 'mio', 'mia', 'miei', 'mie', 'per me', 'ik', 'mijn', 'bij mij',
  // Pro-drop languages name the observer in the verb: "(yo) veo", "(io) vedo", "(eu) vejo".
  'veo', 'vedo', 'vejo',
);

/** A thing of a site or a product, named with a determiner ("the timer", "my photos", "every page") or as a plural ("uploads"). */
export const PRODUCT_OBJECT = words(
  `(?:the|your|this|that|my|our|its|every|each|all) (?:[a-z-]+ )?(?:links?|url|pages?|site|website|blog|article|post|app|apps|feeds?|forms?|images?|pictures?|photos?|videos?|downloads?|maps?|buttons?|search|login|log-?in|comments?|counter|uploads?|newsletter|e-?mails?|notifications?|messages?|timer|graph|chart|stats|editor|text|file|files|attachments?|tags?|settings?|account|password|menu|player|screen|tab|tabs|widget|plugin|extension|version|update|order|cart|checkout|payment|cookies?|banner|pop-?up|dashboard|profile|avatar|feed|inbox|sidebar|footer|header|layout|font|replay|filter|results?|list|date|dates|total|count|badge|icon|progress bar|spinner|camera|upload form|confirmation)`,
  'uploads', 'notifications', 'downloads', 'attachments',
);

/** Negation that cancels a problem reading ("no problem", "not a bug", "works fine now"). */
export const BUG_NEGATED = words(
  'no problems?', 'not a problem', 'no issues?', 'not an issue', "(?:isn't|wasn't|aren't|weren't|is not|was not|are not|were not) (?:really )?(?:an? |the )?(?:issue|problem)s?(?![a-z])", 'not (?:reporting |really |actually )?a bug(?: report)?', "isn't a bug", 'not reporting a problem', 'no bugs?', 'no errors?', 'no worries', 'works? (?:fine|great|perfectly|well) (?:now|again)',
  // The writer's own slip: "(oops, wrong repo)", "sorry, wrong thread".
  '(?:oops|whoops|sorry|my bad)[,!.]* (?:[^ .!?]+ ){0,3}wrong (?:repo|repository|thread|topic|place|forum|channel|issue|project|account|tab|window|file|link|post|comment)s?',
  'works? (?:fine|great|perfectly|well)', 'problem (?:solved|resolved|fixed)', 'issue (?:solved|resolved|fixed)', '(?:is|was|got|been|now) (?:fixed|resolved|solved)', "(?<!(?:not|never|n't) )fixed it", '(?:i|we|has|have) fixed (?:the|this|that|a) (?:[a-z]+ )?(?:bug|issue|problem|error|crash)', "(?<!(?:not|never|n't) )solved it", 'never mind', 'nevermind',
  // General remarks and triage actions: "every framework has its problems", "the error lies with the teachers",
  // "marking as duplicate of #42".
  '(?:has|have|had) (?:its|their|his|her|our|your) (?:own )?(?:problems|issues|flaws|bugs)', 'the (?:error|fault|problem|mistake) (?:lies|lay) with',
  '(?:mark(?:ing|ed)?|clos(?:ing|ed)) (?:this )?as (?:a )?duplicate', 'duplicate of (?:#\\d+|https?:|issue)', '^duplicate(?: issue| bug| report)?(?= *[.!:,]| *$)',
  // A fault that went away: "the problem disappeared", "the issue is gone".
  '(?:problem|issue|error|bug|crash)s? (?:has |have |had )?(?:disappeared|went away|vanished|(?:is|are|was|were) gone)',
  // "this issue" on a tracker is often the ticket itself: "I almost don't want to close this issue".
  '(?:close|closing|closed|reopen(?:ing|ed)?|open(?:ing|ed)?|lock(?:ing|ed)?|pin(?:ning|ned)?|label(?:ling|led)?) (?:this|the|that|an?) (?:new )?(?:issue|ticket)',
  '(?:no|without|the only) exceptions?', '(?<!(?:throws?|threw|thrown|raises?|raised|gets?|got|getting|triggers?|triggered|causes?|caused|gives?|gave|hits?|produces?|produced|generates?|generated|with) )an exception(?! (?:is|was) (?:thrown|raised))', 'with the exception of', 'exceptions? (?:to|of) the rule', 'ausnahme',
  // "Fehler" and "error" as a mistake someone made, not a malfunction.
  'fehler (?:zu )?(?:gemacht|machen|begangen|begehen|eingestehen|eingestanden)', 'human error', '(?:pilot|user|operator|my own|my) error', "(?:haven't|have not|never|didn't|did not|hasn't|has not) (?:had|have|got|gotten|run into|seen|noticed) (?:a|any|the) (?:single )?(?:problems?|issues?|errors?)", 'error of judg(?:e)?ment', '(?:made|make|making) (?:an|the|this|that) error',
  '(?:fait|faire|commis|commettre) (?:une|la|cette) (?:erreur|faute)', '(?:cometer|cometió|cometieron) (?:un|el|este) error',
  // Talk about faults that reports none: apologies, hypotheticals, harmless messages, explanations, triage.
  'not (?:responding|replying|answering|getting back)(?: to (?:you|your|this|the|my))? (?:sooner|earlier|before|faster|quicker|in time)', 'harmless (?:\\S+ )?(?:error|warning)s?(?: messages?)?', 'trial and error',
  '(?:without|avoid(?:s|ing)?|prevent(?:s|ing)?) (?:raising |throwing |causing |getting |showing )?(?:an?|any|the) (?:\\S+ )?(?:error|warning|exception)s?',
  '(?:if|when) (?:you(?:\'re| are)? )?(?:fac(?:e|ing)|get(?:ting)?|see(?:ing)?|hit(?:ting)?|run into|encounter(?:ing)?) (?:an?|any|the|some)? ?(?:\\S+ )?(?:errors?|problems?|issues?)',
  '(?:describ|explain|analy[sz]|document)(?:e|ed|es|ing) (?:\\S+ ){0,5}(?:the|this|that) bug', '(?:others|anyone|people|someone|users) (?:who are |that are |who |that )?(?:having|have|has|with) the same (?:issue|problem)',
  "(?:haven't|have not|hasn't|has not|not able to|unable to|can't|cannot|couldn't|could not|was not able to|wasn't able to)(?: yet)?(?: been able to)? reproduce(?: (?:this|the|that|your|it|any)(?: (?:issue|problem|bug|error|crash|freeze|behaviou?r)s?)?)?", '(?:fehler|problem) (?:\\S+ ){0,5}nicht auftritt', '(?:does|did)(?: not|n\'t) occur',
  'não deu erro', 'sem erros?', 'no (?:da|dio|hay|sale) (?:ningún )?error', "pas d'erreur", 'aucune erreur', 'nessun errore', 'geen (?:fout(?:en|melding)?|probleem)',
  // Asking for details, explaining a mistake in someone's own code, an idiom, the weak point of an argument, a truism.
  '(?:post|share|send|paste|attach|provide|include|upload) (?:us |me )?(?:(?:the|your|a|an|any|some|all(?: the)?) )?(?:full |complete |exact |whole |relevant )?(?:error(?: messages?)?|logs?|log files?|stack ?traces?|crash (?:reports?|logs?)|console output)',
  'the (?:error|bug|problem|issue|mistake) (?:in|with) your (?:script|code|formula|config|configuration|file|setup|command|query|regex|macro|batch|syntax|function|loop)(?: (?:is|was) (?:the |a |an |that )?(?:missing|wrong|extra|misplaced))?', 'broken clock',
  'the (?:problem|issue|trouble) with (?:this|that|your|his|her|their|the) (?:argument|logic|reasoning|approach|idea|theory|view|position|claim|proposal|plan|policy|thinking|analysis|premise|notion)',
  '(?:every|all|any) (?:piece of |kind of )?(?:software|program|app|code|system|product)s? (?:has|have) (?:some |its |their )?(?:bugs|flaws|issues|problems)',
  '(?:check|look (?:at|in|into|through)|search|read|open) (?:the |your )?(?:logs?|log files?|console|crash reports?)(?: for (?:any )?(?:errors?|warnings?|exceptions?|messages?))?',
  '(?:minimal|small|simple|complete) (?:reproducible|working|reproduction|repro) (?:example|case|project|repo(?:sitory)?|sample)', 'mcve', 'reprex',
  "(?:(?:this |the )?(?:issue|ticket|report|bug) )?(?:cannot|can't|can not) be (?:progressed|triaged)", "(?:this issue|this|it) (?:cannot|can't|can not) be (?:investigated|looked into|reproduced|fixed) without",
  // A privacy promise, not a delivery failure: "your password is not sent to our servers".
  '(?:not|never) (?:be )?(?:sent|shared|stored|transmitted|uploaded|saved) (?:to|with|on) (?:our|any|third|external|other|a third)',
  '(?:提供|发一下|發一下|上传|上傳|贴一下|貼一下)(?:一下)?(?:错误|錯誤)?(?:日志|日誌|log)',
  // A fix spoken of, the writer's own mistake found, things running again: "thanks for the quick bug fix", "I was pointing at the wrong IP".
  'bug ?fix(?:es|ing)?(?! *:)', "(?:i|we) (?:was|were|had been) (?:\\S+ )?(?:using|pointing (?:at|to)|looking at|editing|running|connecting to|connected to|on) the wrong",
  'runs? (?:correctly|fine|smoothly|normally|properly) (?:now|again)', 'everything (?:is )?(?:runs?|running|works?|working) (?:correctly|fine|normally|properly|smoothly|again)',
  "(?:is|are) (?:this|it|that|the (?:issue|problem|bug|error|crash)) still (?:an? )?(?:issue|problem|bug|happening|occurring|present|reproducible|relevant|there)", '(?:does|do) (?:this|it|that|the (?:issue|problem|bug|error|crash)) still (?:happen|occur|crash|fail)',
  "est-ce que (?:le |ce |ton |votre )?(?:problème|bug|souci|erreur)", '(?:ist|besteht) (?:das problem|der fehler) (?:\\S+ )?(?:noch|weiterhin|immer noch)',
  '(?:if|whether) there (?:are|is|were|was) (?:any )?(?:\\S+ )?(?:errors?|error messages?|warnings?|problems?|issues?)', 'never stopped working', 'nunca (?:dejó|ha dejado) de funcionar',
  '没(?:有)?(?:遇到|发现|碰到)(?:什么|任何|其他的?)?问题', '是正常的',
  // Asking for details as a wish: "Eine Fehlermeldung wäre hilfreich", "the error message would be helpful".
  '(?:fehlermeldung|log|logdatei|logfile|screenshot|protokoll)\\S* (?:wäre|würde|wären|würden) (?:\\S+ )?(?:hilfreich|gut|nett|super|interessant)',
  '(?:error messages?|logs?|log files?|screenshots?|crash reports?|stack ?traces?) would (?:be )?(?:\\S+ )?(?:helpful|useful|great|nice|help)',
  'kein problem', 'keine probleme', 'kein fehler', 'funktioniert (?:wieder|jetzt)', 'sin problema', 'ningún problema', 'pas de problème', 'aucun problème', 'sem problema', 'nessun problema', 'geen probleem',
);

/**
 * Replies in an issue thread that speak of the reporter's fault without reporting one: staff asking about it, pointing
 * to where to report it, thanking for the report, closing, or a remedy that worked. Kept apart from BUG_NEGATED so
 * that each is screened by its own literals ("do you", "closing"): together they would run on many more sentences.
 */
export const BUG_NEGATED_REPLIES = words(
  // Staff asking about the reporter's fault ("Do you still have this issue?", "Which error did you get?", "what exactly
  // doesn't work?") or pointing to where to report it ("open a new issue with a description of the problem you are having").
  '(?:are|do|did|have|can|could) you (?:still |also |now )?(?:have|having|had|experience|experiencing|see|seeing|get|getting|encounter|encountering|face|facing|run into|running into|notice|noticing) (?:this|the|that|any|an?|these|those)(?: same)? (?:\\S+ )?(?:issues?|problems?|errors?|bugs?|crash(?:es)?)',
  '(?:which|what) (?:kind of |type of |exact )?(?:error|error message|message|problem|issue) (?:did|do|are) you (?:get|see|getting|seeing|have|having)',
  // "Which of the download options did not work?", "report back if that doesn't fix it", "The bug was not reproduced."
  "which (?:one )?of (?:the |these |those |your )?(?:[^ ?.!]+ ){0,5}(?:did not|didn't|does not|doesn't) work", "(?:let me know|report back|tell me|ping me|reopen|comment)(?: [^.!?]{0,25})? if (?:that|this|it|the (?:update|fix|change|new version)) (?:doesn't|does not|didn't|did not|won't) (?:fix|help|work|solve)(?: it| this| that| the (?:issue|problem))?",
  '(?:bug|issue|problem|crash|error) (?:was|is|could|can) not (?:be )?reproduced', 'what (?:exactly )?(?:doesn\'t|does not|isn\'t|is not|didn\'t|did not) work', 'what (?:is )?(?:exactly )?(?:is )?not working',
  // The writer's own mistake, a fault placed elsewhere, a version where it does not happen: "My goof.", "This issue had
  // nothing to do with OctoPrint", "that's not a hakchi problem", "this issue doesn't happen in 1.0.0".
  'my (?:mistake|bad|goof|fault)', '(?:ein |der )?(?:\\([^)]*\\) |[^ .!?,;]+ )?fehler (?:von mir|meinerseits)', 'mein fehler', 'hat sich erledigt', '(?:has|had|have) nothing to do with', 'not (?:a|an) [^ .!?,;]+ (?:problem|issue|bug)', "(?:doesn't|does not|didn't|did not) happen (?:in|on|with) (?:v?\\d|version|the (?:old|older|previous|web|desktop))",
  'is (?:this|it|that) the same (?:error|issue|problem|bug|crash) as', "if you(?:'re| are)? still (?:having|have|see|seeing|experiencing|get|getting|facing) (?:this|the|that|any|the same) (?:\\S+ )?(?:problems?|issues?|errors?|bugs?)",
  'open (?:a|another|a new|a separate|a dedicated)(?: new| separate| dedicated)? (?:issue|ticket|bug report)', "the (?:problem|issue|error)s? you(?:'re| are| were|'ve| have)? (?:having|had|seeing|getting|facing|experiencing|experienced|describe|described|describing|mention|mentioned|reported)",
  "(?:(?:i'll|i will|we'll|we will) )?(?:report back|let you know|get back to you) if (?:it|this|that|the [^ .!?,;]+) (?:starts?|begins?) (?:crashing|failing|happening|freezing|lagging)", "(?:let (?:me|us) know|tell (?:me|us)|report back|comment here|reopen (?:this|it)) if (?:the |this |that |it |your )?(?:(?:problem|issue|error|bug|crash)s? )?(?:still )?(?:persists?|remains?|happens|occurs|continues|comes back|reappears|returns|is still there)",
  "(?:seems? to be|is|are|it's|its|they're|they are) (?:working|back up|back online) (?:now|again)", '(?:keep|leave|keeping|leaving) (?:this|the) (?:issue|ticket) open', '(?:kann|konnte|können|konnten) (?:\\S+ ){0,3}nicht reproduzieren',
  "(?:did|does|do)(?: not|n't) (?:crash|freeze|fail|happen|occur|hang)(?: [^ .!?,;]+)? (?:anymore|any more)", '(?:work|working|worked) on (?:this|the|that) (?:issue|bug|ticket)', '(?:无法|不能|没法|无法再)(?:复现|重现)',
  '(?:for )?(?:finding|reporting|spotting|catching)(?: and reporting)? (?:this|the|that) (?:bug|issue|problem|error)', '(?:can|could) you (?:\\S+ )?reproduce (?:this|the|it|that)', '(?:need|needs|have|has) to reproduce (?:your|the|this|that) (?:problem|issue|bug|error|crash)',
  "(?:i am|i'm|we are|we're|i'll be|i will be) closing (?:here|this|it)", 'between (?:the )?keyboard and (?:the )?chair', 'no (?:reaction|response|reply|answer|feedback) (?:was |has been |came )?(?:given|received|from (?:the|you|op|the reporter))', 'pebkac', "(?:tester|vérifier|voir|dire) si (?:le |ce |l')?(?:bug|problème|souci|erreur)",
  '(?:no longer|not) (?:experiencing|having|seeing|getting) (?:any |many |the |this |that )?(?:issues?|problems?|errors?|crash(?:es)?)', "(?:can't|cannot|couldn't|could not) seem to reproduce(?: (?:this|the|that|your|it)(?: (?:issue|problem|bug|error|crash))?)?", '(?:solved?|fixed?) (?:this|the|my) (?:issue|problem) by',
  // Staff who know of it, a cause found on the writer's side: "I'm aware of this issue", "Turned out that the problem was on my side".
  "(?:i'm|i am|we're|we are) (?:already |well )?aware of (?:this|the|that|these|those) (?:[^ .!?,;]+ )?(?:issues?|problems?|bugs?|errors?)", '(?:turned out|turns out|it seems|seems) (?:that )?(?:the |this |my )?(?:problem|issue|error|cause) (?:was|is) (?:on my|in my|with my|caused by|due to)',
  '(?:problem|issue|error) (?:was|is) on my (?:side|end)', '(?:found|know|identified|figured out) (?:the|what) (?:reason|cause|culprit)',
  "(?:let (?:me|us) know|tell (?:me|us)|report back) if you (?:still |keep |continue to )?(?:run|running|have|having|see|seeing|get|getting|experience|experiencing|encounter|hit|face)(?: into)? (?:this|the|that|any|it|the same)(?: (?:bug|issue|problem|error|crash)s?)?",
  "(?:not|n't) (?:currently |actively |yet )?working on (?:this|it|that|a fix)(?![a-z])",
  '(?:was |is |has been )?(?:already )?tracked (?:in|at|under) (?:#|https?:|issue)', '(?:was|is|has been) already (?:tracked|reported|known)', '(?:have you|did you) (?:checked? out|seen|read) (?:this|the|that) (?:issue|thread|ticket)',
);

/**
 * Expectation against observation: "the counter says 12 but I uploaded 40", "it opens the map instead of the list".
 * Costly patterns (a word window), so callers run them only when a contrast word is present (CONTRAST_HINT).
 */
export const CONTRAST_HINT = /\b(?:but|yet|though|while|whereas|instead)\b/;

export const CONTRAST_SYMPTOM = new RegExp(
  [
    '(?:says?|shows?|showing|displays?|reads?|lists?|counts?|reports?)\\s+\\S+(?:\\s+\\S+){0,4}\\s+(?:but|yet|although|though|even though|while|whereas)\\s',
    '(?:shows?|showing|displays?|gives?|returns?|got|get|opens?|goes|went|takes?|leads?|sends?|charged?) (?:\\S+ ){0,5}instead of(?![${L}])',
  ]
    .join('|')
    .split('${L}')
    .join(L),
);

/**
 * Fewer shown than put in, in any language: "I uploaded 35 ... but my profile only shows 12", "Subí 40 y solo
 * aparecen 15", "In meinem Profil stehen aber nur 12". A restricting word before a count, after another count or a
 * contrast word.
 */
const ONLY = '(?:only|just|nur|bloß|lediglich|seule?s?|seulement|solo|sólo|solamente|só|apenas|somente|soltanto|slechts|maar)';
export const COUNT_SHORTFALL = new RegExp(
  [
    `\\d+[^.!?\\d]{1,80}?[\\s,]${ONLY} (?:[^\\s\\d]+ ){0,3}\\d+(?![\\d.,:]\\d)`,
    `(?:but|aber|doch|mais|pero|ma|mas|maar|men) (?:[^\\s\\d]+ ){0,5}${ONLY} (?:noch )?(?:[^\\s\\d]+ ){0,2}\\d+(?![\\d.,:]\\d)`,
  ].join('|'),
);
/** ... where something shows, lists or counts them: "in my profile", "appear", "zeigt", "staan", "la galerie". */
export const COUNT_SHOWN = words(
  'shows?', 'showing', 'shown', 'displays?', 'displayed', 'lists?', 'listed', 'appears?', 'visible', 'profile', 'gallery', 'counter', 'dashboard', 'my (?:account|list|map|page)',
  'steh(?:en|t)', 'zeigt', 'angezeigt', 'erschein(?:en|t)', 'sehe', 'sichtbar', 'profil', 'galerie', 'zähler', 'liste', 'übersicht',
  'apparai\\S*', 'affich\\S*', 'indique', 'compteur', 'visibles?',
  'aparecen?', 'muestra', 'salen', 'veo', 'perfil', 'galer[ií]a', 'contador', 'aparecem', 'mostra\\S*', 'vejo',
  'vedo', 'appaiono', 'compaiono', 'profilo', 'contatore', 'staan', 'staat', 'zie', 'toont', 'verschijnen', 'overzicht', 'teller',
);

/** "Das gleiche Problem", "même problème": the same fault as someone else, in other languages (a report and a me-too). */
const SAME_FAULT_ELSEWHERE = [
  '(?:das )?(?:gleiche?n?|selben?|dasselbe) (?:problem|fehler)', 'mêmes? (?:problèmes?|soucis?|bugs?|erreurs?)', 'mismo (?:problema|error|fallo)', 'mesmo (?:problema|erro)', 'stesso (?:identico )?(?:problema|errore)',
  'het ?zelfde (?:probleem|fout)', 'samme (?:problem|fejl)(?:et)?', 'samma (?:problem|fel)(?:et)?', 'та же (?:проблема|ошибка)', 'такая же (?:проблема|ошибка)', 'ten sam (?:problem|błąd)',
];

/**
 * A fault named only as a noun ("problem", "Fehler", "issue", "error") is a report only when someone observes it;
 * in debate it is a general word ("das Problem ist die Politik"). These are the outright malfunction phrases
 * that stand on their own; other BUG_WORDS hits need an observer (see signals.ts).
 */
const BUG_STRONG_PHRASES = [
  // A sentence that opens by naming what it reports: "Small bug: the counter resets", "Bug sur Kube : ...", "Un bug,
  // pas handicapant : ...", "Ein kleiner Bug: ...".
  '^(?:(?:a|an|one|another|small|little|minor|tiny|major|big|weird|strange|un|une|petit|gros|autre|léger|ein|eine|kleiner?|kleines|weiterer?|seltsamer?|pequeño|otro|piccolo|altro|strano|um|pequeno|outro|estranho|een|kleine?|rare)\\s+)*(?:bug|bogue|glitch|fehler|erreur|errore|erro|fallo)(?:\\s+(?:on|in|with|sur|dans|avec|bei|mit|im|en|con|no|na|em|su|nel|nella|op|met)\\s+[^:,.!?]{1,40})?\\s*[:,]',
  ...PROGRAM_HALTS,
  'crash(?:es|ed|ing)?(?!\\.[a-z])', 'buggy',
  // French colloquial, without "ne": "chez moi ça marche pas", "la commande fonctionne plus" (not "ça marche pas mal", which praises).
  '(?:ça|ca|ç a|il|elle|le script|la commande|ta commande|rien) (?:ne )?(?:marche|fonctionne) (?:pas|po|plus)(?! mal)', 'marche po',
  // Faults of software named by their kind, as developers' forums report them: "some unexplained Segfault with 6.2.11".
  'seg ?faults?', 'seg ?faulted', 'segmentation faults?', 'core dump(?:s|ed)?', 'kernel panic', 'leak(?:s|ing) memory', 'oom[ -]?kill(?:ed|er)',
  // "broken"/"kaputt" alone is also said of a society or a promise: strong only of the site's own things.
  '(?:link|url|page|site|website|app|button|form|feed|search|download|upload|image|picture|photo|video|map|login|player|comment section|counter|filter|menu|embed)s? (?:is |are |was |were |seems? |looks? |got |gets |now |still |completely |totally |all )*broken',
  'broken (?:link|url|page|image|picture|photo|video|download|button|form|embed|layout|map)s?',
  '(?:link|seite|webseite|app|bild|bilder|download|suche|video|karte|formular|button|player|kommentarfunktion|kommentare|foto|galerie|album|login|feed|server|kamera|umlaute|sonderzeichen|zeichen|darstellung|layout|schrift)\\S* (?:ist|sind|war|waren|scheint|scheinen) (?:\\S+ ){0,2}kaputt', 'kaputte[rns]? (?:link|seite|bild|bilder|download|video)', 'glitch(?:es|y)?', '(?<!(?:of|late|early|hard|spring|winter|first|killing|deep|many|few|some|no|two|three|several) )freez(?:es|ing)(?! (?:cold|point|temperatures?|weather|rain|fog|drizzle|well|beautifully|nicely|great|fine|perfectly|for|up to|it|them|the))', '(?:app|screen|page|browser|game|computer|phone|tab|video|player|site|everything|system|window)s? (?:just |completely |totally )?(?:froze|(?:is|was|gets?|got|has|keeps?) (?:frozen|freezing))', 'exception', 'stack ?trace', 'not working', 'service unavailable', '(?:site|website|page|blog|server|forum|feed|domain)s? (?:is|are|was|were|seems|seem|appears|went) (?:to be )?(?:still )?(?:down|dead|offline|unreachable)(?![\\w-])',
  '(?:seite|webseite|blog|server|forum|feed|domain|link)\\S* (?:ist|sind|war|scheint|scheinen) (?:[^ .!?,;]+ ){0,3}(?:tot|offline|nicht (?:mehr )?(?:erreichbar|verfügbar))(?: zu sein)?(?![\\wäöüß])',
  "(?<!if (?:you|i|we|they|he|she|it) )(?:doesn't|does not|don't|do not|won't|will not|can't|cannot|can not|couldn't|isn't|is not|aren't|didn't|did not) (?:work|load|open|play(?! (?:well|nice|nicely|along))|show(?! (?:the world|that|them|him|her|us|me|you|off|some|how|what|why|his|her|their))|start|save|sync|display|connect|appear|respond|update|install|run|download|upload|close|stop|go away|print|send|arrive|boot|complete (?:the )?(?:boot|start|update|install|upload|download|setup)|turn on|power on|charge|execute|compile|flash|pair|detect|recogni[sz]e)",
  'stopped (?:working|loading|syncing|showing|responding)', 'no longer (?:works?|loads?|shows?|opens?|plays?|syncs?)', 'nothing happens', 'stuck', '(?<![$€£\\d.,])404', '(?:error|status|code|http|fehler|erreur)[ :]*50[0-3]', '50[0-3] (?:error|internal|server|bad gateway|service)',
  "(?:isn't|aren't|wasn't|weren't|(?:is|are|was|were|gets?|got) not) (?:(?:any ?more|longer) )?(?:displayed|shown|loaded|saved|updated|rendered|sent|delivered|visible|clickable|reproduced|restored|synced|synchroni[sz]ed|imported|uploaded|recogni[sz]ed|detected|installed|applied|recorded)(?! (?:correctly|properly|fine|well))",
  "(?:does|did|do)(?: not|n't) get (?:added|saved|sent|synced|imported|uploaded|updated|applied|recorded|counted|delivered|installed|created|restored)",
  "there(?: is|'s| are) (?:still )?(?:a|an|some) (?:problem|bug|issue|error|glitch)s?(?! (?:of|in (?:our|the) (?:society|world|country)))", 'dead link', 'broken link', 'wrong link',
  // "corrupt" alone is also said of politicians: a fault only of files and data.
  '(?:file|files|data|download|database|backup|image|images|video|save|archive|zip|profile|cache|cookies?)s? (?:is |are |was |were |got |gets |seems? )?(?:now )?corrupt(?:ed)?', 'corrupt(?:ed)? (?:file|files|data|download|database|backup|image|video|save|archive|zip|profile|cache)', 'garbled', 'blank (?:page|screen)', 'black screen', 'white screen', 'not responding', 'typo', 'misspel+(?:ed|ing)',
  '(?:i|we) (?:get|got|am getting|keep getting|see|saw) (?:an?|the|this|that) (?:\\S+ )?(?:error|warning|message)', 'error (?:message|code|\\d)', '(?:same|this) (?:error|bug)', '(?:have|having|had|get|getting|got) (?:the )?(?:exact )?same (?:[a-z-]+ )?(?:problem|issue)s?(?! before)', 'same (?:problem|issue) here', '(?<!\\b(?:not|on|about|of|for|to|into|as) (?:the |a |this |that )?)(?:same|similar) (?:problem|issue|error|bug)s?(?: here| for me| on| in| with| since| after| when| using| *(?:[.!,;+…]|$))',
  // Me-too in an issue thread: the fault happens to the writer as well ("This happens for me too", "ça se produit également",
  // "I just wanted to add I have the same.").
  '(?:i|we) (?:also |too )?(?:have|had|get|got|see|saw) the same(?: (?:here|too|as well))?(?= *[.!:)]*$)',
  '(?:happen(?:s|ing)?|occur(?:s|ring)?) (?:for|to) me,? (?:too|as well)', '(?:is|am|are) (?:also )?(?:having|seeing|getting|experiencing) (?:the same|this|a similar)', '(?:same|similar) (?:thing|behaviou?r) (?:here|for me|happens)',
  '(?:se produit|arrive) (?:également|aussi)', 'pareil (?:pour moi|chez moi|ici)', '(?:a mí|a mi) (?:también|tambien) me pasa', '(?:bei mir|hier) (?:auch|ebenfalls) (?:so|dasselbe|das gleiche)', 'bij mij ook', "^(?:e |ed |si,? )?anche a me(?= *(?:[.!…:)]|$)| (?:succede|capita|fa|d[aà]|non (?:funziona|va|parte)|si blocca))", "anche a me (?:succede|capita|d[aà] (?:lo stesso )?errore|non (?:funziona|va|parte)|si blocca)",
  // "qui ancora nemmeno funziona Docky", "mi dice che il file non è valido"
  '(?:nemmeno|neanche|neppure) (?:\\S+ ){0,2}funziona', 'nessun[oa]? (?:\\S+ )?funziona', 'non mi funziona', '(?:file|pacchetto|archivio|link|collegamento|indirizzo) (?:\\S+ )?non (?:è|e\'|risulta) (?:più )?valid[oa]',
  'blocking (?:issue|bug|problem)', 'show-?stopper', 'lost (?:all )?(?:access|my (?:data|photos|settings|progress|notes|files|account))',
  `(?:server|service|site|website|instance|api|app|page)s? (?:is|are|was|were|went|goes|seems?) (?:completely |still |totally )?down(?![${L}])(?! (?:to|the|from|a|in|by|for)(?![${L}]))`,
  '(?:startet|starten|lädt|laden|öffnet|reagiert|funktioniert|läuft) (?:leider )?(?:nicht|nie) mehr',
  ...SAME_FAULT_ELSEWHERE,
  // A fault someone has met ("the only issue I have seen", "a bug we ran into"); things that do not function.
  "(?:issue|problem|bug|error|glitch)s? (?:that )?(?:i|we)(?:'ve| have| had)? (?:seen|found|noticed|encountered|hit|ran into|run into|came across|spotted)",
  'non-?functional', 'not functional', 'unusable', 'inoperable',
  // The fault is still there: "The problem is unchanged", "Das Problem ist leider noch nicht behoben", "besteht bei mir noch".
  // ("The problem still exists" is a fault frame.)
  '(?:problem|issue|error|bug|crash)s? (?:is |are |was |were |remains? |stays? )(?:still )?(?:unchanged|not (?:yet )?(?:fixed|resolved|solved|gone))',
  '(?:problem|fehler|bug)e? (?:[^ .!?,;]+ ){0,4}(?:noch )+nicht (?:behoben|gelöst|gefixt|korrigiert)', '(?:problem|fehler) besteht (?:[^ .!?,;]+ ){0,3}(?:noch|weiterhin)',
  "(?:doesn't|does not|don't|do not|didn't|did not) respect (?:the|my|our|any|its)", 'but nope', 'desync(?:ed|ing|hroni[sz]ed)', 'desyncs(?! report)',
  "(?:isn't|is not|aren't|are not|wasn't|was not|not) (?:[^ .!?,;]+ )?showing(?: up)? (?:in|on|at all|anymore|any more)", "(?<!(?:i|we|you|he|she|they|i just|we just) )(?:does|did|do) (?:absolutely )?nothing(?= *(?:[.!,;]|$| at all| when| to the| for me| on| in))",
  "nothing (?:registers?|gets? (?:saved|registered|applied|synced)|(?:is|was) (?:saved|registered|applied|synced))",
  "(?:doesn't|does not|didn't|did not) (?:seem to |really |actually )?(?:solve|fix|resolve)d? (?:the|my|this|it|that)(?![a-z])",
  // Not fixed, said without a subject ("Not fixed in the latest version", "reboot has not solved", "Non corrigé dans le
  // lecteur"), unless inside a condition ("let me know if the issue is not resolved").
  "(?<!(?:if|unless|whether|until|once|hope|in case|make sure) (?:[^ .!?,;]+ ){0,5})(?:^(?:still |but )?not|(?:has|have|had) not|(?:hasn't|haven't|hadn't)) (?:yet |been |really |fully |completely )*(?:fixed|resolved|solved|corrected)(?! (?:by|in the next|in the upcoming|yet\\?))",
  "(?<!(?:si|quand|lorsque) (?:[^ .!?,;]+ ){0,5})(?:^non|(?:^|toujours |n'est |n'a |n'ont |ne sont )pas(?: encore| été)*) (?:corrigée?s?|résolue?s?|réglée?s?|réparée?s?)",
  '(?<!(?:wenn|falls|ob|bis) (?:[^ .!?,;]+ ){0,5})(?:^|immer )(?:noch )?nicht (?:behoben|gelöst|gefixt|korrigiert|repariert)', '^(?:ainda )?não (?:foi )?(?:corrigid|resolvid|consertad)[oa]s?', '^(?:todavía )?no (?:está )?(?:arreglad|corregid|solucionad|resuelt)[oa]s?', '^non (?:ancora )?(?:risolt|corrett|sistemat)[oaie]',
  // Spanish and Portuguese me-too: "me pasó lo mismo", "si me pasa igual", "Aconteceu aqui também", "parou faz 1 hora".
  'me pas(?:a|ó|o) (?:lo mismo|igual|exactamente lo mismo|exactamente igual)', 'me (?:ocurre|ocurrió|sucede|sucedió) (?:lo mismo|igual)',
  'aconteceu (?:aqui|comigo|o mesmo)(?: também| tb)?(?![a-zà-ú])', 'acontece (?:o mesmo|comigo|aqui) também', '(?:parou|travou) (?:faz|há|desde|de novo|novamente)',
  // Italian: it happened to me too, it stopped working, a problem was met ("è stato riscontrato qualche problema").
  '(?:è )?success[oa] anche a me', 'ha smesso (?:\\S+ )?di funzionare', 'riscontrat[oa] (?:un|qualche|alcuni|dei) (?:problem[ai]|error[ei])',
  // Issue-thread follow-ups in German ("Problem kann ich bestätigen", "Reverting hilft nicht", "das hat auch nicht
  // funktioniert", "der Ladebalken bleibt stehen", "geht trotzdem nicht"), Spanish ("Sigue sin dejarme hacer login", "se repite
  // el error", "no me funcionó"), Portuguese ("Meu também tá assim", "não estou conseguindo conectar", "não tive resultado"),
  // Italian ("ho resettato la cache ma nulla"), French ("j'ai un message d'erreur"), Korean (비슷한 문제, 현상이 발생).
  '(?:problem|fehler|das|den fehler|das problem) kann ich (?:auch |leider )?bestätigen', '(?<![a-zäöüß])hilft (?:leider |auch |aber |trotzdem )?(?:nicht|nichts)(?= *[.!,;]| *$| leider| mehr)',
  'hat (?:\\S+ )?(?:auch |leider |trotzdem )?nicht (?:funktioniert|geklappt|geholfen)', '(?:ladebalken|bildschirm|app|seite|spiel|download|anzeige|fortschritt)\\S* bleibt (?:\\S+ )?(?:stehen|hängen|schwarz|weiß|leer)',
  'geht (?:trotzdem|immer noch|leider|auch|weiterhin) (?:noch )?nicht', 'sigue sin (?:dejarme|poder|funcionar|cargar|abrir|conectar|andar|responder)', 'se repite el (?:error|problema|fallo)',
  'no me (?:funcion(?:ó|o|a)|deja (?:entrar|iniciar|acceder|descargar|conectar))', 'tambi[eé]n me pasa(?! a mí (?:lo mismo )?con (?:otro|otra))', '(?:o )?meu também (?:tá|está|ficou|fica) assim',
  'com (?:o )?mesmo (?:problem|problema|erro)', 'comigo aconteceu', 'não tive (?:resultado|êxito|exito)', 'não (?:estou|tô|to) conseguindo', '(?:está|tá) dando (?:esse|este|o mesmo|um) (?:problema|erro)',
  '(?<![a-z])ma (?:nulla|niente)(?= *[.!,;…]| *$)', "(?:j'ai|j'obtiens|je reçois|il m'affiche) (?:un|le|ce|encore ce|toujours ce) message(?: d'erreur)?(?= *[\"«:.]| *$)", "message d'erreur",
  // Read from zs3 (issue threads in German and Italian): "Ich habe das gleiche mit ...", "zeigen auch falsch", "aus dem
  // Spiel geflogen", "keine Reaktion", "Stessa cosa, non riesco a proseguire", "il problema si ripresenta", "va in crash".
  '(?:ich )?(?:habe|hab|hatte) (?:das|dasselbe) gleiche(?! (?:gedacht|gemacht|gesagt|gefühl|vor))', 'zeig(?:t|en) (?:auch |immer |weiterhin |leider )?falsch(?! an)', '(?:aus dem spiel|aus dem server|vom server) (?:ge)?flogen', 'keine reaktion',
  'non riesco (?:a|ad) (?:proseguire|accedere|entrare|installare|aprire|salvare|caricare|scaricare|collegarmi|connettermi|avviare|stampare|validare|inviare|completare|vedere)', '(?:il problema|l\'errore|il bug) si ripresenta', '(?:errori|problemi) simili', 'va in crash', '(?:^|, *)stessa cosa(?= *[,.:;!])',
  // French: it does not work again, the fault is still there ("ça ne remarche pas", "toujours d'actualité sur la 6.6"),
  // access lost ("je n'ai plus accès aux replays").
  "ne remarche (?:toujours )?(?:pas|plus)", "(?:toujours|encore) d'actualité(?! (?:de|du|des|pour|dans))", "(?:je )?n'ai plus (?:accès|acces)",
  // German me-too: "Ich hab das auch seit heute", "hatte ich auch schon oft", "Dies trat auch beim Update auf", a crash as a noun.
  "(?:ich )?(?:hab|habe|hatte|hab's) (?:das|es|den fehler|das problem|dasselbe|das gleiche) (?:\\S+ )?(?:auch|ebenfalls)(?= *(?:[.!…,]|$|seit|schon|öfter|ab und zu|manchmal|gerade|heute|bei mir|hier))", 'hatte ich (?:auch )?schon (?:oft|öfter|mehrmals|öfters)',
  '(?:tritt|trat|tauchte|taucht) (?:\\S+ )?(?:auch|ebenfalls) (?:\\S+ ){0,6}auf', '(?:einen|ein paar|mehrere|häufige|ständige) abstürze?',
  // Russian: me-too ("аналогичная проблема", "у меня такая же хрень"), a rollback it forced ("пришлось откатиться на
  // 2.6.5"), nothing changed after a remedy ("После переустановки ничего не поменялось").
  'аналогичная проблема', 'проблема аналогичная', 'у меня (?:такая же|та же) (?:проблема|ошибка|хрень|фигня|беда|ерунда|история)', '(?:пришлось )?откат(?:иться|ился|илась|ились) (?:на|к)', 'откачусь на',
  'ничего не (?:поменялось|изменилось|меняется|выходит|выходило|вышло)',
  // Russian: the fault is not fixed or persists ("проблема не устранена", "ошибка до сих пор"), a remedy that did not
  // help ("обновление не решило проблему", "не помогло").
  '(?:проблема|ошибка|баг) (?:так и )?(?:не (?:устранена|решена|исправлена)|(?:всё|все) ещё|до сих пор|осталась|сохраняется|остается|остаётся|никуда не делась)',
  '(?<![а-яё])не (?:помогло|помогает|помог|помогла|решило|решил|исправило|исправил)(?: (?:мне|проблему|ошибку|ситуацию))?(?= *[.!,)]| *$)',
  // A remedy that did not work: "Prefix does not help.", "Clearing the cache didn't help either."
  "(?:doesn't|does not|didn't|did not) (?:seem to |really |actually )?help(?: (?:either|at all|much|here|me|us|anything))?(?= *[.!]| *$)",
  // Set back again, out of sync: "the add-on was disabled again", "the folders are out of sync".
  '(?:is|are|was|were|got|gets|has been|have been) (?:disabled|reset|deleted|removed|logged out|signed out|deactivated|uninstalled|turned off|switched off|unchecked) again',
  '(?:is|are|was|were|get|gets|got|getting|stay|stays|remain|remains|go|goes|went|seem|seems) (?:still |now |completely |totally )?out of sync', 'lost (?:its|the|my|all) (?:sync|synchroni[sz]ation|connection|settings|data|config(?:uration)?|calendars?|events?|tasks?)',
  "(?:^|i |we |also |just )(?:came|come|ran|run) (?:across|accross|into) (?:this|it|the same)(?! (?:thread|post|page|article|blog|video|discussion|issue page|repo))",
  '(?:is|are|was|were) (?:still |actually |really |currently )*not (?:actually |really |even |currently )?working(?! (?:on|with) (?:this|it|that|these|a fix|the fix|the issue|the problem|the bug)(?![a-z])| for (?:me|us|you) (?:on|with) )',
  'funktioniert (?:nicht|nie|kaum)', 'geht (?:leider |immer |auch )?(?:noch )?nicht(?: mehr)?(?= *(?:[.,!?;:)]|$|bei mir|auf (?:meinem|dem)|mit (?:dem|firefox|chrome|safari)))', 'abgestürzt', 'stürzt ab', 'tippfehler', 'lädt nicht', 'falsch(?:er|e|es)? link', '(?:führt|verweist|zeigt) ins leere',
  // German puts the subject between verb and negation: "Leider funktioniert die Druckfunktion nicht".
  '(?:funktioniert|funktionieren|lädt|laden|startet|starten|reagiert|reagieren|druckt|speichert|öffnet sich|öffnen sich|klappt|klappen) (?:[^ .!?,;]+ ){1,6}(?:nicht|nie|kaum)(?! nur)', 'klappt (?:leider |immer )?(?:noch )?nicht',
  // "Sobald ich mein Backup einspiele, geht der Appstore nicht mehr." (not "es geht nicht um ...")
  '(?<!es )geht (?!es )(?:[^ .!?,;]+ ){1,4}nicht(?: mehr)?(?= *(?:[.,!?;:)]|$))', 'nicht (?:mehr )?erreichbar', 'kein zugriff',
  '(?:wird|werden|wurde|wurden) (?:[^ .!?,;]+ ){0,5}nicht (?:mehr )?(?:angezeigt|geladen|gespeichert|abgespielt|geöffnet|dargestellt|übertragen|zugestellt|verschickt|gesendet|aktualisiert)',
  // A fault that persists: "das Problem besteht weiterhin", "the issue persists", "still having the same problem".
  '(?:problem|fehler|bug)\\S* (?:\\S+ ){0,3}(?:immer noch|weiterhin|nach wie vor|noch immer)', '(?:besteht|bestehen|tritt|treten) (?:\\S+ ){0,3}(?:immer noch|weiterhin|nach wie vor|noch immer)',
  '(?:problem|issue|bug|error)s? (?:still )?persists?', "(?:it|it's|this|that|the (?:problem|issue|error|bug|crash)) (?:is |has |was )?(?:happening|happened|occurring|occurred|started|back) again", '(?:still|also) (?:have|having|getting|seeing|see|get) (?:the|this|that) (?:same )?(?:problem|issue|error|bug)',
  '(?:hatte|habe|hab|habt|haben) (?:ich |wir )?(?:auch|ebenfalls|genau|exakt) (?:das|dieses|dasselbe|so ein|solche|den|diesen|denselben|einen ähnlichen|ein ähnliches) (?:problem|fehler)',
  // A follow-up that meets the fault again or too: "Occurs in 5.800 as well", "again the issue is happening", "identical symptoms".
  '(?:occurs|happens|happening|occurring) (?:(?:in|with|on) (?:\\S+ ){1,3})?(?:as well|too)', 'again (?:the|this) (?:issue|problem|error|bug|crash) (?:is )?(?:happening|occurring|occurs|happens)',
  '(?:the )?same (?:issue|problem|error|bug|crash) (?:has |have |had )?(?:occurred|happened|happens|occurs|appeared|appears)', '(?:identical|same) symptoms?', 'still (?:occurs|happens)',
  'unable to (?:invoke|run|execute|launch|compile|build|mount|restore|reach|sync|synchroni[sz]e|connect|log ?in|sign in|open|load|save|upload|download|start|install|update|access|play|print|send|receive|import|export|boot)',
  // "I've never been able to get it working", "the archive can't be downloaded": the same failure in other words.
  "(?:never|not|wasn't|weren't|haven't|hasn't|have not|has not|was not)(?: been)? able to get (?:it|this|that|them|the \\S+|my \\S+|\\S+) (?:working|to work|running|to run|to start|to build|to compile|to connect)", "(?:archive|file|link|page|image|video|download|attachment|zip|installer|package|site|website|app|document|pdf)s? (?:[^ .!?,;]+ ){0,2}(?:can't|cant|cannot|can not|couldn't|could not) be (?:downloaded|opened|played|viewed|loaded|installed|reached)",
  '(?:it|this|that|which|feature|app|sync|button|link|login|export|import|upload|download) (?:has )?never worked(?! out)', 'never worked (?:for me|on my|properly|correctly|reliably)', 'nothing (?:is |was )?(?:opens|loads|loading|loaded|shows|showing|shown|displayed|displays|works|working|happens|happening|plays|playing)', "(?:doesnt|dont|didnt|wont|cant|isnt) (?:work|run|load|open|start|sync|show|play|connect)",
  '(?:hab|habe|hatte) (?:ich )?das (?:auch|ebenfalls)(?= *(?:[.!,;:)]|$))', '(?:il )?(?:rien ne se passe|ne se passe rien)',
  '(?:travou|travando|(?:app|aplicativo|jogo|sistema|tela|celular|ela|ele) (?:\\S+ )?trava(?:m)?)',
  // ru
  'ошибк\\S*', 'не работа(?:ет|ют|л|ла|ло|ли)', 'не паш(?:ет|ут)', 'глюч(?:ит|ат|ный|ная|ное)', 'глюк\\S*', 'баг(?:и|а|ов)?', 'не працю(?:є|ють)', 'помилк\\S*', 'перестал\\S* работать', 'вылета(?:ет|ют)', 'завис(?:ает|ают|ло|ла)', '(?:та же|такая же) (?:самая )?проблема', 'не (?:запускается|открывается|загружается|грузится|сохраняется|синхронизируется)',
  // "Same here on Windows 11", "same with version 3.2": a me-too that names where it happens.
  '^same(?: here| for me| issue| problem)?,? (?:(?:on|with|since|after|in) )?(?:(?:my|the|version|latest) )?(?:v?\\d[\\d.x]*|w1[01]|win ?1[01]|windows|android|ios|mac|linux|ubuntu|chrome|firefox|safari|edge|iphone|ipad|pixel|samsung|galaxy|oneplus|xiaomi|huawei|macbook|phone|laptop|pc|tablet|mobile|desktop|browser|device)',
  '(?:faced|facing|confronted) with (?:another|a|an|the|this|some) (?:new |strange |weird |similar )?(?:problem|issue|error)', '(?:ran|run|running) into (?:another|a|an|the|this|some) (?:new |strange |weird |similar )?(?:problem|issue|error|bug)',
  "(?:can't|cant|cannot|can not|couldn't|could not|unable to) (?:seem to )?get (?:it|this|that|them|the \\S+|my \\S+) to (?:work|run|load|connect|show|start|boot|compile|upload|display|sync|play|open)",
  // The same in other languages: "non riesco a farlo funzionare", "je n'arrive pas à le faire marcher", "ich bekomme es nicht zum Laufen".
  "(?:non (?:riesco|sono riuscit[oa]|ci riesco) a|non riesco) far(?:e|lo|la|li|le)? (?:funzionare|partire|dialogare|comunicare|connettere)", "n'arrive (?:pas|plus) à (?:le |la |les )?faire (?:fonctionner|marcher|démarrer)",
  "n'arrive (?:pas|plus) [àa] (?:me |m'|se |s')?(?:connecter|authentifier|identifier|logg?uer|inscrire|installer|lancer|ouvrir|compiler|télécharger|accéder|envoyer|démarrer|monter)", "pas moyen de (?:me |se |m'|s')?(?:connecter|authentifier|identifier|logg?uer|installer|lancer|ouvrir|compiler|télécharger|accéder|envoyer|démarrer|monter)",
  '(?:no consigo|no he podido|no pude|não consigo|não consegui) (?:hacer(?:lo|la)?|fazer) (?:\\S+ )?(?:funcionar|arrancar)', '(?:bekomme|kriege|bekam|krieg) (?:es|das|ihn|sie|\\S+) (?:\\S+ ){0,2}nicht (?:zum laufen|zum funktionieren|ans laufen|hin)(?![a-zäöüß])', 'krijg (?:het|hem|\\S+) (?:\\S+ ){0,2}niet (?:werkend|aan de praat)',
  // "Same problem, please fix it soon": the same fault, then more words.
  '^(?:same|similar|identical) (?:problem|issue|error|bug)s?(?: here)?(?: *[,:;—–-]| (?:for|with|on)(?= ))',
  // Errata in the post itself (a recipe, a guide, an article): something left out, a wrong amount or step.
  "(?:you|u) forgot (?:to (?:list|mention|add|include|say)|the)", '(?:is|are|was|were) (?:not|never) (?:listed|mentioned|included) in the (?:ingredients?|ingredient list|recipe|instructions|list|steps?|article|post|guide)',
  "(?:recipe|ingredient list|ingredients|instructions|steps?|list|article|post|guide|table|chart) (?:doesn't|does not|don't|do not|never) (?:mention|list|say|include|tell)",
  "there(?:'s| is) an? (?:small |little |slight |tiny )?(?:mistake|error|typo) in", '(?:small|little|slight|tiny|minor) (?:mistake|error|typo)s? (?:in|on) (?:the|this|your|step|line|section|paragraph|example)',
  // ...in the post's examples and code, in other languages too: "Small error in the first example", "Il y a une erreur dans l'exemple".
  '(?:mistake|error|typo)s? in the (?:\\S+ )?(?:example|code sample|sample code|snippet|listing|formula|equation|diagram|figure|table)s?(?![${L}])',
  "(?:il y a|il semble y avoir|je pense qu'il y a) (?:une|des) (?:petite?s? |légère?s? )?(?:erreur|coquille|faute)s?", 'erreur dans (?:la|le|l\') ?(?:exemple|code|formule|tableau|question|schéma|lien)',
  '(?:hay|tiene|veo) un (?:pequeño )?error en', 'error en (?:la|el) (?:\\S+ )?(?:ejemplo|código|fórmula|tabla|paso|enlace)', "c'è un (?:piccolo )?errore", 'errore (?:nel|nella|nell\') ?(?:codice|esempio|formula|tabella|articolo|link)',
  '(?:er )?(?:zit|staat) (?:er )?een (?:kleine )?fout in', 'fout in (?:het|de) (?:\\S+ )?(?:voorbeeld|code|formule|tabel|artikel|stap)',
  '(?:im|in der|in dem) (?:\\S+ )?(?:beispiel|code|skript|schritt|absatz|abschnitt)\\S* (?:ist|steckt|hat sich) (?:noch )?(?:ein|eine) (?:kleiner |kleine )?(?:fehler|tippfehler|dreher)',
  'should (?:say|read)(?= ["“„\'‘]| ?: | \\d)', "(?:can't|cannot|can not) (?:possibly )?be right",
  '(?:quantit(?:y|ies)|amounts?|measurements?|numbers?|times?|temperatures?|figures?|dates?) (?:\\S+ )?(?:seems?|are|is|look|looks) (?:a bit |way |slightly |totally )?(?:off|wrong|incorrect)',
  '(?:im|in der|in dem|auf der) (?:rezept|zutatenliste|anleitung|artikel|text|liste|tabelle|beschreibung)\\S* (?:\\S+ ){0,2}(?:fehlt|fehlen)', '(?:fehlt|fehlen) (?:\\S+ ){0,3}(?:im|in der|in dem) (?:rezept|zutatenliste|anleitung|artikel|text|liste|tabelle)',
  '(?:du hast|sie haben|ihr habt) (?:[^ .,!?;]+ ){1,5}vergessen(?! ?,? ?(?:dass|wie|was|wer))', 'kleiner (?:fehler|tippfehler|schreibfehler)', '(?:ein|einen|der) fehler (?:im|in der|in dem)(?= )',
  '(?:angabe|menge|mengenangabe|temperatur|backzeit|zeitangabe|garzeit)\\S* (?:\\S+ ){0,4}(?:viel )?zu (?:hoch|niedrig|lang|kurz|viel|wenig)', 'falsche[nr]? (?:seite|link|artikel|datei|video|bild|rezept)',
  'il manque (?:\\S+ ){0,4}dans (?:la|le|l\') ?(?:recette|liste|article|texte)', 'erreur dans (?:la|le|l\') ?(?:recette|article|texte|liste)',
  '(?:en la|en el) (?:receta|artículo|lista) falta', 'falta (?:\\S+ ){0,4}en (?:la|el) (?:receta|artículo|lista)', 'error en (?:la|el) (?:receta|artículo|lista)',
  // Asking the author to correct the post: "bitte korrigiert die Mengenangabe", "please fix the link", "merci de corriger".
  '(?:please|pls|could you|can you) (?:fix|correct|update|change) (?:the|this|your|that) (?:recipe|link|typo|amount|quantity|article|post|instructions|list|guide|numbers?|date)',
  '(?:bitte|könnt ihr|könnten sie|kannst du) (?:\\S+ ){0,3}(?:korrigieren|berichtigen|ändern|anpassen|verbessern)(?! (?:sie|ihr) (?:sich|euch))', '(?:korrigiert|berichtigt|ändert) (?:bitte )?(?:das|die|den) (?:rezept|angabe|menge|mengenangabe|link|artikel|text|tabelle)',
  'merci de (?:corriger|rectifier)', 'por favor (?:corrijan|corrija|corrige)', 'per favore correggete',
  'should (?:be|read|say) \\d+ ?(?:g|grams?|ml|cups?|tbsp|tsp|minutes?|mins?|degrees?|°)?,? not',
  '(?:sollte|sollten|müsste|müssten|muss|müssen) (?:es |das |da )?(?:wohl |eher |doch )?\\d+ ?(?:g|gramm|ml|minuten|min|grad|°)? (?:sein|heißen|heissen),? (?:nicht|statt)',
  'falta (?:\\S+ ){0,4}na receita', 'erro na receita', 'manca (?:\\S+ ){0,4}nella ricetta', 'errore nella ricetta', 'ontbreekt (?:\\S+ ){0,4}in het recept', 'fout in het recept',
  // Wrong data in the post itself: "die Mengenangabe ist falsch", "das Datum stimmt nicht", "Fehler im Rezept".
  '(?:angabe|menge|zahl|datum|uhrzeit|link|tabelle|beschreibung|übersetzung|anleitung)\\S* (?:\\S+ ){0,3}(?:ist|sind|war|waren) (?:\\S+ ){0,2}(?:falsch|fehlerhaft|nicht (?:richtig|korrekt))',
  '(?:angabe|menge|zahl|datum|uhrzeit|link|beschreibung|übersetzung)\\S* (?:\\S+ ){0,3}(?:stimmt|stimmen) (?:\\S+ ){0,2}nicht(?! (?:nur|überein))', 'fehler (?:im|in der|in dem) (?:rezept|artikel|text|beitrag|anleitung|tabelle)', 'da stimmt (?:was|etwas) nicht',
  'no funciona', 'se cuelga', 'no carga', 'no abre', 'no se ve', 'se cierra', 'ne fonctionne (?:pas|plus)', 'ne marche (?:pas|plus)', "ne (?:s'affiche|charge|s'ouvre|se charge) plus", 'ya no (?:funciona|carga|abre)', 'não funciona mais', 'parou de funcionar', 'non funziona più', 'werkt niet meer', "ne s'affiche pas", 'ne charge pas', 'lien mort', 'lien cassé',
  'não funciona', 'nao funciona', 'travou', 'não carrega', 'não abre', 'não aparece', 'non funziona', 'si blocca', 'non carica', 'non si apre', 'non appare',
  'werkt niet', 'foutmelding', 'kapot', 'loopt vast', 'laadt niet',
];
export const BUG_STRONG = words(...BUG_STRONG_PHRASES);
/**
 * The same phrases in small groups, each screened on its own (signals.ts): one regex of them all ran on a quarter of all
 * sentences, most of the time in vain, and was the classifier's costliest pattern. Together they match exactly what
 * BUG_STRONG matches.
 */
export const BUG_STRONG_PARTS: readonly RegExp[] = Array.from({ length: Math.ceil(BUG_STRONG_PHRASES.length / 6) }, (_, i) =>
  words(...BUG_STRONG_PHRASES.slice(i * 6, i * 6 + 6)),
);

/**
 * The writer announces a fix or a resolution (past tense, often staff or the post author): "I fixed the
 * replay bug", "Ist jetzt korrigiert", "Fixed in 2.3.1", "修正しました". Not a report, unless it says the
 * fault is still there (NOT_RESOLVED).
 */
/** "... working again since the update": a fix announced, or a remedy confirmed by the one helped. */
const WORKING_SINCE_CHANGE = 'working (?:fine |again |now )*(?:after|since|with) (?:the |last |latest |new |this |that )*(?:update|version|release|fix|build|patch)';

export const FIX_ANNOUNCED = words(
  "(?:i|we|i've|we've|i have|we have|i just|we just)(?: now| just| finally)? (?:fixed|corrected|repaired|patched|resolved|solved|sorted out)",
  '(?:has|have|had) (?:now |just |already )?been (?:already |now )?(?:fixed|corrected|resolved|patched|addressed|repaired|solved)', '(?:will|should) be (?:fixed|resolved|solved|addressed|corrected) (?:in|with|by|on|soon|shortly|asap)(?![^ .!?,;])', '(?:is|are|was|were) (?:now |finally |already )?(?:fixed|corrected|resolved|solved|repaired)',
  '(?:fixed|solved|resolved) (?:in|by|with|on|via) (?:v?\\d|#|the|commit|version|release|main|master|pr)', '(?:should|will) (?:probably |hopefully )?(?:fix|solve|resolve) (?:the|this|that|your|it|a)(?: (?:problem|issue|error|bug|crash))?(?= |$)', '(?:should|will) (?:be )?(?:work(?:ing)?|fine|ok(?:ay)?|good) (?:now|again)', 'works? again', `(?:it's|it is|its|now|is) ${WORKING_SINCE_CHANGE}`, '^already (?:fixed|resolved|solved)',
  // A workaround that works: "ihr müsst neu starten, dann geht's", "that did the trick".
  "(?:dann|danach|jetzt) (?:geht|gehts|geht's|klappt|klappts|klappt's|funktioniert)(?:'s| es)?(?! nicht| immer noch)", '(?:that|this|which) (?:fixed|solved) it', 'did the trick', 'das hat (?:es )?(?:geholfen|gelöst)',
  '(?:was|were) able to (?:fix|solve|diagnose|track down|find)', "(?:i've|i have|we've|we have) (?:got|found|pushed|committed|released) a fix", 'fix (?:is|has been) (?:ready|released|pushed|merged|deployed)', '(?:the|a) fix (?:should|will) be (?:released|published|out|available|live|deployed)', 'der fix (?:\\S+ ){0,6}(?:veröffentlicht|ausgerollt|verfügbar)', '(?:should be|is|are) back (?:up|online) (?:now|again)', 'figured (?:it|this) out', 'closing (?:this|as)',
  // Release notes: "5. Bug fix: the window no longer loses focus", "Fixed: upload counter".
  // A known fault with its remedy: "This is a known issue", "updating to 2.4 fixes it".
  '(?:is|are) a known (?:issue|bug|problem|limitation)', '(?:updating|upgrading|installing|restarting|reinstalling|clearing|switching|disabling|enabling|downgrading)(?: (?!if |whether )[^ .!?,;]+){0,4} (?:fixes|solves|resolves) (?:it|this|that|the (?:issue|problem|bug|crash|error))',
  'bug ?fix(?:es|ed)? *:', '(?:^|\\d[.)] *)(?:fixed|fix|corrected) *:', 'changelog',
  // A remedy in a version, a fix promised by whoever will write it, the cause found: "Update to 0.21.16 to fix the issue",
  // "Version 2.0.3 fixes this issue", "I'll fix it soon", "I found the error", "Fehler gefunden".
  '(?:update|upgrade) to (?:the latest(?: version| release)?|v?\\d[\\w.-]*|version \\S+) (?:to|and it should|which should|which will|that should) (?:fix|solve|resolve)',
  '(?:version|release|build|v) ?\\d[\\w.-]* (?:fixes|fixed|solves|resolves|should fix|will fix|addresses)', '(?:the|a) fixed (?:version|release|build|apk)',
  "(?:i'll|i will|we'll|we will|i'm going to|we're going to|i am going to|we are going to) (?:\\S+ ){0,2}(?:fix|correct|patch|address|solve|resolve) (?:it|this|that|the)(?= |$)",
  // "I'll be addressing this in the next release", "Here is a build with the fix."
  "(?:i'll|i will|we'll|we will) be (?:fixing|addressing|patching|correcting|resolving) (?:it|this|that|the)(?= |$)", "(?:here is|here's|attached is|try) (?:a|the|this) (?:new |test |fixed )?(?:build|version|release|apk|patch|binary|zip) (?:with|that (?:has|includes|contains)) (?:the|a) fix",
  '(?:hope|hopefully) (?:this|that|it) (?:resolved|resolves|fixed|fixes|solved|solves) (?:it|this|that|the)', '(?:fixed|corrected|resolved|sorted) itself',
  '(?:será|va a ser|serán|van a ser) (?:arreglad[oa]s?|corregid[oa]s?|solucionad[oa]s?)', '(?:será|serão) (?:corrigid[oa]s?|resolvid[oa]s?)', 'sera (?:corrigée?|résolue?)',
  '(?:wird|werden) (?:[^ .!?,;]+ ){0,3}(?:behoben|korrigiert|gefixt)', '(?:behebt|beheben|behob|löst|korrigiert) (?:das|den|die|diesen|dieses|dieser) (?:problem|fehler|bug)',
  '(?:i|we)(?: have| finally| just|\'ve)? found (?:the|my) (?:error|problem|issue|culprit|cause|mistake|solution|bug)', '(?:should|will) now be (?:updated|fixed|working|visible|available|correct|back)', '(?:den |meinen )?fehler gefunden', '(?:de|mijn) fout gevonden',
  "(?:j'ai|on a|nous avons) trouvé (?:l'erreur|le problème|la cause|le souci|la solution)", 'encontr(?:é|amos) (?:el|mi) (?:error|problema|fallo)', '(?:achei|encontrei) o (?:erro|problema)', "(?:ho|abbiamo) trovato (?:l'errore|il problema)",
  '(?:plays|loads|syncs|runs|opens|connects|prints|responds|boots|starts up)(?: fine| normally| correctly| properly)? again',
  // Staff taking a report in hand ("I'll look into this", "we are investigating") or shipping the fix ("I've just
  // released v2.0.5 that fixed the updates problems").
  "(?:i'll|i will|i'm gonna|i am gonna|i'm going to|i am going to|we'll|we will|we're|we are|i'm|i am) (?:\\S+ )?(?:look(?:ing)? into|investigat(?:e|ing)|working on (?:a |the )?(?:fix|patch))",
  "(?:i|we|i've|we've|i have|we have)(?: just)? (?:released|published|pushed|deployed|shipped|merged)", '(?:that|which) (?:fixed|fixes|solved|solves|resolved|resolves) (?:the|this|that|these|those|your|a)(?= )',
  '(?:removed|replaced|updated|corrected|fixed) (?:the|all|those|these) (?:broken|dead|wrong|outdated) links?',
  // de
  '(?:ist|sind|wurde|wurden|habe|haben|hab|hab\'s|hab es|habe es) (?:[^ .!?]+ ){0,5}(?:korrigiert|behoben|repariert|gefixt|ausgebessert|berichtigt)', '(?:jetzt|nun|inzwischen) (?:korrigiert|behoben|repariert)',
  'sollte (?:jetzt|nun) (?:wieder )?(?:gehen|funktionieren|laufen|klappen)', 'funktioniert (?:jetzt )?wieder', 'geht (?:jetzt )?wieder',
  // es
  '(?<!no )(?:ya )?(?:est[áa]|qued[óo]|fue) (?:corregid[oa]|arreglad[oa]|solucionad[oa])', '(?:he|hemos|ha|han) (?:corregido|arreglado|solucionado)', 'ya funciona',
  // fr
  "(?:c'est|c'était|est|a été|ont été|j'ai|nous avons|on a) (?:[^ .!?]+ ){0,3}(?:corrigée?s?|réparée?s?|résolue?s?)", 'fonctionne à nouveau', "(?:c'est|ça s'est|ça est|tout est) (?:revenu|rentré dans l'ordre|réglé|remis) tout seul", "(?<!ne |n')remarche(?! (?:toujours )?(?:pas|plus))",
  // pt
  '(?:já )?(?:corrigi|corrigimos|consertei|consertamos|arrumei|resolvi|resolvemos)', '(?:consegui|conseguimos) (?:corrigir|resolver|consertar)', '(?:logramos|pudimos|conseguimos) (?:corregir|arreglar|solucionar)', '(?<!(?:não|nao) )(?:foi|está|já está) (?:corrigid[oa]|resolvid[oa]|consertad[oa])', 'já funciona',
  // it
  '(?:ho|abbiamo) (?:[^ .!?]+ ){0,2}(?:corretto|sistemato|risolto|aggiustato)', '(?:è stato|è|sono stati) (?:corrett[oa]|risolt[oa]|sistemat[oa])',
  // nl
  '(?:is|zijn|werd|heb|hebben) (?:inmiddels |nu |intussen )?(?:opgelost|verholpen|gecorrigeerd|gerepareerd)', 'werkt (?:nu )?weer',
);

export const FIX_ANNOUNCED_CJK = anywhere(
  '反映しました', '反映いたしました', '修正しました', '修正済み', '直しました', '対応しました', '解決しました', '修正いたしました', '更新しました',
  '(?<![没沒未不])解决了', '(?<![没沒未不])修复了', '争取修复', '尽快修复', '会修复', '将修复',
  '已处理', '已處理', '已覆盖', '已修正', '已经修正', '已經修正', '已修复', '已经修复', '已修復', '已經修復', '修好了', '已更正', '已改正', '已解决', '已解決', '改好了',
);

/** The one who asked confirms that the advice worked ("That fixed it", "that was it", "das war's"): their thanks is gratitude. */
export const REMEDY_CONFIRMED = words(
  "(?:that|this|which|it|your (?:tip|fix|suggestion|solution|advice|answer)) (?:(?:totally|indeed|actually) )?(?:fixed|solved|resolved|did) (?:it|the (?:issue|problem|trick)|my (?:issue|problem))", "that(?:'s| was) it", 'that did it',
  "das war(?:'s| es)", 'das hat (?:es )?(?:geholfen|gelöst)', "c'était (?:ça|bien ça)", 'eso (?:era|fue) todo', 'era isso', 'era quello',
  `(?:it's|it is|its) ${WORKING_SINCE_CHANGE}`,
);

/** The fault is still there, or the fix did not take: keeps a report a report. */
export const NOT_RESOLVED = words(
  // A workaround that only holds until the next time: "erst nach einem Neustart geht wieder alles", "only after a restart".
  'erst (?:nach|wenn)', 'nur nach', 'only (?:after|when i|if i)',
  // A wish that it gets fixed is not an announcement: "I hope it will be fixed soon".
  "(?:hope|hoping|hopefully) (?:that )?(?:it|this|they|the (?:bug|issue|problem))(?:'ll| will| gets?| can| could) (?:be |get )?(?:fixed|resolved|solved)",
  'still', '(?:happen(?:s|ing|ed)?|broke|broken|crash(?:es|ed|ing)?|fail(?:s|ed|ing)?|stopped|down|missing|gone|back|wrong) again', 'again and again', 'not (?:yet )?(?:fixed|resolved|solved|corrected)', "(?:isn't|wasn't|hasn't been|haven't been|aren't) (?:fixed|resolved)", 'reopen(?:ed)?', 'regression',
  'immer noch', 'weiterhin', 'nicht (?:behoben|korrigiert)', 'todav[ií]a', 'sigue', 'toujours', 'encore', 'ainda', 'ancora', 'nog steeds', 'opnieuw',
);

/**
 * A time anchor to a change ("since the last update", "seit dem Update"): a report's usual opening, but it says
 * nothing on its own ("since the update it is much faster"), so it counts as a fault word, not a symptom.
 */
export const UPDATE_ANCHOR = new RegExp(
  [
    'since (?:the |your |my |this )?(?:last |latest |recent |new )?(?:update|upgrade|change|release|version|redesign)', 'after (?:the |your |my |this )?(?:last |latest |recent |new )?(?:update|upgrade|redesign)', 'after (?:updating|upgrading)',
    "seit (?:dem|der) (?:letzten |neuen )?(?:update|upgrade|aktualisierung|umstellung)", 'desde (?:la|el) (?:última |nueva )?(?:actualización|versión|cambio)', 'depuis (?:la|le) (?:dernière |nouvelle )?(?:mise à jour|version|màj)',
    'desde a (?:última |nova )?(?:atualização|versão)', "dall'ultimo aggiornamento", "dopo l'aggiornamento", 'sinds de (?:laatste |nieuwe )?(?:update|versie)'
  ].join('|'),
);

/** The writer met the same fault as someone else ("I had the same problem", "ran into a similar issue", "moi aussi"). */
export const SAME_FAULT = words(
  '(?:same|similar|identical) (?:problem|issue|error|bug|thing)s?', 'happen(?:s|ed)? (?:to|for) me (?:too|as well)', 'me too', 'can confirm',
  ...SAME_FAULT_ELSEWHERE, 'auch das (?:problem|fehler)',
);

/**
 * Advice or a solution: "Try disabling Bluetooth", "I just deleted the file and it was rebuilt", "what worked for
 * me", "Versuch mal". After "I had the same problem" it makes the comment an answer, not a report.
 */
export const SOLUTION_OFFERED = words(
  // (Not "Just wanted to say I have a similar issue", "Just noticed the same": a report's opening, not advice.)
  '^(?:try|just(?! (?:wanted|want|a|an|to (?:say|add|let|report|confirm)|saying|curious|checking|noticed|found|came|tried|got|had|updated|upgraded|installed|realized|realised|discovered|saw|reporting|letting|confirming|ran|hit|started)(?![a-z]))|simply|make sure|go to|open|check|disable|enable|delete|remove|reinstall|restart|reboot|update|clear)', 'you (?:can|could|need to|have to|should|must) (?:try|just|simply|go|open|check|disable|enable|delete|remove|reinstall|restart|update|change|clear|set)',
  'what (?:worked|helped|fixed it) for me', '(?:the|my) (?:fix|solution|workaround) (?:for me )?(?:was|is)', "(?:i|we) (?:just |simply )?(?:deleted|removed|renamed|reinstalled|disabled|enabled|changed|updated|cleared|reset|replaced|soldered|reflashed|downgraded|upgraded|switched|swapped|unplugged|re-?installed) (?:\\S+ ){1,6}(?:and|then|so) (?:it|now|everything|that|i was able to|i could)",
  // A remedy that worked for the writer: "Upgrading to the latest release fixed it for me".
  '(?:updating|upgrading|downgrading|reinstalling|restarting|rebooting|clearing|disabling|enabling|deleting|removing|switching|installing)(?: (?!if |whether )[^ !?,;]+){0,6} (?:fixed|solved|resolved) (?:it|this|that|the (?:issue|problem|bug|crash|error))',
  // Asked as a question, a remedy for the other to try: "Could you please try the attached patch?", "Mind testing #107?".
  '^(?:[^,.!?]{0,30}[,.!] +)?(?:@\\S+ *[,:]? *)*(?:(?:can|could|would) you (?:please |kindly |also |maybe |then |just )?(?:try|test|apply|load|reload|install|reinstall|update|upgrade|reboot|restart|disable|enable|remove|rebuild|recompile|unplug|plug)|(?:do|would) you mind (?:testing|trying|applying|checking)|mind (?:testing|trying|applying)|(?:please|pls) (?:also )?(?:try|test|apply))(?![a-z])',
  'fixed it by', 'solved it by', '(?:solved?|fixed?) (?:this|the|my) (?:issue|problem) by', 'got it (?:working|to work) by', '(?:durch|nach) (?:\\S+ ){1,8}(?:funktioniert|geht|klappt) es (?:wieder|jetzt)', '^(?:versuch|probier|essaie|essayez|prova|intenta|prueba|tente|probeer)',
);

/**
 * The headings of a bug-report form, as issue templates and forums' "how to report a bug" posts ask for them: "Steps to
 * reproduce:", "Nom du bug :", "Comportement attendu :", "复现步骤". One of these, followed by a colon or a line break,
 * marks a report. Matched against the lower-cased comment.
 */
export const REPORT_FORM_HEADING = new RegExp(
  '(?:^|[\\n#*>|]|[.!:)]\\s)\\s*(?:' +
    [
      'bug ?(?:name|title|description)', 'steps to reproduce', 'to reproduce', 'repro(?:duction)? steps', '(?:expected|actual|observed|current) (?:behaviou?r|result|outcome)',
      'nom[- ]d[ue][- ]bug', 'nom du bogue', 'titre du bug', 'description du (?:bug|bogue|problème)', 'étapes pour reproduire', '(?:comportement|résultat) (?:attendu|actuel|observé|constaté)',
      'fehlerbeschreibung', 'schritte zum (?:reproduzieren|nachstellen)', '(?:erwartetes|tatsächliches) (?:verhalten|ergebnis)',
      'pasos para reproducir', '(?:comportamiento|resultado) (?:esperado|actual|obtenido)', 'descripción del (?:error|bug|fallo|problema)',
      'passos para reproduzir', '(?:comportamento|resultado) (?:esperado|atual|obtido)', 'descrição do (?:erro|bug|problema)',
      'passi per riprodurre', '(?:comportamento|risultato) (?:atteso|attuale|ottenuto)', 'descrizione del (?:bug|problema|errore)',
      '(?:复现|重现)步骤', '(?:预期|期望|实际)(?:行为|结果|表现)', '再現手順', '(?:期待される|実際の)(?:動作|結果|挙動)',
      'шаги (?:для )?воспроизведения', '(?:ожидаемое|фактическое) (?:поведение|результат)', '(?:ожидаемый|фактический) результат',
    ].join('|') +
    ')\\s*(?:[:：]|\\n)',
);

/**
 * The fields of a report form ("Priorité :", "Version:", "OS:", "Browser:", "Capture d'écran :"). Two different ones in
 * one comment mark a filled-in form. ("Name:" is left out: configuration snippets and sign-ups are full of it.)
 * Matched against the lower-cased comment.
 */
export const REPORT_FORM_FIELD = new RegExp(
  // At the start of a line (after a list or quote mark at most) or after words on the same line: not an indented key of
  // a configuration file ("  name: foo", "spec:\n  version: 7.1").
  '(?:^|\\n(?:[-*>#|]\\s*)?|\\S[ \\t]+)(' +
    [
      'priorit(?:y|é|e|à|ät|ad|ade)', 'severity', 'gravité', 'importance', 'probl[eè]me', 'problema', 'description(?: deux lignes)?', 'beschreibung', 'descripción', 'descrição', 'descrizione',
      'screen(?:shot)?s?', "capture(?:s)? d'écran", 'captura(?:s)? de pantalla', 'captura(?:s)? de tela', 'bildschirmfoto', 'versi(?:on|ón|one|ão)', 'os', 'browser', 'navigateur', 'navegador',
      'device', 'appareil', 'gerät', 'dispositivo', 'platform', 'plateforme', 'environment', 'environnement', 'umgebung',
    ].join('|') +
    ')\\s*[:：]',
);
const REPORT_FORM_FIELDS = new RegExp(REPORT_FORM_FIELD.source, 'g');

/** Whether a comment is a filled-in bug-report form: a form heading, or two different form fields. */
export function isReportForm(lowerText: string): boolean {
  // A form's headings and fields end in a colon or a line break: most comments are ruled out without a regex.
  if (lowerText.indexOf(':') < 0 && lowerText.indexOf('：') < 0 && lowerText.indexOf('\n') < 0) return false;
  // Not the keys of a configuration or code block the comment quotes.
  const prose = lowerText.includes('```') ? lowerText.replace(/```[^]*?(?:```|$)/g, ' ') : lowerText;
  if (REPORT_FORM_HEADING.test(prose)) return true;
  if (prose.indexOf(':') < 0 && prose.indexOf('：') < 0) return false;
  const fields = new Set<string>();
  for (const m of prose.matchAll(REPORT_FORM_FIELDS)) {
    fields.add(m[1].replace(/s$/, ''));
    if (fields.size >= 2) return true;
  }
  return false;
}
