/** The demo organisation: a sales-operations team in East and South China. */
export const DEMO_PASSWORD = 'meridian-demo-2026';
export const DEMO_OWNER_EMAIL = 'wangfang@demo.meridian.local';

export const DEMO_ORG = { zh: '示例销售团队', en: 'Demo Sales Team' };

export const DEMO_TEAMS = [
  { key: 'east', name: '华东大区', description: '上海、江苏、浙江的销售', parent: null },
  { key: 'sh1', name: '上海销售一组', description: '上海重点客户', parent: 'east' },
  { key: 'hz', name: '杭州销售组', description: '浙江渠道与中小企业', parent: 'east' },
  { key: 'south', name: '华南大区', description: '广东、福建的销售', parent: null },
  { key: 'sz', name: '深圳销售组', description: '深圳科技企业客户', parent: 'south' },
] as const;

export const DEMO_USERS = [
  {
    name: '王芳',
    email: DEMO_OWNER_EMAIL,
    role: 'owner',
    title: '销售运营经理',
    teams: [] as string[],
    lead: [] as string[],
  },
  { name: '李强', email: 'liqiang@demo.meridian.local', role: 'admin', title: '系统管理员', teams: [], lead: [] },
  {
    name: '张伟',
    email: 'zhangwei@demo.meridian.local',
    role: 'manager',
    title: '华东大区总监',
    teams: ['east'],
    lead: ['east'],
  },
  {
    name: '陈静',
    email: 'chenjing@demo.meridian.local',
    role: 'member',
    title: '客户经理',
    teams: ['sh1'],
    lead: ['sh1'],
  },
  { name: '刘洋', email: 'liuyang@demo.meridian.local', role: 'member', title: '销售代表', teams: ['sh1'], lead: [] },
  {
    name: '赵磊',
    email: 'zhaolei@demo.meridian.local',
    role: 'member',
    title: '渠道经理',
    teams: ['hz'],
    lead: ['hz'],
  },
  {
    name: '黄丽',
    email: 'huangli@demo.meridian.local',
    role: 'manager',
    title: '华南大区总监',
    teams: ['south'],
    lead: ['south'],
  },
  { name: '周杰', email: 'zhoujie@demo.meridian.local', role: 'member', title: '销售代表', teams: ['sz'], lead: [] },
  { name: '孙悦', email: 'sunyue@demo.meridian.local', role: 'guest', title: '市场部观察员', teams: [], lead: [] },
] as const;
