/**
 * Policy documents made by tests: a short notice in the shape real 申报通知 have, as .txt bytes,
 * as a real .docx written with the `docx` package, or as a PDF with a text layer (pdfkit).
 */
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { ROOT } from './cards.js';

/** A notice with every core field but no web address, so the draft has exactly one kind of gap: the QR URL. */
export const NOTICE_LINES = [
  '关于组织申报2026年度工业企业智能化改造项目的通知',
  '各区工业和信息化主管部门，各有关企业：',
  '为推动制造业智能化改造和数字化转型，现将2026年度项目申报工作通知如下。',
  '一、申报对象',
  '在苏州市注册、具有独立法人资格的规模以上工业企业。',
  '二、申报条件',
  '（一）企业生产经营正常，近三年无重大安全、环保事故；',
  '（二）项目已于2025年1月1日后开工建设，设备投资不低于500万元；',
  '（三）企业未被列入严重失信主体名单。',
  '三、奖励标准',
  '按设备投资额的10%给予奖励，单个项目最高500万元。',
  '四、申报流程',
  '1.企业在线填报申请；',
  '2.区级主管部门审核推荐；',
  '3.市工业和信息化局组织评审并公示。',
  '五、申报材料',
  '1.项目申报书；',
  '2.设备购置发票复印件。',
  '六、申报时间',
  '2026年3月1日至4月30日。',
  '七、联系方式',
  '市工业和信息化局技术改造处，联系电话：0512-68881234。',
  '苏州市工业和信息化局',
  '2026年2月20日',
];

export const NOTICE_TITLE = NOTICE_LINES[0]!;

export function noticeTxt(): Buffer {
  return Buffer.from(`${NOTICE_LINES.join('\n')}\n`, 'utf8');
}

/** The same notice as a real Word document, one paragraph per line. */
export async function noticeDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [{ children: NOTICE_LINES.map((line) => new Paragraph({ children: [new TextRun(line)] })) }],
  });
  return Packer.toBuffer(document);
}

/** The same notice as an A4 PDF with a Chinese text layer (the committed Noto Sans SC), one line per line. */
export function noticePdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 60 });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font(path.join(ROOT, 'fonts', 'NotoSansSC-Regular.ttf')).fontSize(11);
    for (const line of NOTICE_LINES) doc.text(line);
    doc.end();
  });
}
