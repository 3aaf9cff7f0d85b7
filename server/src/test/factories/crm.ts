import type { Contact, Customer } from '@meridian/contracts';
import type { Agent } from '../http.ts';

let counter = 0;
const COMPANIES = ['星河科技', '云帆网络', '华信数据', '远航物流', '金石咨询', '蓝海软件', '青松医疗', '长风能源'];

/** Creates a customer through the API as `by`; a unique Chinese company name unless given. */
export async function buildCustomer(by: Agent, overrides: Record<string, unknown> = {}): Promise<Customer> {
  const n = ++counter;
  const body = { name: `${COMPANIES[n % COMPANIES.length]}${n}号有限公司`, ...overrides };
  const response = await by.post<Customer>('/api/v1/customers', body);
  if (response.status !== 201) throw new Error(`create customer failed: ${response.status} ${response.text}`);
  return response.body;
}

/** Adds a contact to a customer through the API as `by`. */
export async function buildContact(
  by: Agent,
  customerId: string,
  overrides: Record<string, unknown> = {},
): Promise<Contact> {
  const response = await by.post<{ contact: Contact }>('/api/v1/contacts', {
    customerId,
    name: `联系人${++counter}`,
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`create contact failed: ${response.status} ${response.text}`);
  return response.body.contact;
}
