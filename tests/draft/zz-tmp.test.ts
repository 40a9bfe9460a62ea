import { it } from 'vitest';
import { materialsInProse } from '../../src/draft/materials-in-prose.js';
it('x', () => {
  for (const s of [
    '申报单位按类型要求填写相应项目申报书,按封面、科技计划项目申报书、企业法人营业执照(加盖公章)、相关附件材料顺序装订成册,纸质申报材料一律采用A4纸打印,书本式装订。',
    '一、按照自愿申报原则,由各街镇、经开区或各产业园区等产业集群运营管理机构为申报主体,按沪经信企〔2024〕273号《通知》要求,做好各项准备工作,提交《上海市中小企业特色产业集群申报表》和相关佐证材料,报送至区经委。',
    '请企业于10月28日前登录系统填报资金申请表，并将纸质材料报送至区商务局。',
  ]) console.log(JSON.stringify(materialsInProse(s)));
});
