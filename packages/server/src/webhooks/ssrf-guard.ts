import dns from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Keeps webhook deliveries away from the service's own network (server-side request forgery): a site
 * owner chooses the URL, so without this guard a webhook could reach a database on loopback, a private
 * admin page or the cloud metadata service that hands out credentials.
 *
 * The check runs on the addresses DNS returns, inside the `lookup` the socket itself uses, so the address
 * checked is the address connected to: a name that resolves to a public address for a check and to
 * 127.0.0.1 a moment later (DNS rebinding) gains nothing.
 */

const v4 = new BlockList();
const v6 = new BlockList();
const v4Ranges: [string, number, string][] = [
  ['0.0.0.0', 8, 'unspecified ("this network")'],
  ['10.0.0.0', 8, 'private network'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata lives here)'],
  ['172.16.0.0', 12, 'private network'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.168.0.0', 16, 'private network'],
  ['198.18.0.0', 15, 'benchmarking network'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];
const v6Ranges: [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fc00::', 7, 'unique local (private) network'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
];
for (const [net, prefix] of v4Ranges) v4.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of v6Ranges) v6.addSubnet(net, prefix, 'ipv6');

/** Named first so the message says what it is. */
const metadataAddresses = new Set(['169.254.169.254', 'fd00:ec2::254']);

/** The IPv4 address inside an IPv4-mapped (`::ffff:a.b.c.d`), IPv4-compatible or NAT64 IPv6 address. */
function embeddedIPv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:(?:0:)?|::|64:ff9b::)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:(?:0:)?|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const high = parseInt(hex[1]!, 16);
    const low = parseInt(hex[2]!, 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return null;
}

function rangeName(ranges: [string, number, string][], list: BlockList, address: string, family: 'ipv4' | 'ipv6'): string | null {
  if (!list.check(address, family)) return null;
  for (const [net, prefix, name] of ranges) {
    const single = new BlockList();
    single.addSubnet(net, prefix, family);
    if (single.check(address, family)) return name;
  }
  return 'not publicly routable';
}

/**
 * Why `address` (an IP literal) must not be contacted, or null when it is a public address.
 * @example blockedReason('::ffff:127.0.0.1') // 'loopback'
 */
export function blockedReason(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (metadataAddresses.has(bare.toLowerCase())) return 'cloud metadata service';
  const family = isIP(bare);
  if (family === 4) return rangeName(v4Ranges, v4, bare, 'ipv4');
  if (family === 6) {
    const inner = embeddedIPv4(bare);
    if (inner) return blockedReason(inner);
    return rangeName(v6Ranges, v6, bare, 'ipv6');
  }
  return null;
}

/** Thrown (and recorded on the delivery) when a webhook would reach a refused address. */
export class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';
  constructor(
    readonly host: string,
    readonly address: string,
    readonly reason: string,
  ) {
    super(
      `Refused to deliver to ${host}${host === address ? '' : ` (${address})`}: ${reason} addresses are not allowed ` +
        '(set WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true only for development)',
    );
  }
}

/**
 * A `lookup` for `http.request`: resolves every address of the name and refuses the connection when any
 * of them is blocked (a name with one private address is treated as private), else hands the checked
 * addresses to the socket.
 */
export function guardedLookup(resolve: typeof dns.lookup = dns.lookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { all: true, family: options.family ?? 0, hints: options.hints ?? 0 }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const list = addresses as dns.LookupAddress[];
      for (const entry of list) {
        const reason = blockedReason(entry.address);
        if (reason) return callback(new BlockedAddressError(hostname, entry.address, reason), '', 4);
      }
      if (list.length === 0) return callback(Object.assign(new Error(`No address for ${hostname}`), { code: 'ENOTFOUND' }), '', 4);
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/**
 * The URL's host when it is an IP literal that must not be contacted (sockets skip `lookup` for literals,
 * so they are checked here), else null. The WHATWG parser has already normalised forms like
 * `http://2130706433/` or `http://0x7f.1/` to `127.0.0.1`.
 */
export function blockedLiteral(url: URL): BlockedAddressError | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) === 0) return null;
  const reason = blockedReason(host);
  return reason ? new BlockedAddressError(host, host, reason) : null;
}
