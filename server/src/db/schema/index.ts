export * from './accounts.ts';
export * from './crm.ts';
export * from './platform.ts';
export * from './work.ts';
