/** A heading's text → the card field it introduces, by the synonym table. */
import { ASIDE_LABELS, FIELD_ENDINGS, FIELD_KEYWORDS, FIELD_PRECEDENCE, FIELD_SYNONYMS, HEAD_NOUN_CLASSES, NOT_A_FIELD, VERB_PREFIXES, type DraftField } from './field-synonyms.js';
import { matchingText } from './normalise-text.js';

const ENTRIES: Array<[string, DraftField]> = Object.entries(FIELD_SYNONYMS)
  .flatMap(([field, synonyms]) => synonyms.map((synonym): [string, DraftField] => [matchingText(synonym), field as DraftField]))
  .sort((a, b) => b[0].length - a[0].length);

/** Longest heading text still read as a heading label (二、企业申报条件及相关要求 is 13). */
export const MAX_LABEL_CHARS = 20;

/**
 * The field of a heading label such as 申报条件, 二、企业申报条件 or 扶持政策及标准; undefined when no
 * synonym or field word is in it, when it is about paperwork (申报材料制作要求), or when the text
 * is too long to be a label. Between fields named in one heading, by synonym or by field word,
 * the first named wins (申报流程及材料 → process), unless FIELD_PRECEDENCE says otherwise
 * (申报对象及条件 → conditions).
 */
export function fieldForHeading(label: string, options: { synonymsOnly?: boolean } = {}): DraftField | undefined {
  const text = matchingText(label).replace(/[\s：]+$/u, '');
  if (text.length === 0 || text.length > MAX_LABEL_CHARS) return undefined;
  if (NOT_A_FIELD.some((words) => text.includes(words))) return undefined;
  // Every field the heading names, by where it first names it.
  const named = new Map<DraftField, number>();
  for (const [words, field] of options.synonymsOnly ? ENTRIES : [...ENTRIES, ...FIELD_KEYWORDS]) {
    const index = text.indexOf(words);
    if (index >= 0 && index < (named.get(field) ?? Infinity)) named.set(field, index);
  }
  // 申报和遴选程序, 项目申报时间和程序: parts that share one head noun or one modifier name a field each.
  if (!options.synonymsOnly) {
    for (const field of sharedHeadFields(text)) if (!named.has(field)) named.set(field, text.length);
  }
  const override = FIELD_PRECEDENCE.find(([field, over]) => named.has(field) && named.has(over));
  if (override) return override[0];
  const first = [...named.entries()].sort((a, b) => a[1] - b[1])[0]?.[0];
  if (first !== undefined || options.synonymsOnly) return first;
  return FIELD_ENDINGS.find(([ending]) => text.endsWith(ending))?.[1] ?? headNounField(text);
}

/**
 * The field of a heading by the class of its head noun (HEAD_NOUN_CLASSES): 政策惠及人群范围 → parties.
 * A heading of two parts joined by 及/和/与 (办理渠道及办理指引) is read part by part, the first
 * classed part winning. The words before the head noun must be verbs of applying or nouns of the
 * same class, so 其他要求 and 考核程序 stay unclassed.
 */
export function headNounField(text: string): DraftField | undefined {
  for (const part of text.split(/(?<![惠涉以])及|[和与、]/u)) {
    const field = partField(part.trim());
    if (field !== undefined) return field;
  }
  return undefined;
}

/**
 * The fields a coordinated heading names once its shared words are spelt out: in 申报和遴选程序 the
 * parts share the head noun (申报程序, 遴选程序), in 项目申报时间和程序 they share the modifier
 * (项目申报时间, 申报程序). A bare part takes the head noun of the last part, or the first part's
 * modifier (its last verb of applying, when it ends in one); each part is then classed on its own (HEAD_NOUN_CLASSES).
 */
function sharedHeadFields(text: string): DraftField[] {
  const parts = text.split(/(?<![惠涉以])及|[和与、]/u).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return [];
  const headOf = (part: string) => HEAD_NOUN_CLASSES.find(([noun]) => part.endsWith(noun))?.[0];
  const lastHead = headOf(parts[parts.length - 1]!);
  const firstHead = headOf(parts[0]!);
  // The shared modifier's last verb of applying is what the bare noun takes (项目申报 → 申报程序).
  const firstModifier = firstHead === undefined ? undefined : parts[0]!.slice(0, parts[0]!.length - firstHead.length);
  const modifier = firstModifier === undefined ? undefined : (VERB_PREFIXES.find((verb) => firstModifier.endsWith(verb)) ?? firstModifier);
  const fields: DraftField[] = [];
  for (const part of parts) {
    const head = headOf(part);
    const spelt = head === undefined ? (lastHead === undefined ? part : part + lastHead) : part === head && modifier ? modifier + part : part;
    const field = partField(spelt);
    if (field !== undefined && !fields.includes(field)) fields.push(field);
  }
  return fields;
}

function partField(part: string): DraftField | undefined {
  const head = HEAD_NOUN_CLASSES.find(([noun]) => part.endsWith(noun));
  // A bare noun (要求, 程序) says too little: 程序 alone heads the office's procedure as often as the applicant's.
  if (!head || part.length === head[0].length) return undefined;
  let rest = part.slice(0, part.length - head[0].length);
  for (let stripped = true; rest.length > 0 && stripped; ) {
    stripped = false;
    const word = [...VERB_PREFIXES, ...HEAD_NOUN_CLASSES.filter(([, field]) => field === head[1]).map(([noun]) => noun)].find((candidate) => rest.startsWith(candidate));
    if (word) {
      rest = rest.slice(word.length);
      stripped = true;
    }
  }
  return rest.length === 0 ? head[1] : undefined;
}

/**
 * A label about the office's or the paperwork's side (注意事项, 工作要求, 组织实施): it names no
 * field, but it ends the section before it, so its items are not drafted into that section.
 */
export function isNoFieldHeading(label: string): boolean {
  const text = matchingText(label).replace(/[\s：:]+$/u, '');
  // 附件：1.申请表.docx lists the attachments' file names, which are not the materials themselves.
  if (/^附件[\d一二三四五六七八九十]*$/u.test(text)) return true;
  return text.length > 0 && text.length <= MAX_LABEL_CHARS && NOT_A_FIELD.some((words) => text === words || text.endsWith(words));
}

/** An aside's label (★小贴士, 温馨提示：), with the symbols pages put before it. */
export function isAsideHeading(label: string): boolean {
  const text = matchingText(label).replace(/^[★☆※▲△◆◇●○■□\s]+/u, '').replace(/[\s：:]+$/u, '');
  return ASIDE_LABELS.includes(text);
}

/**
 * The field a Q&A page's question heading asks about: a full synonym (有哪些申请条件), or, when it
 * asks how much of something paid (最高可以申请多少额度, 补贴标准是多少, 贴息利率分别是多少), the reward.
 * Other words a question holds (多长时间 asks about a loan's term) name no field.
 */
export function questionField(label: string): DraftField | undefined {
  const named = fieldForHeading(label, { synonymsOnly: true });
  if (named !== undefined) return named;
  const text = matchingText(label);
  return /多少|几何|怎么算|如何计算/u.test(text) && /额度|金额|补贴|补助|奖励|资助|贴息|钱|标准/u.test(text) ? 'reward' : undefined;
}
