import { BlockList, isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * Which proxies in front of the service are trusted to report the client's address in
 * `X-Forwarded-For` (`TRUST_PROXY`): a hop count (`1` = one proxy, e.g. a load balancer) or a list of
 * addresses and CIDR ranges. Null trusts nobody: the socket's peer is the client.
 */
export type TrustProxy = { hops: number } | { ranges: BlockList; text: string } | null;

/**
 * Parses `TRUST_PROXY`. @throws Error naming the variable when it is neither a count nor CIDRs.
 * @example parseTrustProxy('1'); parseTrustProxy('10.0.0.0/8, 127.0.0.1')
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0' || text === 'false') return null;
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const ranges = new BlockList();
  for (const entry of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address = '', prefixText] = entry.split('/');
    const family = isIP(address);
    const prefix = prefixText === undefined ? (family === 6 ? 128 : 32) : Number(prefixText);
    if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
      throw new Error(`TRUST_PROXY: "${entry}" is not an address or CIDR range (use a hop count like 1, or e.g. 10.0.0.0/8,127.0.0.1)`);
    }
    ranges.addSubnet(address, prefix, family === 6 ? 'ipv6' : 'ipv4');
  }
  return { ranges, text };
}

/** `::ffff:10.0.0.1` → `10.0.0.1`, so IPv4 ranges match IPv4 peers on dual-stack sockets. */
function plain(address: string): string {
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  return mapped ? mapped[1]! : address;
}

function trusted(ranges: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && ranges.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address: the peer, unless it is a trusted proxy, then walking `X-Forwarded-For` from the
 * right (entries on the left are whatever the client sent and prove nothing).
 */
export function resolveClientAddress(peer: string, forwardedFor: string | undefined, trust: TrustProxy): string {
  const socket = plain(peer);
  if (!trust || !forwardedFor) return socket;
  const chain = forwardedFor.split(',').map((s) => plain(s.trim()));
  if ('hops' in trust) {
    const index = Math.max(0, chain.length - trust.hops);
    const candidate = chain[index];
    return candidate && isIP(candidate) ? candidate : socket;
  }
  if (!trusted(trust.ranges, socket)) return socket;
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i]!;
    if (!isIP(hop)) return socket;
    if (!trusted(trust.ranges, hop)) return hop;
  }
  return chain[0] && isIP(chain[0]) ? chain[0] : socket;
}

/** The caller's address for rate limits, honouring `TRUST_PROXY` (see `resolveClientAddress`). */
export function clientAddress(c: Context, trust: TrustProxy): string {
  let peer = 'unknown';
  try {
    peer = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    /* not a node socket (app.request in benches): no address */
  }
  return resolveClientAddress(peer, trust ? c.req.header('x-forwarded-for') : undefined, trust);
}
