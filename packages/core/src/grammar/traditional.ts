/**
 * Reading text printed in traditional characters (產出指標, 數量指標, 萬元, 個) the way the same
 * form in simplified characters reads, and without the pinyin glosses some web pages print after
 * a character (監(jiān)測). Used only for reading: the stored text is never changed.
 *
 * The table holds the traditional characters met on published forms and the words around them
 * (indicator names, level names, units); a character not listed is read as written.
 */

const TRADITIONAL = '並亂來個們備傳傷價億償優儲內冊則創劃劑動務勞勵區參員問單噸圍園執報場壞壩學實審將專對導屆層岡師帳幣幾庫廠廣廳張後從徵態應戰戶損撥撲據擴數斷於時書會東條棟業極標樣樹機檔檢權歲歷歸氣況減測準溫滅滿濕濟災為無燈營爭獎現環產畝當療發監眾確礦種稱積穩節範築糧紀約純級結絡給統經綜綠維網緊線編縣總績續義聯職臺與興舉華萬蓋藥蘭處號衛補裡製複襲見規親覽觀觸訂計訊訓託記設許評詢試詳認誠誤說課調談請論諾謀講證識譯議護讀變讓讚豐貝負財貢貧貨販貪貫責貴買貸費貼貿資賓賠賢賣質賬購贈贏趕趨跡踐蹤躍車軌軍軟較載輔輕輛輪輸轄轉辦辭農這週進遊運過達違遠適遲選遺還邊郵鄉鄰醫醬釋針鈔銀銷鋪鋼錄錢錯鍵鍾鎖鎮鐘鐵長門閉開閒間閱闆關隊階際隨險隱隻雙雜雞離難雲電靜韌響頁頂項順須預頓領頭頻題額願顧顯風飛飲飽養餘館騎驅驗體髮鬆鬥魚鮮鳥麗麼黃點黨齊齒齡龍龜';
const SIMPLIFIED = '并乱来个们备传伤价亿偿优储内册则创划剂动务劳励区参员问单吨围园执报场坏坝学实审将专对导届层冈师账币几库厂广厅张后从征态应战户损拨扑据扩数断于时书会东条栋业极标样树机档检权岁历归气况减测准温灭满湿济灾为无灯营争奖现环产亩当疗发监众确矿种称积稳节范筑粮纪约纯级结络给统经综绿维网紧线编县总绩续义联职台与兴举华万盖药兰处号卫补里制复袭见规亲览观触订计讯训托记设许评询试详认诚误说课调谈请论诺谋讲证识译议护读变让赞丰贝负财贡贫货贩贪贯责贵买贷费贴贸资宾赔贤卖质账购赠赢赶趋迹践踪跃车轨军软较载辅轻辆轮输辖转办辞农这周进游运过达违远适迟选遗还边邮乡邻医酱释针钞银销铺钢录钱错键钟锁镇钟铁长门闭开闲间阅板关队阶际随险隐只双杂鸡离难云电静韧响页顶项顺须预顿领头频题额愿顾显风飞饮饱养余馆骑驱验体发松斗鱼鲜鸟丽么黄点党齐齿龄龙龟';

const MAP: ReadonlyMap<string, string> = new Map([...TRADITIONAL].map((c, i) => [c, [...SIMPLIFIED][i]]));
const ANY = new RegExp(`[${TRADITIONAL}]`, 'g');
// One bit per CJK code point: most cells hold no traditional character, and a table lookup per
// character answers that faster than a 356-character class.
const CJK_START = 0x4e00;
const IS_TRADITIONAL = (() => {
  const bits = new Uint8Array(0x9fff - CJK_START + 1);
  for (const c of TRADITIONAL) bits[c.charCodeAt(0) - CJK_START] = 1;
  return bits;
})();

function hasTraditional(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i) - CJK_START;
    if (k >= 0 && k < IS_TRADITIONAL.length && IS_TRADITIONAL[k] === 1) return true;
  }
  return false;
}
// A pinyin gloss: a bracketed Latin syllable with a tone mark or ü, glued after a Chinese character.
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const GLOSS = /(?<=[\u3400-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]/g;

/** Text with listed traditional characters folded to simplified and pinyin glosses removed. */
export function toSimplified(text: string): string {
  let s = text;
  if ((s.includes('(') || s.includes('（')) && TONE.test(s)) s = s.replace(GLOSS, '');
  return hasTraditional(s) ? s.replace(ANY, (c) => MAP.get(c) ?? c) : s;
}
