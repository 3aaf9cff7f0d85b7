import type { Deal, Pipeline } from '@meridian/contracts';
import type { Agent } from '../http.ts';

let counter = 0;

/** A customer made through POST /customers as `by` (owned by them unless told otherwise). */
export async function buildDealCustomer(
  by: Agent,
  overrides: { name?: string; ownerId?: string | null; teamId?: string | null } = {},
): Promise<{ id: string; name: string }> {
  const response = await by.post('/api/v1/customers', {
    name: overrides.name ?? `华夏测试客户${++counter}号有限公司`,
    ownerId: overrides.ownerId,
    teamId: overrides.teamId,
    allowDuplicate: true,
  });
  if (response.status !== 201) throw new Error(`create customer failed: ${response.status} ${response.text}`);
  return { id: response.body.id, name: response.body.name };
}

/** The organisation's default pipeline (created on first read). */
export async function defaultPipeline(by: Agent): Promise<Pipeline> {
  const response = await by.get<{ items: Pipeline[] }>('/api/v1/pipelines');
  if (response.status !== 200) throw new Error(`pipelines failed: ${response.status} ${response.text}`);
  return response.body.items.find((p) => p.isDefault)!;
}

/** A deal through POST /deals, for a new customer of `by` unless one is given. */
export async function buildDeal(
  by: Agent,
  overrides: Partial<{
    name: string;
    customerId: string;
    stageId: string;
    amountMinor: number;
    ownerId: string | null;
    teamId: string | null;
    expectedCloseDate: string | null;
    pipelineId: string;
  }> = {},
): Promise<Deal> {
  const customerId = overrides.customerId ?? (await buildDealCustomer(by)).id;
  const response = await by.post<Deal>('/api/v1/deals', {
    name: `年度采购项目 ${++counter}`,
    amountMinor: 1_000_000,
    ...overrides,
    customerId,
  });
  if (response.status !== 201) throw new Error(`create deal failed: ${response.status} ${response.text}`);
  return response.body;
}
