import { BlockList, isIP } from 'node:net';

/** Most addresses a token may list. */
export const MAX_ALLOWED_ADDRESSES = 20;

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is `10.0.0.1`: written lists name IPv4 addresses. */
export function plainAddress(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return mapped ? mapped[1]! : ip;
}

/** An IP (`10.0.0.5`, `2001:db8::1`) or a CIDR range (`10.0.0.0/24`), normalised; null when it is neither. */
export function parseAllowedAddress(text: string): string | null {
  const [address = '', prefix, extra] = text.trim().split('/');
  if (extra !== undefined) return null;
  const ip = plainAddress(address);
  const family = isIP(ip);
  if (family === 0) return null;
  if (prefix === undefined) return ip;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > (family === 4 ? 32 : 128)) return null;
  return `${ip}/${Number(prefix)}`;
}

/** Whether `ip` (the request's address) is one of the allowed addresses or ranges; an empty list allows none. */
export function addressAllowed(allowed: readonly string[], ip: string): boolean {
  const list = new BlockList();
  for (const entry of allowed) {
    const [address, prefix] = entry.split('/') as [string, string | undefined];
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  const client = plainAddress(ip);
  const family = isIP(client);
  if (family === 0) return false;
  return list.check(client, family === 6 ? 'ipv6' : 'ipv4');
}
