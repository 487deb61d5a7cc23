// The spreadsheet (CSV) format for importing centers: one row per service, its columns, and how each maps to a field.
import { precisionLabels, precisionLevels } from '../../schemas/location.ts';
import { audienceLabels, audiences, functionIds, functionLabels, serviceCategories, serviceCategoryLabels } from '../../schemas/service.ts';

/**
 * `center` columns describe the center and may be left blank on its later rows (they are repeated or empty);
 * `row` columns belong to each row (the service on it and the source it comes from).
 */
export interface ImportColumn {
  key: string;
  zh: string;
  scope: 'center' | 'row';
  /** The center field the column fills, as docs/fields.md names it. */
  field: string;
  required: boolean;
  /** What a clerk writes in the cell, in plain Chinese. */
  help: string;
  example: string;
}

const labelList = (labels: Record<string, string>) => Object.values(labels).join('、');

export const importColumns: readonly ImportColumn[] = [
  { key: 'slug', zh: '编号', scope: 'center', field: 'slug', required: true, help: '中心的拼音编号：小写字母、数字和连字符，如 anhai-anping。同一中心的每一行都填同一个编号；它也是网址 /centers/编号/，发布后不要改。', example: 'anhai-xian' },
  { key: 'name', zh: '中心全称', scope: 'center', field: 'name', required: true, help: '按报道或挂牌写的全称。', example: '西安村"党建+"邻里中心' },
  { key: 'shortName', zh: '简称', scope: 'center', field: 'shortName', required: true, help: '列表和地图上用的短名，通常是村或社区名。', example: '西安村' },
  { key: 'aliases', zh: '别名', scope: 'center', field: 'aliases', required: false, help: '其他叫法，多个用顿号（、）分隔。', example: '西安村邻里中心、安海镇西安村邻里中心' },
  { key: 'region', zh: '所在村社区', scope: 'center', field: 'region', required: true, help: '所在村（社区）在 content/regions/ 里的编号，或它的 12 位统计用区划代码。', example: 'anhai-xian' },
  { key: 'adminCode', zh: '区划代码', scope: 'center', field: 'adminCode', required: false, help: '12 位统计用区划代码。先把这一列设成"文本"格式再输入，否则 Excel 会把它变成 3.50582E+11。', example: '' },
  { key: 'lat', zh: '纬度', scope: 'center', field: 'location.lat', required: false, help: 'WGS-84 纬度（小数）。纬度、经度、坐标精度都不填时，使用所在村社区的坐标。高德、腾讯、百度的坐标要先转换。', example: '' },
  { key: 'lng', zh: '经度', scope: 'center', field: 'location.lng', required: false, help: 'WGS-84 经度（小数）。', example: '' },
  { key: 'precision', zh: '坐标精度', scope: 'center', field: 'location.precision', required: false, help: `这个坐标是谁的位置：${precisionLevels.join('、')}，也可以填中文：${labelList(precisionLabels)}。`, example: '' },
  { key: 'location_source', zh: '坐标来源', scope: 'center', field: 'location.source', required: false, help: '坐标从哪里来，例如 geo-places（shared/geo/places.csv）。填了纬度经度就必须填。', example: '' },
  { key: 'location_note', zh: '坐标说明', scope: 'center', field: 'location.note', required: false, help: '读者需要知道的坐标情况，例如"坐标为安海镇的位置"。', example: '' },
  { key: 'kind', zh: '类型', scope: 'center', field: 'kind', required: false, help: '报道里写的类型，如 社区型、农村型。', example: '' },
  { key: 'summary', zh: '简介', scope: 'center', field: 'summary', required: true, help: '用自己的话写两三句：这个中心是什么、有什么服务。不要照抄报道原句。', example: '西安村在晋江市安海镇。村里把党群服务中心改造成邻里中心，办事窗口搬到一楼，二楼建了村史馆。' },
  { key: 'summaryEn', zh: '英文简介', scope: 'center', field: 'summaryEn', required: false, help: '给海外乡亲看的英文简介，可不填。', example: '' },
  { key: 'functions', zh: '六大功能', scope: 'center', field: 'functions', required: false, help: `报道提到的"1+6+X"功能，用顿号分隔：${labelList(functionLabels)}（或 ${functionIds.join('、')}）。引用本中心第一行的来源和出处。`, example: '事有所办' },
  { key: 'address', zh: '地址', scope: 'center', field: 'contacts.address', required: false, help: '报道印出的地址。不知道就空着（网页显示"未公布"），不要猜。', example: '' },
  { key: 'phone', zh: '电话', scope: 'center', field: 'contacts.phone', required: false, help: '报道印出的电话。这一列也请设成"文本"格式，免得开头的 0 丢掉。', example: '' },
  { key: 'lastChecked', zh: '核对日期', scope: 'center', field: 'lastChecked', required: true, help: '你最后一次对照来源核对的日期，如 2026-11-23（Excel 的 2026/11/23 也可以）。', example: '2026-11-23' },
  { key: 'source', zh: '来源编号', scope: 'row', field: 'services[].source', required: true, help: '这一行内容出自哪份资料：content/sources/ 里的来源编号。新资料要先建来源文件。', example: 'jinri-anhai-star-centers' },
  { key: 'locator', zh: '出处', scope: 'row', field: 'services[].locator', required: true, help: '在来源里能搜到这一行内容的小标题或一小段原文，方便记者核对。', example: '设置有便民服务站' },
  { key: 'service_name', zh: '服务名称', scope: 'row', field: 'services[].name', required: false, help: '这一行的服务，按报道写，如 长者食堂。一行一项服务；没有服务的中心只填一行，服务各列留空。', example: '便民服务站' },
  { key: 'service_category', zh: '服务类别', scope: 'row', field: 'services[].category', required: false, help: `从下列类别中选一个：${labelList(serviceCategoryLabels)}（或 ${serviceCategories.join('、')}）。`, example: '政务与便民办事' },
  { key: 'service_audience', zh: '服务对象', scope: 'row', field: 'services[].audience', required: false, help: `服务谁，用顿号分隔：${labelList(audienceLabels)}（或 ${audiences.join('、')}）。`, example: '所有居民' },
  { key: 'service_description', zh: '服务说明', scope: 'row', field: 'services[].description', required: false, help: '用自己的话写一两句这项服务做什么。', example: '设在一楼的办事窗口，村民办事更方便。' },
  { key: 'service_schedule', zh: '开放时间', scope: 'row', field: 'services[].schedule.text', required: false, help: '报道写的开放时间，照写成文字，如 每天11:00-12:30。不知道就空着（显示"未公布"）。', example: '' },
];

/** The header text the template uses: Chinese label with the key in brackets, e.g. 编号(slug). */
export const headerLabel = (c: ImportColumn) => `${c.zh}(${c.key})`;

/** Finds a column from a header cell written as the key, the Chinese label, or 中文(key). */
export function columnForHeader(cell: string): ImportColumn | undefined {
  const text = cell.trim();
  const bracketed = /[(（]\s*([A-Za-z_]+)\s*[)）]\s*$/.exec(text)?.[1];
  const wanted = (bracketed ?? text).toLowerCase();
  return importColumns.find((c) => c.key.toLowerCase() === wanted || c.zh === text);
}

/** Reverse lookups so a clerk may write the Chinese label shown on the site instead of the id. */
export const labelToId = {
  category: new Map(Object.entries(serviceCategoryLabels).map(([id, label]) => [label, id])),
  audience: new Map(Object.entries(audienceLabels).map(([id, label]) => [label, id])),
  function: new Map(Object.entries(functionLabels).map(([id, label]) => [label, id])),
  precision: new Map(Object.entries(precisionLabels).map(([id, label]) => [label, id])),
};
