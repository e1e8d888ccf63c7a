import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

const errorOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
};

describe('configuration from the environment', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 4000,
      DATA_DIR: '.data',
      COOKIE_SECURE: false,
      BOOTSTRAP_ORG_TIME_ZONE: 'UTC',
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads booleans and numbers as people write them', () => {
    expect(loadConfig({ COOKIE_SECURE: 'yes', PORT: '8080' })).toMatchObject({ COOKIE_SECURE: true, PORT: 8080 });
  });

  it('reports each bad value on its own line, naming the variable and what is expected', () => {
    const message = errorOf({
      PORT: 'abc',
      DATABASE_URL: 'mysql://x',
      COOKIE_SECURE: 'maybe',
      BOOTSTRAP_ORG_TIME_ZONE: 'Mars/Olympus',
    });
    const lines = message.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines).toContain('PORT="abc" is invalid: expected a port number');
    expect(lines).toContain('DATABASE_URL="mysql://x" is invalid: expected a postgres:// connection URL');
    expect(lines).toContain('COOKIE_SECURE="maybe" is invalid: expected true or false');
    expect(message).toMatch(/BOOTSTRAP_ORG_TIME_ZONE="Mars\/Olympus" is invalid: expected an IANA time zone/);
  });

  it('refuses a port out of range and a short bootstrap password', () => {
    expect(errorOf({ PORT: '70000' })).toBe('PORT="70000" is invalid: expected a port between 0 and 65535');
    expect(errorOf({ BOOTSTRAP_ADMIN_PASSWORD: 'short' })).toMatch(
      /BOOTSTRAP_ADMIN_PASSWORD="short" is invalid: expected at least 10 characters/,
    );
  });

  it('distribution settings: optional channels, a contact key of 32 bytes, sensible defaults', () => {
    expect(loadConfig({})).toMatchObject({
      SMTP_PORT: 587,
      SMTP_SECURE: false,
      SMS_MAX_SEGMENTS: 6,
      DELIVERY_WORKER: true,
      DELIVERY_RETRY_LIMIT: 5,
      WEBHOOK_TOLERANCE_SECONDS: 300,
    });
    expect(loadConfig({}).SMTP_HOST).toBeUndefined();
    expect(loadConfig({ CONTACT_ENCRYPTION_KEY: 'a'.repeat(64) }).CONTACT_ENCRYPTION_KEY).toBe('a'.repeat(64));
    const message = errorOf({
      CONTACT_ENCRYPTION_KEY: 'short',
      SMS_GATEWAY_URL: 'not a url',
      PHONE_DEFAULT_COUNTRY: 'ukraine',
    });
    expect(message).toContain(
      'CONTACT_ENCRYPTION_KEY="short" is invalid: expected 32 bytes as 64 hex digits or base64 (openssl rand -base64 32)',
    );
    expect(message).toMatch(/SMS_GATEWAY_URL="not a url" is invalid/);
    expect(message).toMatch(/PHONE_DEFAULT_COUNTRY="ukraine" is invalid: expected a two-letter country code/);
  });
});
