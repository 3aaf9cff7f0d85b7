import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ContactListQuerySchema,
  ContactListSchema,
  ContactSchema,
  ContactWriteResultSchema,
  CreateContactBodySchema,
  IdParamsSchema,
  ProblemSchema,
  UpdateContactBodySchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import type { ContactsService } from './service.ts';

const tags = ['contacts'];
const errors = { '4xx': ProblemSchema };

export const contactRoutes: FastifyPluginAsyncTypebox<{ service: ContactsService }> = async (app, { service }) => {
  const { db } = app.platform.database;

  app.get(
    '/contacts',
    {
      schema: {
        operationId: 'listContacts',
        tags,
        summary: 'Contacts of the customers you may see; q matches name, pinyin, initials, phone or e-mail',
        querystring: ContactListQuerySchema,
        response: { 200: ContactListSchema, ...errors },
      },
    },
    async (request) => service.listContacts(memberContext(request, db), request.query),
  );

  app.post(
    '/contacts',
    {
      schema: {
        operationId: 'createContact',
        tags,
        summary: 'Add a contact to a customer you manage; the same phone or e-mail elsewhere comes back as a warning',
        body: CreateContactBodySchema,
        response: { 201: ContactWriteResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await service.createContact(memberContext(request, db), request.body);
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/contacts/:id',
    {
      schema: {
        operationId: 'getContact',
        tags,
        summary: 'One contact of a customer you may see',
        params: IdParamsSchema,
        response: { 200: ContactSchema, ...errors },
      },
    },
    async (request) => service.getContact(memberContext(request, db), request.params.id),
  );

  app.patch(
    '/contacts/:id',
    {
      schema: {
        operationId: 'updateContact',
        tags,
        summary: 'Edit a contact; If-Match or body version guards against lost updates',
        params: IdParamsSchema,
        body: UpdateContactBodySchema,
        response: { 200: ContactWriteResultSchema, ...errors },
      },
    },
    async (request) =>
      service.updateContact(
        memberContext(request, db),
        request.params.id,
        request.body,
        expectedVersion(request, request.body.version),
      ),
  );

  app.delete(
    '/contacts/:id',
    {
      schema: {
        operationId: 'deleteContact',
        tags,
        summary: 'Delete a contact',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.deleteContact(memberContext(request, db), request.params.id, expectedVersion(request, undefined));
      return reply.code(204).send(null);
    },
  );
};
