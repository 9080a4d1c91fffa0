/**
 * Text folding for matching: one UTF-16 code unit in, one out, so offsets into the folded text are offsets into
 * the original text (spans can be cut from the original string directly).
 *
 * - Traditional → Simplified for common characters (hand-written map below; one-to-one only).
 * - Full-width ASCII → ASCII, ideographic space → space, upper-case → lower-case.
 */

// Pairs written by the project: each Traditional character followed by its Simplified form.
// Only characters buyers commonly type in reviews and chat; ambiguous one-to-many cases are left out.
const T2S_PAIRS =
  '個个們们這这麼么為为沒没說说話话嗎吗與与發发貨货買买賣卖錢钱價价幣币點点東东車车長长開开關关門门問问間间' +
  '時时見见現现電电腦脑機机後后從从對对樣样還还來来過过會会讓让給给頭头臉脸體体質质壞坏爛烂錯错費费' +
  '態态應应客客務务號号碼码顏颜色色線线條条種种類类產产廠厂務务單单訂订運运遞递郵邮送送達达換换' +
  '退退款款據据聯联絡络戶户帳账務务優优惠惠劵券紅红綠绿藍蓝黃黄亂乱舊旧實实際际圖图處处辦办' +
  '慢慢輕轻較较邊边裡里裏里麵面鬆松緊紧寬宽窄窄縮缩皺皱褲裤襪袜鞋鞋擋挡雜杂聲声響响彈弹' +
  '滿满意意誤误認认識识讀读寫写證证試试談谈謝谢請请讓让詢询設设計计許许評评論论議议訴诉' +
  '賺赚貴贵賠赔償偿購购贈赠費费資资負负責责敗败貼贴財财質质賬账' +
  '寶宝寵宠實实審审寧宁導导將将專专對对尋寻屆届層层嶺岭幾几廣广張张強强彎弯復复' +
  '慣惯態态憂忧懷怀戰战戲戏擇择擔担據据擊击擁拥擴扩攝摄敵敌數数斷断於于無无舊旧' +
  '書书會会楊杨樓楼標标樂乐檢检歡欢歲岁歷历殘残氣气漢汉潔洁澤泽濕湿燒烧熱热爾尔牆墙' +
  '獨独獲获環环現现瓶瓶畫画盡尽盤盘睜睁礎础確确禮礼稱称穩稳窮穷筆笔範范簡简籃篮糧粮' +
  '紀纪約约級级純纯紙纸細细終终組组結结絕绝統统絲丝經经綁绑維维網网緒绪練练縣县總总績绩' +
  '織织繼继續续纖纤罰罚罵骂義义習习聽听聞闻職职膚肤臟脏與与舉举艱艰藝艺藥药號号蟲虫' +
  '術术衛卫裝装補补襯衬規规覺觉親亲觀观角角觸触訊讯記记訪访該该詳详誠诚誰谁調调諒谅' +
  '謊谎講讲護护讚赞豐丰貓猫貝贝負负貨货販贩貧贫貪贪購购貿贸費费賀贺賓宾趕赶跡迹蹤踪' +
  '軟软載载輛辆輸输辭辞農农邊边遞递遠远遲迟選选遺遗醫医釋释針针釣钓鈕钮鋼钢錄录鍵键鏡镜' +
  '鐘钟鐵铁鑽钻門门閃闪閉闭閒闲閱阅闆板隊队陽阳陰阴際际隨随險险隱隐雙双雞鸡雖虽離离難难' +
  '電电霧雾靈灵韓韩頁页項项順顺須须預预領领頻频題题額额願愿類类顧顾飛飞飯饭飲饮飽饱餅饼' +
  '餓饿館馆馬马駕驾驗验髮发鬧闹魚鱼鮮鲜鳥鸟麥麦黨党齊齐齒齿龍龙龜龟' +
  '啟启喚唤單单嘆叹噴喷嚴严團团圍围國国園园塊块壓压夠够夢梦奪夺奮奋婦妇媽妈嬰婴孫孙' +
  '學学憑凭總总愛爱懂懂應应戀恋掃扫掛挂揀拣換换搖摇撥拨擠挤攜携敗败斂敛晝昼暈晕' +
  '曬晒東东極极樣样橋桥櫃柜歸归殼壳氣气沒没潤润澀涩濃浓灣湾燈灯爺爷狀状猶犹獎奖' +
  '產产畢毕疊叠瘋疯癢痒發发盜盗盡尽碼码確确磚砖禍祸種种穀谷窩窝競竞筍笋節节築筑' +
  '簽签粵粤糾纠紐纽純纯紡纺綫线緩缓編编縫缝繩绳罷罢羅罗聰聪肅肃腫肿膠胶艙舱莊庄' +
  '華华萬万葉叶蘋苹蘭兰蝦虾螢萤衝冲襖袄覽览託托訴诉詐诈誇夸誌志說说課课誼谊' +
  '謀谋謎谜譯译貼贴賴赖贊赞趙赵躍跃較较輪轮辦办辮辫週周進进運运過过違违適适遜逊' +
  '鄰邻醬酱銀银銷销鋪铺錶表鍋锅鎖锁鐺铛閘闸闊阔陳陈陸陆隻只雲云韌韧頂顶頸颈顆颗' +
  '颱台風风養养餘余騙骗騷骚驚惊體体髒脏鬥斗麗丽黴霉點点齡龄檯台裏里撈捞擺摆摳抠' +
  '幫帮彈弹徑径慘惨懶懒癡痴綢绸縮缩勁劲勞劳勢势勵励務务勸劝區区協协廳厅壯壮' +
  '準准減减湊凑漲涨滅灭漏漏灑洒無无煩烦狹狭豬猪貴贵賤贱嗎吗呢呢吧吧噁恶麼么' +
  '兒儿兩两驛驿討讨連连儲储積积場场脫脱紉纫內内墊垫' +
  '損损丟丢傳传變变諮咨況况員员師师虧亏剛刚癬癣顯显癟瘪檸柠溫温涼凉業业' +
  '漿浆盒盒箱箱劃划擦擦裂裂損损壺壶罈坛廚厨鍾钟濾滤淨净灘滩際际確确賬账扣扣' +
  '燙烫繫系嚐尝慮虑礙碍傷伤僅仅債债帶带庫库廢废憤愤搶抢撐撑暫暂棄弃構构滯滞爐炉膩腻膽胆臺台蓋盖薦荐蠟蜡誘诱謹谨豎竖趨趋軌轨輩辈轉转辯辩邏逻釘钉鈍钝銳锐鍍镀鎮镇闖闯陣阵靜静頓顿飄飘餵喂驅驱鹹咸鹽盐擰拧屜屉櫥橱醜丑壽寿齣出摺折蝕蚀銹锈鏽锈纏缠繡绣釦扣鑰钥遙遥測测剝剥緻致稅税餿馊偽伪佈布療疗傭佣饋馈嗆呛漬渍濺溅滲渗乾干攪搅攏拢撿捡擱搁欄栏礦矿紮扎綻绽縐皱繃绷蒼苍蔔卜譜谱貶贬賒赊輔辅鉤钩鋸锯錘锤鍊链鏈链閥阀陝陕雋隽韁缰頗颇頹颓顛颠颳刮饑饥騰腾驟骤鬍胡鯊鲨鳳凤嚕噜囉啰嘰叽嚇吓噸吨壇坛墳坟';

