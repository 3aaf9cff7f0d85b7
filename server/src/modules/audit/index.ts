import fp from 'fastify-plugin';

export const auditModule = fp(async () => {});
