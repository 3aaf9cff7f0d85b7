import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateCustomerBodySchema,
  CustomerListQuerySchema,
  CustomerListSchema,
  CustomerSchema,
  IdParamsSchema,
  ProblemSchema,
  UpdateCustomerBodySchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import type { CustomersService } from '../service.ts';

const tags = ['customers'];
const errors = { '4xx': ProblemSchema };

export const customerRoutes: FastifyPluginAsyncTypebox<{ service: CustomersService }> = async (app, { service }) => {
  const { db } = app.platform.database;

  app.get(
    '/customers',
    {
      schema: {
        operationId: 'listCustomers',
        tags,
        summary:
          'The customers you may see, filtered, sorted (name by pinyin) and paged, with their total; ownerId=none is the pool',
        querystring: CustomerListQuerySchema,
        response: { 200: CustomerListSchema, ...errors },
      },
    },
    async (request) => service.listCustomers(memberContext(request, db), request.query),
  );

  app.post(
    '/customers',
    {
      schema: {
        operationId: 'createCustomer',
        tags,
        summary:
          'Create a customer (you own it unless told); duplicates by name, credit code, phone or e-mail answer 409',
        body: CreateCustomerBodySchema,
        response: { 201: CustomerSchema, ...errors },
      },
    },
    async (request, reply) => {
      const customer = await service.createCustomer(memberContext(request, db), request.body);
      return reply.code(201).send(customer);
    },
  );

  app.get(
    '/customers/:id',
    {
      schema: {
        operationId: 'getCustomer',
        tags,
        summary: 'One customer you may see',
        params: IdParamsSchema,
        response: { 200: CustomerSchema, ...errors },
      },
    },
    async (request) => service.getCustomer(memberContext(request, db), request.params.id),
  );

  app.patch(
    '/customers/:id',
    {
      schema: {
        operationId: 'updateCustomer',
        tags,
        summary: 'Edit a customer you manage; If-Match or body version guards against lost updates',
        params: IdParamsSchema,
        body: UpdateCustomerBodySchema,
        response: { 200: CustomerSchema, ...errors },
      },
    },
    async (request) =>
      service.updateCustomer(
        memberContext(request, db),
        request.params.id,
        request.body,
        expectedVersion(request, request.body.version),
      ),
  );

  app.delete(
    '/customers/:id',
    {
      schema: {
        operationId: 'deleteCustomer',
        tags,
        summary: 'Delete a customer (admins or its owner)',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.deleteCustomer(memberContext(request, db), request.params.id, expectedVersion(request, undefined));
      return reply.code(204).send(null);
    },
  );
};