/** First code unit T2S covers: every Traditional character of the pairs is a CJK unified ideograph. */
const T2S_BASE = 0x4e00;
/** Simplified form of the code unit T2S_BASE + i at T2S[i]; 0 where the character stays as it is. */
const T2S = ((): Uint16Array => {
  let last = T2S_BASE;
  for (let i = 0; i < T2S_PAIRS.length; i += 2) last = Math.max(last, T2S_PAIRS.charCodeAt(i));
  const table = new Uint16Array(last + 1 - T2S_BASE);
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
    const t = T2S_PAIRS.charCodeAt(i);
    const s = T2S_PAIRS.charCodeAt(i + 1);
    if (t < T2S_BASE) throw new Error(`T2S pair ${T2S_PAIRS.slice(i, i + 2)} below U+4E00`);
    if (t !== s) table[t - T2S_BASE] = s;
  }
  return table;
})();

/** Code units of the folded text, reused from call to call (grown when a longer text comes). */
let folded = new Uint16Array(1024);

/** Fold a string for matching. The result has exactly the same length as the input. */
export function fold(text: string): string {
  const n = text.length;
  if (folded.length < n) folded = new Uint16Array(Math.max(n, folded.length * 2));
  let changed = false;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    const o = c;
    if (c >= 0x41 && c <= 0x5a) c += 32;
    else if (c >= 0xff01 && c <= 0xff5e) {
      c -= 0xfee0;
      if (c >= 0x41 && c <= 0x5a) c += 32;
    } else if (c === 0x3000) c = 0x20;
    else if (c >= T2S_BASE && c - T2S_BASE < T2S.length) {
      const s = T2S[c - T2S_BASE]!;
      if (s !== 0) c = s;
    }
    if (c !== o) changed = true;
    folded[i] = c;
  }
  if (!changed) return text;
  // Build in chunks to avoid argument-length limits.
  let out = '';
  for (let i = 0; i < n; i += 4096) {
    out += String.fromCharCode.apply(null, folded.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  }
  return out;
}

/** Is the code unit a CJK unified ideograph (BMP)? */
export function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** ASCII letter or digit (after folding). */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

/** Characters that end a clause. */
export function isClauseBreak(c: number): boolean {
  switch (c) {
    case 0x2c: // ,
    case 0x2e: // .
    case 0x21: // !
    case 0x3f: // ?
    case 0x3b: // ;
    case 0x0a:
    case 0x0d:
    case 0x20:
    case 0x7e: // ~
    case 0x3001: // 、
    case 0x3002: // 。
    case 0xff0c: // ，
    case 0xff01:
    case 0xff1f:
    case 0xff1b:
    case 0x2026: // …
    case 0x09:
      return true;
    default:
      return false;
  }
}
