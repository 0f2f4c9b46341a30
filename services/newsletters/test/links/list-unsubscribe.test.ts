import { describe, expect, it } from 'vitest';
import { listUnsubscribeHeaders } from '../../src/modules/links/list-unsubscribe.ts';

const UNSUBSCRIBE_URL = 'https://portal.example/subscriptions/unsubscribe?token=u.abc.mzx1a2.XYZ_-';

describe('the one-click unsubscribe headers on every email (RFC 8058)', () => {
  it('offer the HTTPS unsubscribe link and declare one-click by POST', () => {
    expect(listUnsubscribeHeaders({ unsubscribeUrl: UNSUBSCRIBE_URL })).toStrictEqual({
      'List-Unsubscribe':
        '<https://portal.example/subscriptions/unsubscribe?token=u.abc.mzx1a2.XYZ_->',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('list the HTTPS link first and a mailto link second when a mailbox is configured', () => {
    const headers = listUnsubscribeHeaders({
      unsubscribeUrl: UNSUBSCRIBE_URL,
      unsubscribeMailbox: 'unsubscribe@force.example',
    });
    expect(headers).toStrictEqual({
      'List-Unsubscribe':
        '<https://portal.example/subscriptions/unsubscribe?token=u.abc.mzx1a2.XYZ_->, ' +
        '<mailto:unsubscribe@force.example?subject=unsubscribe>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('do not claim one-click for a plain-http link on a developer’s machine', () => {
    const headers = listUnsubscribeHeaders({
      unsubscribeUrl: 'http://127.0.0.1:5173/subscriptions/unsubscribe?token=abc',
    });
    expect(headers).toStrictEqual({
      'List-Unsubscribe': '<http://127.0.0.1:5173/subscriptions/unsubscribe?token=abc>',
    });
  });

  it('are refused for a mailbox that would break the header', () => {
    expect(() =>
      listUnsubscribeHeaders({
        unsubscribeUrl: UNSUBSCRIBE_URL,
        unsubscribeMailbox: 'x@y.example>, <https://evil.example',
      }),
    ).toThrow(TypeError);
  });

  it('are refused for a link that is not http or https', () => {
    expect(() => listUnsubscribeHeaders({ unsubscribeUrl: 'javascript:alert(1)' })).toThrow(
      TypeError,
    );
  });
});
