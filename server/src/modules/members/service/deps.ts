import type { Config } from '#src/config.ts';
import type { AccountsService } from '#modules/accounts/service.ts';
import type { Clock } from '#platform/clock/clock.ts';

export type MembersDeps = {
  clock: Clock;
  config: Pick<Config, 'publicUrl'>;
  accounts: AccountsService;
};
