import { bindDeps } from '#platform/service/bind-deps.ts';
import type { CustomersDeps } from './service/deps.ts';
import { checkDuplicates } from './service/duplicates.ts';
import { mergeCustomer } from './service/merge.ts';
import { claimCustomer, getPoolStatus, releaseCustomer } from './service/pool.ts';
import { getCustomer, listCustomers } from './service/read.ts';
import { reassignCustomers } from './service/reassign.ts';
import { getCustomerShares, setCustomerShare } from './service/shares.ts';
import { createCustomer, deleteCustomer, updateCustomer } from './service/write.ts';

/** Customers (accounts): CRUD with 查重, the pool (公海池), merge, reassignment and sharing. */
export function createCustomersService(deps: CustomersDeps) {
  return {
    listCustomers: bindDeps(deps, listCustomers),
    getCustomer: bindDeps(deps, getCustomer),
    createCustomer: bindDeps(deps, createCustomer),
    updateCustomer: bindDeps(deps, updateCustomer),
    deleteCustomer: bindDeps(deps, deleteCustomer),
    checkDuplicates: bindDeps(deps, checkDuplicates),
    mergeCustomer: bindDeps(deps, mergeCustomer),
    reassignCustomers: bindDeps(deps, reassignCustomers),
    getCustomerShares: bindDeps(deps, getCustomerShares),
    setCustomerShare: bindDeps(deps, setCustomerShare),
    getPoolStatus: bindDeps(deps, getPoolStatus),
    claimCustomer: bindDeps(deps, claimCustomer),
    releaseCustomer: bindDeps(deps, releaseCustomer),
  };
}

export type CustomersService = ReturnType<typeof createCustomersService>;
