import fp from 'fastify-plugin';

export const membersModule = fp(async () => {});
