export * from './accounts.ts';
export * from './crm.ts';
export * from './crm-customers.ts';
export * from './crm-deals.ts';
export * from './platform.ts';
export * from './work.ts';
