/**
 * Contacts: phone numbers (0512-68612345, 0512 6861 2345, (0512)68612345, 转 extensions, mobiles, 12345-style
 * hotlines) with the department or person named beside them, and an address line. Looked for in
 * the contacts section when there is one, else in lines that talk about 电话/联系/咨询.
 */
import type { SourceLine } from './source-document.js';
import { stripLineMarker } from './line-marker.js';
import { isOfficeName } from './signature-block.js';
import { matchingText, normaliseWidth } from './normalise-text.js';

export interface FoundContact {
  name: string;
  phone?: string;
  address?: string;
  lines: SourceLine[];
}

const LANDLINE = /(?:[（(]\s*0\d{2,3}\s*[)）]\s*|(?<!\d)0\d{2,3}\s*[-－—]?\s*)(?:\d{7,8}|\d{3,4}[\s-]\d{4})(?!\d)(?:\s*(?:转|-|－)\s*\d{1,6}(?!\d))?/gu;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/gu;
/** A mobile written in groups (138 1234 5678, 138-1234-5678): only beside a phone word. */
const GROUPED_MOBILE = /(?<!\d)1[3-9]\d(?:[\s-]\d{4}){2}(?!\d)/gu;
/**
 * Hotlines: 12345-style service numbers (not inside an app's name: 掌上12333 is the 人社 app),
 * 96xxx lines, and 400/800 numbers however their ten digits are grouped (400-893-9111, 4009-281-696).
 */
const HOTLINE = /(?<!\d)(?:(?:0\d{2,3}\s*[-－—]\s*)?(?<!掌上)(?:12345|12366|12333|12315|12348)(?!\d)(?!\s*(?:APP|App|app|小程序|公众号|客户端))|96\d{3,4}|[48]00(?:\s*[-－—]?\s*\d){7})(?!\d)/gu;
/**
 * An 8- or 7-digit number with no area code (6861 2345 too) counts only after a 电话 key, or after
 * another such number (…：25202165、25202778, or with only a space between: 25202165 25202778), also
 * when a bracketed name follows the first (66501234（张老师）、66505678（李老师）).
 */
const LOCAL = /(?<=(?:电话|热线|手机|座机)\s*[：:]?\s*)(?:\d{7,8}|\d{4}\s\d{3,4})(?!\d)|(?<=\d{7,8}(?:[（(][^（）()]{1,10}[）)])?(?:\s*[、，,/]\s*|\s+))\d{7,8}(?!\d)/gu;
/**
 * In a contacts section, a line that names an office and ends in a 7- or 8-digit number
 * (…研发服务部65246055, 业务咨询 区科技局 6800 5678) gives that number without a 电话 key.
 */
const LOCAL_AT_END = /(?<=[\u4e00-\u9fa5]\s*)\d{4}\s?\d{3,4}(?=\s*[。；;，,]?\s*$)/gu;
/**
 * A 7- or 8-digit number right after a name (杨开松 86220122 邮箱…, 高新科5820679 农业科5820676, a comma between:
 * 贾老师,37737322), with no
 * area code and no 电话 key. A count or an amount has a unit after it (12000000元, 3000000人次) or a
 * word of quantity before it (约、达、共、第), and a 群号/账号 has 号 (QQ群 has 群), so none of them is
 * taken. Used in a contacts section, in a line that talks about contacts, and in a run of name–number
 * pairs (contactRun). The next name may begin with a unit's character (人才科, 项目受理, 户籍科), so only whole units count.
 * 超过 before a number is a quantity, and its 过 says so; a 超 alone ends a person's name as often (程超6699050).
 */
