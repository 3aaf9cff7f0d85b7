import type { Customer } from '@meridian/contracts';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { CustomerContacts } from '@/features/customers/components/CustomerContacts';
import { CustomerProfileForm } from '@/features/customers/components/CustomerProfileForm';
import { CustomerDeals } from '@/features/deals/components/CustomerDeals';
import { CustomerInteractions } from '@/features/interactions';

/**
 * The tabs of the customer page (360). Other features add theirs with one insertion here, e.g.
 * `{ key: 'deals', order: 30, label: (t) => t('deals:tab'), render: (c) => <CustomerDeals customer={c} /> }`.
 * Reserved slots: `deals` (order 30) and `interactions` (order 20, the follow-up timeline).
 */
export type CustomerTab = {
  key: string;
  /** Position among the tabs, smallest first. */
  order: number;
  label: (t: TFunction) => ReactNode;
  render: (customer: Customer) => ReactNode;
};

export const customerTabs: CustomerTab[] = [
  {
    key: 'profile',
    order: 10,
    label: (t) => t('customers:tabs.profile'),
    render: (c) => <CustomerProfileForm customer={c} />,
  },
  {
    key: 'interactions',
    order: 20,
    label: (t) => t('interactions:tab'),
    render: (c) => <CustomerInteractions customer={c} />,
  },
  { key: 'deals', order: 30, label: (t) => t('deals:tab'), render: (c) => <CustomerDeals customer={c} /> },
  {
    key: 'contacts',
    order: 40,
    label: (t) => t('customers:tabs.contacts'),
    render: (c) => <CustomerContacts customer={c} />,
  },
];
