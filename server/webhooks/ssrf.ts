import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/*
 * The SSRF guard of outbound webhooks (docs/webhooks.md): an endpoint an administrator types must
 * not make the server post into its own network (the database, a cloud metadata service, an
 * intranet). Addresses below are refused unless WEBHOOK_ALLOW_PRIVATE_NETWORKS=true.
 */
const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata: 169.254.169.254)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  blocked.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const)
  blocked.addSubnet(net, bits, 'ipv6');

/** Whether an IP address is private, loopback, link-local or otherwise not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '');
  const family = isIP(ip);
  if (family === 4) return blocked.check(ip, 'ipv4');
  if (family !== 6) return true; // not an address at all: refuse rather than guess
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip); // IPv4-mapped IPv6
  if (mapped) return blocked.check(mapped[1], 'ipv4');
  return blocked.check(ip, 'ipv6');
}

/** The sentence an administrator reads when an endpoint points inside the network. */
export const privateRefusal = (host: string, address: string) =>
  `${host} resolves to ${address}, a private, loopback or link-local address: webhooks are posted to the public ` +
  'internet only (an operator may allow private networks with WEBHOOK_ALLOW_PRIVATE_NETWORKS=true).';

/**
 * The addresses a host name resolves to now, or null when it does not resolve (checked again at
 * each delivery, where it must resolve).
 */
export async function resolveHost(host: string): Promise<string[] | null> {
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return [bare];
  return new Promise((resolve) =>
    dnsLookup(bare, { all: true }, (err, addresses: LookupAddress[]) =>
      resolve(err ? null : addresses.map((a) => a.address)),
    ),
  );
}

/**
 * A DNS lookup for the HTTP client that refuses private addresses: the address checked is the one
 * connected to, so a name that changes its answer between check and post (DNS rebinding) is refused.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const bad = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
      if (bad) return callback(new Error(privateRefusal(hostname, bad.address)), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
