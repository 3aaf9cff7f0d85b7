import type { AccountsService } from '#modules/accounts/service.ts';
import type { Clock } from '#platform/clock/clock.ts';
import type { Config } from '#src/config.ts';

export type MembersDeps = {
  clock: Clock;
  config: Pick<Config, 'publicUrl'>;
  accounts: AccountsService;
};
