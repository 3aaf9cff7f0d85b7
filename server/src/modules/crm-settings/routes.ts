import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CrmSettingsSchema, ProblemSchema, UpdateCrmSettingsBodySchema } from '@meridian/contracts';
import { memberContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import { bindDeps } from '#platform/service/bind-deps.ts';
import { type CrmSettingsDeps, getCrmSettings, updateCrmSettings } from './service.ts';

const tags = ['customers'];
const errors = { '4xx': ProblemSchema };

export const crmSettingsRoutes: FastifyPluginAsyncTypebox<{ deps: CrmSettingsDeps }> = async (app, { deps }) => {
  const { db } = app.platform.database;
  const get = bindDeps(deps, getCrmSettings);
  const update = bindDeps(deps, updateCrmSettings);

  app.get(
    '/crm-settings',
    {
      schema: {
        operationId: 'getCrmSettings',
        tags,
        summary: 'The CRM rules of the organisation: customer pool return, reminders, claim limits (admins)',
        response: { 200: CrmSettingsSchema, ...errors },
      },
    },
    async (request) => get(memberContext(request, db)),
  );

  app.patch(
    '/crm-settings',
    {
      schema: {
        operationId: 'updateCrmSettings',
        tags,
        summary: 'Change the CRM rules (admins); If-Match or body version guards against lost updates',
        body: UpdateCrmSettingsBodySchema,
        response: { 200: CrmSettingsSchema, ...errors },
      },
    },
    async (request) => update(memberContext(request, db), request.body, expectedVersion(request, request.body.version)),
  );
};
