/**
 * The id of a drafted card, from the notice's title. Notices wrap their subject in the same words
 * (某某局关于组织开展2026年度…申报工作的通知), so the pinyin of the whole title made ids that were
 * long, alike and cut with a hash (guan-yu-zu-zhi-shen-bao-…-a6134ebf). The id keeps the subject:
 * the issuer before 关于, the wrapping words, years and 年度 go. A subject too long for the id is cut
 * at a syllable and gets 4 hex digits of its hash, so two long subjects that start alike (…专项资金
 * 项目第五批 / 第三批) still differ.
 * The same title always gives the same id, so drafting a notice again finds the card it made;
 * ids that repeat within one run are numbered by writeDrafts.
 */
import { createHash } from 'node:crypto';
import { CardError } from '../errors.js';
import { ID_PATTERN, LIMITS, RESERVED_IDS } from '../spec/card-schema.js';
import { pinyinWords, slugFromTitle, wordsWithin } from '../text/slug-from-title.js';

/** Longest drafted id, in characters: long enough to name the subject, short enough to type. */
export const MAX_DRAFT_ID = 56;
/** Where a longer subject is cut, leaving room for `-` and 4 hex digits of its hash. */
const CUT_AT = MAX_DRAFT_ID - 5;

/** Words that wrap every notice's subject, longest first so that 组织开展 goes before 组织. */
const WRAPPING = ['组织开展', '组织申报', '关于', '印发', '转发', '组织', '开展', '做好', '申报工作', '申请工作', '申报', '有关事项', '相关事项'];
/** The kind of document at the end of a title: …的通知, …的公告. */
const KIND = /的?(?:补充通知|通知|通告|公告|意见|函|公示|决定|批复)$/u;
const YEARS = /[（(]?(?:19|20)\d{2}\s*(?:年度|年)?[）)]?|年度/gu;

/** The subject of a notice's title: 某某局关于组织申报2026年度高新技术企业培育奖励的通知 → 高新技术企业培育奖励. */
export function titleSubject(title: string): string {
  let text = title.replace(/[《》“”"‘’【】]/gu, '').trim();
  const about = text.indexOf('关于');
  if (about > 0) text = text.slice(about);
  text = text.replace(KIND, '');
  for (const words of WRAPPING) text = text.split(words).join('');
  text = text.replace(YEARS, '').replace(/工作$/u, '').replace(/^的|的$/gu, '').trim();
  return text;
}

/** The id a title gives, never a name Windows reserves (关于印发CON的通知 → con-card): the user gave no --id to blame. */
export function draftIdFromTitle(title: string): string {
  const id = idFromTitle(title);
  return RESERVED_IDS.test(id) ? `${id}-card` : id;
}

function idFromTitle(title: string): string {
  const subject = titleSubject(title);
  const source = [...subject].length >= 2 ? subject : title;
  const words = pinyinWords(source);
  if (words.length === 0) return slugFromTitle(title);
  const whole = words.join('-');
  if (whole.length <= MAX_DRAFT_ID) return whole;
  const hash = createHash('sha256').update(source.normalize('NFKC'), 'utf8').digest('hex').slice(0, 4);
  return `${wordsWithin(words, CUT_AT)}-${hash}`;
}

/**
 * An id given with `--id` that no card may have (My Card, 人才补贴, con): E_USAGE with an id that
 * would do. The CLI asks before any document is read, so a typo costs no drafting and is one
 * usage error, not a failed document; draftCard asks again for callers of the library.
 */
export function assertDraftId(id: string): void {
  if (RESERVED_IDS.test(id)) {
    throw new CardError('E_USAGE', {
      zh: `--id ${JSON.stringify(id)} 不能作为编号：${id} 是 Windows 保留的文件名，卡片文件在 Windows 上写不出；请换一个，如 --id ${id}-card`,
      en: `--id ${JSON.stringify(id)} cannot serve as an id: ${id} is a name Windows reserves, so the card file could not be written there; choose another, e.g. --id ${id}-card`,
    });
  }
  if (ID_PATTERN.test(id)) return;
  // An id of words (My Card, 人才补贴) is suggested in their spelling; one of only marks has none to suggest.
  const slug = pinyinWords(id).length > 0 ? slugFromTitle(id) : '';
  const instead = ID_PATTERN.test(slug) && !RESERVED_IDS.test(slug) ? slug : undefined;
  throw new CardError('E_USAGE', {
    zh: `--id ${JSON.stringify(id)} 不能作为编号：只能用小写字母、数字、- 和 _，最长 ${LIMITS.id} 字${instead ? `；可改为 --id ${instead}` : ''}`,
    en: `--id ${JSON.stringify(id)} cannot serve as an id: lowercase letters, digits, - and _ only, at most ${LIMITS.id}${instead ? `; use e.g. --id ${instead}` : ''}`,
  });
}
