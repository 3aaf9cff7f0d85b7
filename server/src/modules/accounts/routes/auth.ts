import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AuthConfigSchema,
  LoginBodySchema,
  MeSchema,
  PasswordResetBodySchema,
  PasswordResetRequestBodySchema,
  ProblemSchema,
  SignupBodySchema,
} from '@meridian/contracts';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { fromSession } from '#platform/auth/authenticate.ts';
import { PASSWORD_MAX, PASSWORD_MIN } from '#platform/auth/passwords.ts';
import { publicContext, userContext } from '#platform/context/from-request.ts';
import type { AccountsService } from '../service.ts';
import { clearSessionCookie, setSessionCookie } from './cookies.ts';

const tags = ['auth'];
const errors = { '4xx': ProblemSchema };

export type AuthRoutesOptions = { service: AccountsService; demo: { email: string; password: string } | null };

export const authRoutes: FastifyPluginAsyncTypebox<AuthRoutesOptions> = async (app, { service, demo }) => {
  const { config, database } = app.platform;
  const secure = config.publicUrl.startsWith('https:');

  app.get(
    '/auth/config',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getAuthConfig',
        tags,
        summary: 'Sign-up mode, password rules and the demo sign-in',
        response: { 200: AuthConfigSchema },
      },
    },
    async () => ({
      signupOpen: config.signup === 'open',
      passwordMinLength: PASSWORD_MIN,
      passwordMaxLength: PASSWORD_MAX,
      demo,
    }),
  );

  app.post(
    '/auth/signup',
    {
      config: { access: 'public', idempotent: false },
      schema: {
        operationId: 'signup',
        tags,
        summary: 'Create an account and an organisation you own',
        body: SignupBodySchema,
        response: { 201: MeSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { session } = await service.signup(publicContext(request, database.db), request.body);
      setSessionCookie(reply, session, secure);
      const me = await meAfterSignIn(service, request, session.token);
      return reply.code(201).send(me);
    },
  );

  app.post(
    '/auth/login',
    {
      config: { access: 'public', idempotent: false },
      schema: {
        operationId: 'login',
        tags,
        summary: 'Sign in with e-mail and password',
        body: LoginBodySchema,
        response: { 200: MeSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { session } = await service.login(publicContext(request, database.db), request.body);
      setSessionCookie(reply, session, secure);
      return meAfterSignIn(service, request, session.token);
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'logout',
        tags,
        summary: 'End the current session',
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      if (request.auth?.via === 'session') await service.logout(userContext(request, database.db));
      clearSessionCookie(reply, secure);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password-reset-requests',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'requestPasswordReset',
        tags,
        summary: 'E-mail a password-reset link (same answer for unknown addresses)',
        body: PasswordResetRequestBodySchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.requestPasswordReset(publicContext(request, database.db), request.body.email);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password-resets',
    {
      config: { access: 'public', idempotent: false },
      schema: {
        operationId: 'resetPassword',
        tags,
        summary: 'Set a new password from a reset link',
        body: PasswordResetBodySchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.resetPassword(publicContext(request, database.db), request.body);
      return reply.code(204).send(null);
    },
  );
};

/** The `Me` of a session just opened: resolved as the next request with its cookie would be. */
export async function meAfterSignIn(service: AccountsService, request: FastifyRequest, token: string) {
  const { database, clock, config } = request.server.platform;
  request.auth = await fromSession({ database, clock, publicUrl: config.publicUrl }, token);
  return service.getMe(userContext(request, database.db), request.auth?.csrfToken ?? null);
}
