import fp from 'fastify-plugin';

export const tokensModule = fp(async () => {});
