import type { AuditedOperation } from '#modules/audit/audited-operations.ts';
import { buildDeal, buildDealCustomer, defaultPipeline } from '#test/factories/deals.ts';
import type { Agent } from '#test/http.ts';

const stages = [
  { name: '接触', probability: 10 },
  { name: '赢单', probability: 100, kind: 'won' },
  { name: '输单', probability: 0, kind: 'lost' },
];

async function pipeline(owner: Agent) {
  const response = await owner.post('/api/v1/pipelines', { name: `审计管道${Math.random()}`, stages });
  return response.body as { id: string; stages: { id: string; kind: string }[] };
}

async function interaction(owner: Agent) {
  const customer = await buildDealCustomer(owner);
  const response = await owner.post('/api/v1/interactions', { kind: 'call', customerId: customer.id, summary: '电话' });
  return response.body.id as string;
}

/** The audited operations of pipelines, deals and interactions (see modules/audit/audited-operations.ts). */
export const DEAL_AUDITED_OPERATIONS: AuditedOperation[] = [
  {
    operation: 'POST /api/v1/pipelines',
    action: 'pipeline.created',
    run: (s) => s.owner.post('/api/v1/pipelines', { name: '渠道管道', stages }),
  },
  {
    operation: 'PATCH /api/v1/pipelines/{id}',
    action: 'pipeline.updated',
    run: async (s) => s.owner.patch(`/api/v1/pipelines/${(await pipeline(s.owner)).id}`, { name: '新名字' }),
  },
  {
    operation: 'DELETE /api/v1/pipelines/{id}',
    action: 'pipeline.deleted',
    run: async (s) => s.owner.delete(`/api/v1/pipelines/${(await pipeline(s.owner)).id}`),
  },
  {
    operation: 'POST /api/v1/pipelines/{id}/stages',
    action: 'pipeline.stage_created',
    run: async (s) =>
      s.owner.post(`/api/v1/pipelines/${(await pipeline(s.owner)).id}/stages`, { name: '谈判', probability: 60 }),
  },
  {
    operation: 'PATCH /api/v1/pipelines/{id}/stages/{stageId}',
    action: 'pipeline.stage_updated',
    run: async (s) => {
      const p = await pipeline(s.owner);
      return s.owner.patch(`/api/v1/pipelines/${p.id}/stages/${p.stages[0]!.id}`, { probability: 20 });
    },
  },
  {
    operation: 'DELETE /api/v1/pipelines/{id}/stages/{stageId}',
    action: 'pipeline.stage_deleted',
    run: async (s) => {
      const p = await pipeline(s.owner);
      const added = await s.owner.post(`/api/v1/pipelines/${p.id}/stages`, { name: '多余', probability: 30 });
      const extra = (added.body.stages as { id: string; name: string }[]).find((x) => x.name === '多余')!;
      return s.owner.delete(`/api/v1/pipelines/${p.id}/stages/${extra.id}`);
    },
  },
  {
    operation: 'POST /api/v1/deals',
    action: 'deal.created',
    run: async (s) =>
      s.owner.post('/api/v1/deals', { name: '审计商机', customerId: (await buildDealCustomer(s.owner)).id }),
  },
  {
    operation: 'PATCH /api/v1/deals/{id}',
    action: 'deal.updated',
    run: async (s) => s.owner.patch(`/api/v1/deals/${(await buildDeal(s.owner)).id}`, { amountMinor: 42 }),
  },
  {
    operation: 'DELETE /api/v1/deals/{id}',
    action: 'deal.deleted',
    run: async (s) => s.owner.delete(`/api/v1/deals/${(await buildDeal(s.owner)).id}`),
  },
  {
    operation: 'POST /api/v1/deals/{id}/stage',
    action: 'deal.stage_changed',
    run: async (s) => {
      const won = (await defaultPipeline(s.owner)).stages.find((x) => x.kind === 'won')!;
      return s.owner.post(`/api/v1/deals/${(await buildDeal(s.owner)).id}/stage`, { stageId: won.id });
    },
  },
  {
    operation: 'POST /api/v1/interactions',
    action: 'interaction.logged',
    run: async (s) =>
      s.owner.post('/api/v1/interactions', {
        kind: 'visit',
        customerId: (await buildDealCustomer(s.owner)).id,
        summary: '上门拜访',
      }),
  },
  {
    operation: 'PATCH /api/v1/interactions/{id}',
    action: 'interaction.updated',
    run: async (s) => s.owner.patch(`/api/v1/interactions/${await interaction(s.owner)}`, { outcome: '有进展' }),
  },
  {
    operation: 'DELETE /api/v1/interactions/{id}',
    action: 'interaction.deleted',
    run: async (s) => s.owner.delete(`/api/v1/interactions/${await interaction(s.owner)}`),
  },
];
