/** The sign-in throttle (server/auth/loginThrottle.ts) with a clock the test moves. */
import { describe, expect, it } from 'vitest';
import { ACCOUNT_POLICY, ADDRESS_POLICY, LoginThrottle, type ThrottlePolicy } from '../../server/auth/loginThrottle.js';

const POLICY: ThrottlePolicy = { freeFailures: 3, baseDelayMs: 1000, maxDelayMs: 5000, windowMs: 60_000 };

function throttle(policy: ThrottlePolicy = POLICY) {
  const clock = { now: 1_000_000 };
  return { clock, throttle: new LoginThrottle(policy, () => clock.now) };
}

function failTimes(t: LoginThrottle, key: string, times: number): void {
  for (let i = 0; i < times; i++) t.fail(key);
}

describe('LoginThrottle', () => {
  it('lets an unknown key try at once', () => {
    expect(throttle().throttle.waitMs('someone@example.be')).toBe(0);
  });

  it('allows the free failures without waiting', () => {
    const { throttle: t } = throttle();
    t.fail('k');
    expect(t.waitMs('k')).toBe(0);
    t.fail('k');
    expect(t.waitMs('k')).toBe(0);
  });

  it('then makes each further attempt wait twice as long, up to the ceiling', () => {
    const { throttle: t } = throttle();
    failTimes(t, 'k', 2);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      t.fail('k');
      waits.push(t.waitMs('k'));
    }
    expect(waits).toEqual([1000, 2000, 4000, 5000, 5000, 5000]);
  });

  it('counts the wait down from the last failure', () => {
    const { clock, throttle: t } = throttle();
    failTimes(t, 'k', 4); // wait 2000
    clock.now += 500;
    expect(t.waitMs('k')).toBe(1500);
    clock.now += 1499;
    expect(t.waitMs('k')).toBe(1);
    clock.now += 1;
    expect(t.waitMs('k')).toBe(0);
    clock.now += 10_000;
    expect(t.waitMs('k')).toBe(0);
  });

  it('keeps keys apart', () => {
    const { throttle: t } = throttle();
    failTimes(t, 'a', 5);
    expect(t.waitMs('a')).toBe(4000);
    expect(t.waitMs('b')).toBe(0);
  });

  it('forgets a key on reset', () => {
    const { throttle: t } = throttle();
    failTimes(t, 'k', 5);
    t.reset('k');
    expect(t.waitMs('k')).toBe(0);
    // Counting starts over: the free failures are free again.
    failTimes(t, 'k', 2);
    expect(t.waitMs('k')).toBe(0);
    t.fail('k');
    expect(t.waitMs('k')).toBe(1000);
  });

  it('forgets failures older than the window', () => {
    const { clock, throttle: t } = throttle();
    failTimes(t, 'k', 5);
    clock.now += POLICY.windowMs;
    // Exactly at the window the failures still count: one more failure doubles again.
    t.fail('k');
    expect(t.waitMs('k')).toBe(5000);

    clock.now += POLICY.windowMs + 1;
    expect(t.waitMs('k')).toBe(0);
    t.fail('k');
    // Had the six old failures been kept this would wait 5000.
    expect(t.waitMs('k')).toBe(0);
  });

  it('applies the per-account policy: 5 free, 1 s doubling to 15 minutes', () => {
    const { throttle: t } = throttle(ACCOUNT_POLICY);
    failTimes(t, 'lead@justitie.example', 4);
    expect(t.waitMs('lead@justitie.example')).toBe(0);
    t.fail('lead@justitie.example');
    expect(t.waitMs('lead@justitie.example')).toBe(1000);
    failTimes(t, 'lead@justitie.example', 20);
    expect(t.waitMs('lead@justitie.example')).toBe(15 * 60_000);
  });

  it('applies the per-address policy: 20 free failures', () => {
    const { throttle: t } = throttle(ADDRESS_POLICY);
    failTimes(t, '10.0.0.1', 19);
    expect(t.waitMs('10.0.0.1')).toBe(0);
    t.fail('10.0.0.1');
    expect(t.waitMs('10.0.0.1')).toBe(1000);
  });

  it('stays at the ceiling after very many failures', () => {
    const { throttle: t } = throttle();
    failTimes(t, 'k', 2000);
    expect(t.waitMs('k')).toBe(5000);
  });
});

describe('LoginThrottle.forgive', () => {
  it('takes back one failure, never below zero', () => {
    const throttle = new LoginThrottle({ freeFailures: 1, baseDelayMs: 1000, maxDelayMs: 10_000, windowMs: 60_000 }, () => 0);
    throttle.fail('k');
    expect(throttle.waitMs('k')).toBe(1000);
    throttle.forgive('k');
    expect(throttle.waitMs('k')).toBe(0);
    throttle.forgive('k');
    throttle.fail('k');
    expect(throttle.waitMs('k')).toBe(1000);
  });
});
