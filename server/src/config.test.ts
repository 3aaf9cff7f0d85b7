import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration from the environment', () => {
  it('has defaults that run on the embedded database with demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: null,
      demoData: true,
      signup: 'open',
      publicUrl: 'http://localhost:3000',
    });
  });

  it('creates no demo data on a PostgreSQL server unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/meridian' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/meridian', DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it.each([
    [{ PORT: '70000' }, /PORT/],
    [{ PORT: 'abc' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL/],
    [{ SMTP_URL: 'http://mail' }, /SMTP_URL/],
    [{ PUBLIC_URL: 'ftp://x' }, /PUBLIC_URL/],
    [{ SIGNUP: 'maybe' }, /SIGNUP/],
    [{ DEMO_DATA: 'perhaps' }, /DEMO_DATA/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ AUTH_RATE_LIMIT_PER_MINUTE: '0' }, /AUTH_RATE_LIMIT_PER_MINUTE/],
  ])('refuses %o with one line naming the setting', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('never prints a database password in an error', () => {
    try {
      loadConfig({ DATABASE_URL: 'mysql://admin:s3cret@db/x' });
    } catch (error) {
      expect(String(error)).not.toContain('s3cret');
    }
  });
});
