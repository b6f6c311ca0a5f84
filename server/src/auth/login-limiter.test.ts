import { describe, expect, it } from 'vitest';
import { createLoginLimiter } from './login-limiter.js';

describe('the login limiter', () => {
  it('makes an email wait after five failures and lets it go once the window has passed', () => {
    let time = 0;
    const limiter = createLoginLimiter({ now: () => time, windowMs: 1000 });
    for (let i = 0; i < 5; i += 1) {
      expect(limiter.check('a@b.org', '1.1.1.1')).toBe(0);
      limiter.fail('a@b.org', '1.1.1.1');
    }
    expect(limiter.check('a@b.org', '1.1.1.1')).toBe(1000);
    expect(limiter.check('other@b.org', '2.2.2.2')).toBe(0);
    time = 1001;
    expect(limiter.check('a@b.org', '1.1.1.1')).toBe(0);
  });

  it("forgets an email's failures after a successful sign-in", () => {
    const limiter = createLoginLimiter();
    for (let i = 0; i < 4; i += 1) limiter.fail('a@b.org', '1.1.1.1');
    limiter.succeed('a@b.org', '1.1.1.1');
    limiter.fail('a@b.org', '1.1.1.1');
    expect(limiter.check('a@b.org', '1.1.1.1')).toBe(0);
  });
});