const NAMED_LOCAL = /(?<=[\u4e00-\u9fa5](?:[\s:：]*|\s*[，,]\s*))(?<![第约共达计为至到及和或号群过](?:[\s:：]*|\s*[，,]\s*))\d{7,8}(?![\d.．@\w])(?!\s*(?:元(?!和)|万|亿|千|百|号|年|月|日|次|人次|个|家|户(?!籍)|平方|米|吨|份|套|%|％|亩|项(?!目)|笔|小时|辆|千瓦|kW|KW|kg|公里))/gu;
/** A 7- or 8-digit number alone on a line of a contacts section, under the line that names it. */
const LOCAL_ALONE = /^\s*\d{7,8}\s*$/gu;
const PHONE_WORDS = /电话|联系|咨询|热线|手机|座机|专线/u;
/** A number after a 传真 key is a fax, not one after 电话/传真 (the same line takes both). */
const FAX = /(?<!电话\s*[/、和及]\s*)传真\s*[：:]?\s*$/u;
// Not 及/和 here: they join keys (联系人及电话) but also live inside names (市工业和信息化局); a
// lone 及/和 left between keys is dropped with the other filler words below.
const KEYS = /(?:联系人|联\s*系\s*人|联系电话|咨询电话|咨询热线|办公电话|电话|手机|座机|联系方式|联系地址|咨询方式|热线|传真|邮箱|电子邮箱|E-?mail|邮编|地址)\s*[：:]?/giu;
/**
 * An address runs to the end of its sentence or to the next key of the line (…721室）附件：, …712室 联系人：…
 * 联系电话：…, …A5工位。电话：…), where a notice that lost its line breaks goes on with something else.
 */
const ADDRESS = /(?:地址|地点|办公地点|受理地点|联系地址)\s*[：:]\s*(.+?)(?=\s*(?:联\s*系\s*人|联系电话|咨询电话|电话|传真|邮箱|电子邮箱|E-?mail|邮编|附件)\s*[：:]|[。；;]|$)/iu;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const MAX_NAME = 60;
/** Office hours in brackets beside a number: （工作日9:00-17:00）, (上午8:30—12:00). */
const HOURS = /[（(][^（）()]*(?:\d{1,2}\s*[:：]\s*\d{2}|工作日|工作时间)[^（）()]*[）)]/gu;
/**
 * A note in brackets on what a number is (0311-87902618（兼传真）, 林晓文（133…）（办）: the office line, a mobile,
 * a fax too): a closed class of a number's kinds, never a name (兼, 办 had been the contact's name).
 */
const NUMBER_NOTE = /[（(]\s*(?:兼传真|兼作传真|同传真|办|办公|办公室|手机|座机|宅电?|值班)\s*[）)]/gu;
/**
 * 纪检监察 82758020, 监督举报电话: a line for reporting misconduct by the office, printed beside the
 * contacts; an applicant does not call it about the policy. (市场监督管理局 is an office, not such a line.)
 */
const SUPERVISION = /纪检|监督(?:举报|电话|热线)|举报|投诉/u;
/**
 * A copier's sales line under the notice (11年专业代理免费咨询：198…（V同号）): a consultancy selling its
 * services, whose words no office uses of itself (代理/代办 a service, 免费咨询, a mobile that is also
 * the 微信/V number). Its number is not the notice's contact.
 */
const ADVERT = /(?:专业|申报)(?:代理|代办)|代理申报|代办申报|免费咨询|(?:微信|V|v|VX|vx)同号/u;

/**
 * What the words of a sentence around a number must look like to name the contact: an office, a
 * desk or line, or a person (企业如对结果有异议，可拨打… names nobody).
 */
const NAME_LIKE = /^(?:[\u4e00-\u9fa5]{2,4}|[^，。；]{2,20}(?:局|委|办|处|科|室|中心|窗口|热线|电话|地点|平台|大厅|所|站|厅|部|会|老师|同志|先生|女士|经理))$/u;

interface PhoneMatch {
  index: number;
  text: string;
}

