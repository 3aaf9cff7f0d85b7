import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CheckDuplicatesBodySchema,
  CheckDuplicatesResultSchema,
  CustomerSchema,
  CustomerShareParamsSchema,
  CustomerSharesSchema,
  IdParamsSchema,
  MergeCustomerBodySchema,
  PoolStatusSchema,
  ProblemSchema,
  ReassignCustomersBodySchema,
  ReassignCustomersResultSchema,
} from '@meridian/contracts';
import { memberContext } from '#platform/context/from-request.ts';
import type { CustomersService } from '../service.ts';

const tags = ['customers'];
const errors = { '4xx': ProblemSchema };

export const customerActionRoutes: FastifyPluginAsyncTypebox<{ service: CustomersService }> = async (
  app,
  { service },
) => {
  const { db } = app.platform.database;

  app.post(
    '/customers/check-duplicates',
    {
      schema: {
        operationId: 'checkCustomerDuplicates',
        tags,
        summary: 'Customers that look like these details (查重), with name and owner only',
        body: CheckDuplicatesBodySchema,
        response: { 200: CheckDuplicatesResultSchema, ...errors },
      },
    },
    async (request) => service.checkDuplicates(memberContext(request, db), request.body),
  );

  app.post(
    '/customers/:id/merge',
    {
      schema: {
        operationId: 'mergeCustomer',
        tags,
        summary: 'Merge another customer into this one: contacts, deals and interactions move here',
        params: IdParamsSchema,
        body: MergeCustomerBodySchema,
        response: { 200: CustomerSchema, ...errors },
      },
    },
    async (request) => service.mergeCustomer(memberContext(request, db), request.params.id, request.body),
  );

  app.post(
    '/customers/reassign',
    {
      schema: {
        operationId: 'reassignCustomers',
        tags,
        summary: 'Give customers to another rep (managers within their teams, admins all), answered per customer',
        body: ReassignCustomersBodySchema,
        response: { 200: ReassignCustomersResultSchema, ...errors },
      },
    },
    async (request) => service.reassignCustomers(memberContext(request, db), request.body),
  );

  app.get(
    '/customers/:id/shares',
    {
      schema: {
        operationId: 'listCustomerShares',
        tags,
        summary: 'Who the customer is shared with',
        params: IdParamsSchema,
        response: { 200: CustomerSharesSchema, ...errors },
      },
    },
    async (request) => service.getCustomerShares(memberContext(request, db), request.params.id),
  );

  app.put(
    '/customers/:id/shares/:userId',
    {
      schema: {
        operationId: 'shareCustomer',
        tags,
        summary: 'Share a customer with a member, who may then read it',
        params: CustomerShareParamsSchema,
        response: { 200: CustomerSharesSchema, ...errors },
      },
    },
    async (request) => service.setCustomerShare(memberContext(request, db), request.params, true),
  );

  app.delete(
    '/customers/:id/shares/:userId',
    {
      schema: {
        operationId: 'unshareCustomer',
        tags,
        summary: 'Stop sharing a customer with a member',
        params: CustomerShareParamsSchema,
        response: { 200: CustomerSharesSchema, ...errors },
      },
    },
    async (request) => service.setCustomerShare(memberContext(request, db), request.params, false),
  );

  app.get(
    '/customers/pool-status',
    {
      schema: {
        operationId: 'getCustomerPoolStatus',
        tags,
        summary: 'Your claims left today and customers held, under the pool rules',
        response: { 200: PoolStatusSchema, ...errors },
      },
    },
    async (request) => service.getPoolStatus(memberContext(request, db)),
  );

  app.post(
    '/customers/:id/claim',
    {
      schema: {
        operationId: 'claimCustomer',
        tags,
        summary: 'Claim a customer from the pool (daily limit, holding cap and reclaim cool-down apply)',
        params: IdParamsSchema,
        response: { 200: CustomerSchema, ...errors },
      },
    },
    async (request) => service.claimCustomer(memberContext(request, db), request.params.id),
  );

  app.post(
    '/customers/:id/release',
    {
      schema: {
        operationId: 'releaseCustomer',
        tags,
        summary: 'Put a customer back in the pool',
        params: IdParamsSchema,
        response: { 200: CustomerSchema, ...errors },
      },
    },
    async (request) => service.releaseCustomer(memberContext(request, db), request.params.id),
  );
};
