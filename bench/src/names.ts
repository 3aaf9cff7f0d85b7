/** Word lists for the synthetic organisation: common Chinese surnames and given-name characters, with pinyin for e-mails. */

// biome-ignore format: a word list reads better packed
export const SURNAMES: readonly [string, string][] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'],
  ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'],
  ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['林', 'lin'], ['高', 'gao'], ['罗', 'luo'], ['郑', 'zheng'],
  ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'], ['唐', 'tang'], ['许', 'xu'], ['邓', 'deng'], ['冯', 'feng'],
  ['韩', 'han'], ['曹', 'cao'], ['曾', 'zeng'], ['彭', 'peng'], ['萧', 'xiao'], ['蔡', 'cai'], ['潘', 'pan'],
  ['田', 'tian'], ['董', 'dong'], ['袁', 'yuan'], ['于', 'yu'], ['余', 'yu'], ['叶', 'ye'], ['蒋', 'jiang'],
  ['杜', 'du'], ['苏', 'su'], ['魏', 'wei'], ['程', 'cheng'], ['吕', 'lv'], ['丁', 'ding'], ['沈', 'shen'],
  ['任', 'ren'], ['姚', 'yao'], ['卢', 'lu'], ['傅', 'fu'], ['钟', 'zhong'], ['姜', 'jiang'], ['崔', 'cui'],
  ['谭', 'tan'], ['廖', 'liao'], ['范', 'fan'], ['汪', 'wang'], ['陆', 'lu'], ['金', 'jin'], ['石', 'shi'],
  ['戴', 'dai'], ['贾', 'jia'], ['夏', 'xia'], ['邱', 'qiu'], ['方', 'fang'], ['侯', 'hou'], ['邹', 'zou'],
  ['熊', 'xiong'], ['孟', 'meng'], ['秦', 'qin'], ['白', 'bai'], ['薛', 'xue'], ['尹', 'yin'], ['段', 'duan'],
  ['雷', 'lei'], ['龙', 'long'], ['陶', 'tao'], ['顾', 'gu'], ['毛', 'mao'], ['郝', 'hao'], ['龚', 'gong'],
  ['邵', 'shao'], ['万', 'wan'], ['钱', 'qian'], ['严', 'yan'], ['欧阳', 'ouyang'], ['司马', 'sima'], ['上官', 'shangguan'],
];

// biome-ignore format: a word list reads better packed
export const GIVEN: readonly [string, string][] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'],
  ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'],
  ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['秀', 'xiu'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'],
  ['英', 'ying'], ['华', 'hua'], ['玉', 'yu'], ['萍', 'ping'], ['红', 'hong'], ['鹏', 'peng'], ['辉', 'hui'],
  ['建', 'jian'], ['文', 'wen'], ['斌', 'bin'], ['宇', 'yu'], ['浩', 'hao'], ['凯', 'kai'], ['健', 'jian'],
  ['俊', 'jun'], ['帆', 'fan'], ['旭', 'xu'], ['宁', 'ning'], ['欣', 'xin'], ['佳', 'jia'], ['婷', 'ting'],
  ['雪', 'xue'], ['琳', 'lin'], ['晶', 'jing'], ['颖', 'ying'], ['倩', 'qian'], ['慧', 'hui'], ['思', 'si'],
  ['雨', 'yu'], ['子', 'zi'], ['梓', 'zi'], ['涵', 'han'], ['轩', 'xuan'], ['睿', 'rui'], ['博', 'bo'],
  ['晨', 'chen'], ['阳', 'yang'], ['悦', 'yue'], ['嘉', 'jia'], ['怡', 'yi'], ['诗', 'shi'], ['可', 'ke'],
  ['志', 'zhi'], ['海', 'hai'], ['峰', 'feng'], ['鑫', 'xin'], ['彤', 'tong'], ['昊', 'hao'], ['然', 'ran'],
];

export const TITLES = [
  '销售代表',
  '高级销售代表',
  '客户经理',
  '大客户经理',
  '渠道经理',
  '售前工程师',
  '销售运营专员',
  '商务专员',
  '销售助理',
];

/** Sales regions and the cities whose sales groups report to them. */
export const REGIONS: readonly { name: string; cities: string[] }[] = [
  { name: '华东大区', cities: ['上海', '杭州', '南京', '苏州', '宁波'] },
  { name: '华南大区', cities: ['深圳', '广州', '厦门', '福州'] },
  { name: '华北大区', cities: ['北京', '天津', '济南', '青岛'] },
  { name: '华中大区', cities: ['武汉', '长沙', '郑州'] },
  { name: '西南大区', cities: ['成都', '重庆', '昆明'] },
  { name: '西北大区', cities: ['西安', '兰州'] },
  { name: '东北大区', cities: ['沈阳', '大连', '哈尔滨'] },
];

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 40 → 四十; larger numbers stay in digits. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 100) return `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}十${DIGITS[n % 10]}`;
  return String(n);
}

export const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50',
];