function phonesIn(text: string, inSection = false): PhoneMatch[] {
  const normalised = normaliseWidth(text);
  const found: PhoneMatch[] = [];
  // In a contacts section every line is about contacts, whether or not it says 电话.
  const hasWord = inSection || PHONE_WORDS.test(normalised);
  const patterns = hasWord ? [LANDLINE, MOBILE, HOTLINE, GROUPED_MOBILE, LOCAL, NAMED_LOCAL] : [LANDLINE, MOBILE];
  // 程宏梅 82189613 42852042@qq.com: the digits of an e-mail address (a QQ number) are no phone.
  const emails = [...normalised.matchAll(EMAIL)].map((email) => ({ index: email.index, text: email[0] }));
  // A Set: NAMED_LOCAL may be among the patterns already, and each pattern scans the line once.
  for (const pattern of new Set(inSection ? [...patterns, LOCAL_AT_END, NAMED_LOCAL, LOCAL_ALONE] : contactRun(normalised) ? [...patterns, NAMED_LOCAL] : patterns)) {
    for (const match of normalised.matchAll(pattern)) {
      if (FAX.test(normalised.slice(0, match.index))) continue;
      if (emails.some((email) => match.index < email.index + email.text.length && email.index < match.index + match[0].length)) continue;
      if (found.some((other) => match.index < other.index + other.text.length && other.index < match.index + match[0].length)) continue;
      found.push({ index: match.index, text: match[0] });
    }
  }
  // 广州12345政务服务便民热线（020-12345）: the number inside the hotline's name is the same number.
  const digits = (phone: PhoneMatch) => phone.text.replace(/\D/gu, '').replace(/^0\d{2,3}(?=12345$|12366$|12333$|12315$|12348$)/u, '');
  const unique = found.filter((phone) => !found.some((other) => other !== phone && digits(other) === digits(phone) && other.text.length > phone.text.length));
  return unique.sort((a, b) => a.index - b.index);
}

/**
 * 朱惠梅82340928南庄镇经济发展办公室陈俊豪85399720…: names and numbers run together with nothing
 * between them but the next name, a contact list that lost its line breaks (and its 联系方式
 * heading). Two such pairs in a row are a list of contacts, wherever the line stands.
 */
function contactRun(text: string): boolean {
  const numbers = [...text.matchAll(NAMED_LOCAL)];
  return numbers.some((number, index) => {
    const next = numbers[index + 1];
    if (!next) return false;
    const between = text.slice(number.index + number[0].length, next.index);
    return /^\s*[\u4e00-\u9fa5][\u4e00-\u9fa5\s:：]{1,29}$/u.test(between);
  });
}

/** The verbs after which a sentence names whom to call: 可通过、拨打、致电、向. */
const CALL_VERB = /(?:通过|拨打|致电|请拨|联系|咨询|向)/gu;

/**
 * In a sentence (…可通过广州12345政务服务便民热线（020-12345）咨询…), the contact is the phrase
 * between the last calling verb and the number, when it names a line or an office.
 */
