import fp from 'fastify-plugin';

export const teamsModule = fp(async () => {});
