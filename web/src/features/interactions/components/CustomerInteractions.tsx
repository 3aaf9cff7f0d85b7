import type { Customer } from '@meridian/contracts';
import { Divider } from 'antd';
import { InteractionTimeline } from './InteractionTimeline';
import { LogInteractionForm } from './LogInteractionForm';

/** The follow-up tab of the customer page: log one fast, then the timeline. */
export function CustomerInteractions({ customer }: { customer: Customer }) {
  return (
    <>
      <LogInteractionForm customerId={customer.id} />
      <Divider />
      <InteractionTimeline customerId={customer.id} />
    </>
  );
}