function nameInSentence(text: string, phone: PhoneMatch): string | undefined {
  const before = normaliseWidth(text).slice(0, phone.index).replace(/[\s（(：:]+$/u, '');
  const verbs = [...before.matchAll(CALL_VERB)];
  const last = verbs[verbs.length - 1];
  // …就业促进科电话0512-…: 电话 is the key, the office is the name (a 热线 is named by its word).
  // …联系电话:市工信局装备工业处88190590: the calling verb was the key's own 联系; what follows the key's colon is the name.
  const phrase = (last ? before.slice(last.index + last[0].length) : before).replace(/(?:咨询|联系|办公)?电话$/u, '').replace(/^[^：:]*[：:]\s*/u, '');
  // 咨询电话：… leaves only a key before the number: that names nobody.
  if (phrase.length < 4 || phrase.length > 30 || /[，。；,;]/u.test(phrase) || /^(?:咨询|联系|服务|办公)?(?:电话|热线|专线)$/u.test(phrase)) return undefined;
  return /(?:热线|电话|专线|服务台|窗口|中心|局|处|科|室|办|委|部|所|站|厅)$/u.test(phrase) ? phrase : undefined;
}

/**
 * …，联系人:韩国建、何敏, 联系电话:85681228 in a sentence (a notice that lost its line breaks): the value of the
 * last 联系人 key before the number, up to the clause's end or the next key, names the contact, with the
 * office that stands right before the key (某某科联系人：…). The other words of the sentence name no one.
 */
function keyedPerson(text: string, phone: PhoneMatch): string | undefined {
  const before = normaliseWidth(text).slice(0, phone.index);
  const keys = [...before.matchAll(/联\s*系\s*人\s*[：:]\s*/gu)];
  const key = keys[keys.length - 1];
  if (!key) return undefined;
  const value = before.slice(key.index + key[0].length).split(/[，,；;。（(]/u)[0]!.replace(KEYS, ' ').split(/\s{2,}/u)[0]!.trim();
  if ([...value].length < 2 || [...value].length > 30 || /\d/u.test(value)) return undefined;
  const desk = officeRightBefore(before.slice(0, key.index));
  return desk ? `${desk} ${value}` : value;
}

/** 天河区某某科，天河区…室，咨询电话：…: the last clause (or key) before the number that is an office's name. */
function officeClauseBefore(text: string, phone: PhoneMatch): string | undefined {
  // （一）农村处：负责…咨询，联系电话…: an office as the key of its line names it too.
  const clauses = text.slice(0, phone.index).split(/[，。；,;：:]/u).map((clause) => stripLineMarker(clause.trim()));
  return clauses.reverse().find((clause) => isOfficeName(clause));
}

/** A key with a word glued before it (政策咨询电话：, 查询、咨询电话：, 材料受理地点：): the word, the key. */
const NARROWED_KEY = /(?<![\u4e00-\u9fa5、])([\u4e00-\u9fa5]{2,6}?、?)(咨询电话|咨询热线|联系电话|办公电话|电话|热线|受理地点|办公地点|地址|地点)\s*[：:]/u;

/** What is left of a line once phones, e-mails and keys such as 联系电话： are taken out. */
function nameIn(text: string, phones: readonly PhoneMatch[]): string {
  let rest = normaliseWidth(text);
  for (const phone of [...phones].reverse()) rest = rest.slice(0, phone.index) + ' ' + rest.slice(phone.index + phone.text.length);
  // 可与园区联系 联系人 宋润洁: what follows 联系人 names the contact; the words before it are a sentence.
  const person = /联\s*系\s*人\s*[：:]?/u.exec(rest);
  // 市科技局高新科联系人：方桥义: an office right before 联系人 is the desk the person answers for, so part of the name.
  const desk = person ? officeRightBefore(rest.slice(0, person.index)) : undefined;
  if (person) rest = `${desk ?? ''} ${rest.slice(person.index)}`;
  // （工作日9:00-17:00）: the hours a line is answered, not a name.
  // 传真：66505678 is left out of the phones, and its number is no name either.
  rest = rest.replace(HOURS, ' ').replace(NUMBER_NOTE, ' ').replace(EMAIL, ' ').replace(ADDRESS, ' ').replace(/(?<!电话\s*[/、和及]\s*)传真\s*[：:]?\s*[\d（）()\s-]{7,}/gu, ' ').replace(KEYS, ' ');
  const parts = rest
    .split(/[，,；;：:\s（）()、。/]+/u)
    // 请联系区科技局张老师: the words that lead to the name are not part of it (咨询服务中心 keeps its 咨询).
    .map((part) => part.trim().replace(/^(?:(?:请|可|或)(?:联系|致电|拨打|咨询)|联系)(?=[\u4e00-\u9fa5]{2})/u, ''))
    .filter((part) => /[\p{L}\p{N}]/u.test(part) && !/^(?:转|分机|或|及|和|以及|请|咨询|联系|拨打|可拨打|致电|同志)$/u.test(part))
    // 如有疑问，请拨打…, 如有疑问请联系: the words that lead to a number are no name.
    .filter((part) => !/^(?:如有(?:疑问|问题|疑惑)(?:请|可)?(?:联系|拨打|致电|咨询)?|(?:请|可|请及时|可直接)?(?:拨打|致电|电话咨询|来电咨询))$/u.test(part));
  // Keep the words as the document wrote them (width-normalised copies only helped to find them).
  let name = parts.join(' ');
  // 政策咨询电话：…, 材料受理地点：…: a word glued to a key narrows the key (which line, which desk); it names no
  // one alone, so the key with its word is the name. An office glued to a key (某某科电话：) names itself.
  const narrowed = person ? undefined : NARROWED_KEY.exec(normaliseWidth(text));
  if (narrowed && name === narrowed[1]!.replace(/、$/u, '') && !isOfficeName(name)) name = narrowed[1]! + narrowed[2]!;
  return name.length > MAX_NAME ? name.slice(0, MAX_NAME) : name;
}

/** The office named by the last clause of these words (…的，某区科技局产学研科 → 某区科技局产学研科), if it is one. */
function officeRightBefore(text: string): string | undefined {
  const clause = stripLineMarker(text.split(/[，,；;。：:]/u).pop()?.trim() ?? '');
  return clause !== '' && !/\s/u.test(clause) && isOfficeName(clause) ? clause : undefined;
}

function cleanPhone(text: string): string {
  // 0512 6861 2345 → 0512-68612345: the area code keeps its dash, the groups of the number join.
  return text.replace(/^(0\d{2,3})\s+(?=\d)/u, '$1-').replace(/(?<=^0\d{2,3}-\d{3,4})-(?=\d{4}$)/u, '').replace(/\s+/gu, '').replace(/[－—]/gu, '-');
}

/**
 * 高新科5820679 农业科5820676 社发科5820665: several numbers on one line, each after its own name, are
 * that many contacts. Only when every number has words of its own before it and no sentence
 * punctuation stands between them (咨询电话：0512-1111111、0512-2222222 is one contact with two numbers).
 * The first name is the last clause before the first number.
 */
function namedPairs(text: string, phones: readonly PhoneMatch[]): Array<{ name: string; phone: string }> | undefined {
  if (phones.length < 2) return undefined;
  const normalised = normaliseWidth(text);
  const names: string[] = [];
  for (const [index, phone] of phones.entries()) {
    const from = index === 0 ? 0 : phones[index - 1]!.index + phones[index - 1]!.text.length;
    let before = normalised.slice(from, phone.index);
    // After a comma the next pair needs a name of its own (王帆 58811536，孙浚晞 68544312); a number
    // after 、 or a comma alone (…1111111、2222222) is the same contact's.
    if (index === 0) before = before.split(/[，。；,;]/u).pop() ?? '';
    else if (/[，。；,;、/]/u.test(before)) before = before.split(/[，。；,;、/]/u).pop() ?? '';
    const name = nameIn(stripLineMarker(before.trim()), []);
    if (name === '' || name.length > 30) return undefined;
    names.push(name);
  }
  return phones.map((phone, index) => ({ name: names[index]!, phone: cleanPhone(phone.text) }));
}

/**
 * A number given under its own 电话 key (（六）系统技术支持电话：152…, …请联系技术人员（咨询电话：86786631）):
 * a contact wherever the line stands, also when a contacts section gathered the others (a notice
 * lists a technical line under 受理时间及地点, or asks to call in the middle of a condition).
 */
const KEYED_PHONE = /电话\s*[：:]\s*(?:[（(]\s*)?\d/u;

/**
 * ？？？ 农社科 ？沈柳瑜 89553542: a short line of nothing but an office, a person and a 7- or 8-digit
 * number, with no key and no heading over it, is a contact line (the sentence before it asked to
 * call, or the copier lost the words).
 */
function isNameNumberLine(text: string): boolean {
  const match = /^([\u4e00-\u9fa5\s?？]{2,30}?)\s*\d{7,8}\s*$/u.exec(normaliseWidth(text).trim());
  if (!match) return false;
  const words = match[1]!.split(/[\s?？]+/u).filter((word) => word !== '');
  return words.length >= 2 && words.length <= 3 && words.some((word) => /(?:局|委|办|处|科|室|中心|所|站|部)$/u.test(word)) && words.every((word) => word.length <= 12);
}

/** Words that name people only (蒋洁艳, 方亮 金星, 韩国建、何敏): short words, none of them an office. */
function isPersons(name: string): boolean {
  const words = name.split(/[\s、，,]+/u).filter(Boolean);
  return words.length > 0 && words.every((word) => /^[\u4e00-\u9fa5]{2,4}$/u.test(word) && !isOfficeName(word) && !/(?:电话|热线|咨询|联系|窗口|专线)$/u.test(word));
}

/** The desk before the people who answer for it: 某某科 任帅; the people alone, or the desk alone when no one is named. */
function withDesk(desk: string | undefined, name: string): string {
  if (!desk || !(name === '' || isPersons(name))) return name;
  return name === '' ? desk : `${desk} ${name}`;
}

/** A key that announces the contacts after it: 联系人：, 联系人及电话：, 联系方式：. */
const CONTACT_KEY = /(?:联\s*系\s*人|联系方式)(?:及(?:电话|联系方式))?\s*[：:]?$/u;

/**
 * The desk that a line just above a phone line names, with no number of its own (常州市某局 / 联系人：蒋洁艳，
 * 联系电话：…; 某委联系人及电话： / 孙仁伟 (028)…; 联系人：工业经济发展科 / 任帅 027-…; 2.某某中心 / 联系电话：…):
 * the line is an office (several joined by 、 too), an office before a contact key, or a 联系人 key whose value
 * is an office. The people on the phone line answer for it.
 */
function deskAbove(line: SourceLine, allLines: readonly SourceLine[], placeOf: (line: SourceLine) => number): { name: string; line: SourceLine } | undefined {
  const above = allLines[placeOf(line) - 1];
  if (!above || phonesIn(above.text, true).length > 0) return undefined;
  const text = stripLineMarker(normaliseWidth(above.text)).trim();
  const keyed = /^联\s*系\s*人\s*[：:]\s*(.+)$/u.exec(text)?.[1]?.trim();
  const candidate = keyed ?? text.replace(CONTACT_KEY, '').trim();
  const isDesk = candidate !== '' && candidate.split('、').every((part) => isOfficeName(part));
  return isDesk ? { name: candidate, line: above } : undefined;
}

/**
 * The numbers of a line that each stand in a clause of their own under their own 电话 key, a sentence
 * mark between them (商标项目：信用监管科，联系电话：87260471；质量奖项目：产品质量监管科，联系电话：87322117；…,
 * 联系人：某处张某；联系电话：…。材料报送：某室李某；联系电话：…): the line cut after the mark that follows
 * each number, so that every clause names its own number. Numbers joined by 、 or a space (one contact's
 * two lines), or without a key of their own, give undefined.
 */
function keyedClauses(text: string, phones: readonly PhoneMatch[]): Array<{ text: string; phones: PhoneMatch[] }> | undefined {
  if (phones.length < 2) return undefined;
  const normalised = normaliseWidth(text);
  const cuts: number[] = [];
  for (let index = 1; index < phones.length; index++) {
    const from = phones[index - 1]!.index + phones[index - 1]!.text.length;
    const between = normalised.slice(from, phones[index]!.index);
    const mark = /[。；;]/u.exec(between);
    if (!mark || !/电话\s*[：:]\s*[（(]?\s*$/u.test(between)) return undefined;
    cuts.push(from + mark.index + 1);
  }
  const starts = [0, ...cuts];
  return starts.map((start, index) => {
    const end = cuts[index] ?? text.length;
    return { text: text.slice(start, end), phones: [{ ...phones[index]!, index: phones[index]!.index - start }] };
  });
}

/** The name of a number nothing names: the card shows it as the inquiry line. */
const UNNAMED = '咨询电话';

/**
 * The contact that a line (or a clause of it) gives for its numbers, named by its words, with its
 * address; its name is '' when nothing names it (the caller may find one nearby, then names it UNNAMED).
 */
function numberedContact(text: string, phones: readonly PhoneMatch[], line: SourceLine): FoundContact {
  const isSentence = /[，。；]/u.test(matchingText(text)) && [...text].length > MAX_NAME / 2;
  // A sentence that names no line or office before its number (…或致电400-…咨询) gives no name:
  // the words around the number are not one.
  const bare = stripLineMarker(text);
  // What the marker and the leading spaces took from the start (trailing spaces are no shift).
  const shift = text.trimEnd().length - bare.length;
  const words = nameIn(bare, phones.map((phone) => ({ ...phone, index: phone.index - shift })));
  const name = (isSentence ? (keyedPerson(text, phones[0]!) ?? nameInSentence(text, phones[0]!) ?? officeClauseBefore(text, phones[0]!)) : undefined) ?? (isSentence && !NAME_LIKE.test(words) ? '' : words);
  const contact: FoundContact = { name, phone: phones.map((phone) => cleanPhone(phone.text)).join('、'), lines: [line] };
  const address = ADDRESS.exec(matchingText(text));
  if (address) contact.address = address[1]!.trim().replace(/[。；;]$/u, '');
  return contact;
}

export function findContacts(sectionLines: readonly SourceLine[], allLines: readonly SourceLine[]): FoundContact[] {
  const inSection = sectionLines.length > 0;
  const section = new Set(sectionLines);
  // Each line's place in the text, found once: indexOf per phone line is quadratic on a long document.
  const places = new Map<SourceLine, number>();
  for (const [index, line] of allLines.entries()) if (!places.has(line)) places.set(line, index);
  const placeOf = (line: SourceLine): number => places.get(line) ?? -1;
  const elsewhere = (line: SourceLine) => KEYED_PHONE.test(normaliseWidth(line.text)) || isNameNumberLine(line.text);
  const lines = inSection
    ? [...sectionLines, ...allLines.filter((line) => !section.has(line) && elsewhere(line))].sort((a, b) => placeOf(a) - placeOf(b))
    : allLines.filter((line) => PHONE_WORDS.test(line.text) || contactRun(normaliseWidth(line.text)) || isNameNumberLine(line.text));
  const contacts: FoundContact[] = [];
  let previousName: { name: string; line: SourceLine } | undefined;
  for (const line of lines) {
    const address = ADDRESS.exec(matchingText(line.text));
    const phones = phonesIn(line.text, section.has(line) || isNameNumberLine(line.text));
    if (phones.length === 0) {
      if (address && contacts.length > 0 && contacts[contacts.length - 1]!.address === undefined) {
        const last = contacts[contacts.length - 1]!;
        last.address = line.text.slice(address.index + address[0].length - address[1]!.length, address.index + address[0].length).trim().replace(/[。；;]$/u, '');
        last.lines.push(line);
        continue;
      }
      const name = nameIn(stripLineMarker(line.text), []);
      previousName = inSection && name !== '' && name.length <= 30 && !/[。]/u.test(line.text) ? { name, line } : undefined;
      continue;
    }
    const desk = deskAbove(line, allLines, placeOf);
    // 商标项目：某科，联系电话：…；质量奖项目：某科，联系电话：…: each clause with its own number is a contact.
    const clauses = keyedClauses(line.text, phones);
    if (clauses) {
      for (const clause of clauses) {
        const contact = numberedContact(clause.text, clause.phones, line);
        contacts.push({ ...contact, name: contact.name || UNNAMED });
      }
      previousName = undefined;
      continue;
    }
    const pairs = namedPairs(line.text, phones);
    if (pairs) {
      contacts.push(...pairs.map((pair) => ({ ...pair, name: withDesk(desk?.name, pair.name), lines: desk && isPersons(pair.name) ? [desk.line, line] : [line] })));
      previousName = undefined;
      continue;
    }
    const contact = numberedContact(line.text, phones, line);
    const sourceLines = contact.lines;
    let name = contact.name;
    // A desk on the line just above names the number; a person there (in a contacts section) does, with the desk above them.
    const adjacentName = previousName && allLines[placeOf(line) - 1] === previousName.line ? previousName : undefined;
    let deskOver = desk;
    if (name === '' && !desk && adjacentName) {
      name = adjacentName.name;
      sourceLines.unshift(adjacentName.line);
      deskOver = deskAbove(adjacentName.line, allLines, placeOf);
    }
    if (deskOver && (name === '' || isPersons(name))) {
      name = withDesk(deskOver.name, name);
      sourceLines.unshift(deskOver.line);
    }
    previousName = undefined;
    contact.name = name || UNNAMED;
    contacts.push(contact);
  }
  return contacts.filter((contact) => !SUPERVISION.test(contact.name) && !contact.lines.some((line) => ADVERT.test(normaliseWidth(line.text))));
}
