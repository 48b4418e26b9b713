import { describe, expect, it } from 'vitest';
import { addressAllowed, parseAllowedAddress } from './allowed-addresses.ts';

describe('allowed addresses of a token', () => {
  it('reads IPs and CIDR ranges, and refuses anything else', () => {
    expect(parseAllowedAddress(' 10.0.0.5 ')).toBe('10.0.0.5');
    expect(parseAllowedAddress('10.0.0.0/24')).toBe('10.0.0.0/24');
    expect(parseAllowedAddress('2001:db8::/32')).toBe('2001:db8::/32');
    expect(parseAllowedAddress('::ffff:192.168.1.2')).toBe('192.168.1.2');
    for (const bad of ['', 'localhost', '10.0.0.300', '10.0.0.0/33', '10.0.0.0/', '1.2.3.4/8/9', '::1/129', '10.0.0.0/x']) {
      expect(parseAllowedAddress(bad), bad).toBeNull();
    }
  });

  it('matches the request address against addresses and ranges, IPv4-mapped IPv6 included', () => {
    const list = ['10.0.0.0/24', '192.168.1.7', '2001:db8::/32'];
    expect(addressAllowed(list, '10.0.0.200')).toBe(true);
    expect(addressAllowed(list, '::ffff:10.0.0.9')).toBe(true);
    expect(addressAllowed(list, '192.168.1.7')).toBe(true);
    expect(addressAllowed(list, '2001:db8:1::5')).toBe(true);
    expect(addressAllowed(list, '10.0.1.1')).toBe(false);
    expect(addressAllowed(list, '192.168.1.8')).toBe(false);
    expect(addressAllowed(list, '127.0.0.1')).toBe(false);
    expect(addressAllowed([], '127.0.0.1')).toBe(false);
    expect(addressAllowed(list, 'not-an-ip')).toBe(false);
  });
});
