//! The outbound-fetch guard: which addresses the server may connect to. Only global unicast
//! addresses pass. IPv4: every RFC 6890 special-purpose range that is not global (this
//! network, private, shared CGNAT, loopback, link-local, IETF assignments, documentation,
//! benchmarking, reserved, broadcast) and multicast are refused. IPv6: nothing outside
//! global unicast `2000::/3` passes (so no loopback, IPv4-mapped, IPv4-translated,
//! IPv4-compatible, NAT64, unique local, link-local or multicast address), and inside it the
//! IETF assignments (Teredo among them), documentation and 6to4 are refused.
//!
//! Hosts are read with the WHATWG URL parser (the `url` crate), which already turns every
//! spelling of an IPv4 address — decimal `2130706433`, hex `0x7f.1`, octal `0177.0.0.1`,
//! short `127.1` — into the address itself, so the check sees what a connection would use.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Whether a connection to `ip` is allowed when private addresses are not.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn in_v4(ip: Ipv4Addr, net: [u8; 4], prefix: u32) -> bool {
    let mask = u32::MAX.checked_shl(32 - prefix).unwrap_or(0);
    (u32::from(ip) & mask) == (u32::from(Ipv4Addr::from(net)) & mask)
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    const BLOCKED: [([u8; 4], u32); 16] = [
        ([0, 0, 0, 0], 8),       // "this network", unspecified
        ([10, 0, 0, 0], 8),      // private
        ([100, 64, 0, 0], 10),   // shared address space (CGNAT)
        ([127, 0, 0, 0], 8),     // loopback
        ([169, 254, 0, 0], 16),  // link-local (cloud metadata lives here)
        ([172, 16, 0, 0], 12),   // private
        ([192, 0, 0, 0], 24),    // IETF protocol assignments
        ([192, 0, 2, 0], 24),    // documentation TEST-NET-1
        ([192, 88, 99, 0], 24),  // 6to4 relay anycast
        ([192, 168, 0, 0], 16),  // private
        ([198, 18, 0, 0], 15),   // benchmarking
        ([198, 51, 100, 0], 24), // documentation TEST-NET-2
        ([203, 0, 113, 0], 24),  // documentation TEST-NET-3
        ([224, 0, 0, 0], 4),     // multicast
        ([240, 0, 0, 0], 4),     // reserved, broadcast
        ([255, 255, 255, 255], 32),
    ];
    !BLOCKED.iter().any(|(net, p)| in_v4(ip, *net, *p))
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    // Only global unicast 2000::/3 is ever public: this one rule refuses the unspecified and
    // loopback addresses, IPv4-mapped ::ffff:0:0/96, IPv4-translated ::ffff:0:0:0/96,
    // IPv4-compatible ::/96, NAT64 64:ff9b::/96 and 64:ff9b:1::/48, discard-only 100::/64,
    // unique local, link-local, site-local, multicast and every range not yet allocated.
    // A mapped or translated address never reaches a public IPv4 host the guard could not
    // have been given directly, so refusing them all loses nothing.
    if (s[0] & 0xe000) != 0x2000 {
        return false;
    }
    let blocked = match s[0] {
        // 2001::/23 IETF protocol assignments (Teredo 2001::/32 among them, which tunnels
        // to an IPv4 address we cannot check), and documentation 2001:db8::/32
        0x2001 => s[1] < 0x200 || s[1] == 0xdb8,
        // 6to4 2002::/16 embeds an IPv4 address and reaches it through whichever relay is
        // nearest; refused whatever it embeds (stricter than refusing only a private one:
        // public hosts have native addresses, and 6to4 relays are deprecated, RFC 7526)
        0x2002 => true,
        // documentation 3fff::/20
        0x3fff => s[1] < 0x1000,
        _ => false,
    };
    !blocked
}

/// Whether a host name is a name for this machine whatever DNS says (`localhost`,
/// `*.localhost`, with or without the trailing dot).
pub fn is_local_name(host: &str) -> bool {
    let h = host.trim_end_matches('.').to_ascii_lowercase();
    h == "localhost" || h.ends_with(".localhost") || h.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_public_ranges_are_refused() {
        for a in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "224.0.0.1",
            "255.255.255.255",
            "192.0.2.1",
            "198.51.100.7",
            "203.0.113.9",
            "198.18.0.1",
            "::1",
            "::",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "::127.0.0.1",
            "64:ff9b::7f00:1",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "ff02::1",
            "2001:db8::1",
            "2002:7f00:1::1",
            "2001::1",
            "3fff::1",
            // RFC 6890 special-purpose IPv4 ranges, at their edges
            "0.1.2.3",
            "100.127.255.255",
            "192.0.0.8",
            "198.19.255.255",
            "239.255.255.250",
            "240.0.0.1",
            "192.88.99.1",
            // IPv4-translated ::ffff:0:0:0/96, the other IPv4-in-IPv6 spellings, NAT64
            "::ffff:8.8.8.8",
            "::ffff:0:127.0.0.1",
            "::ffff:0:8.8.8.8",
            "::ffff:0:0",
            "::8.8.8.8",
            "64:ff9b::8.8.8.8",
            "64:ff9b:1::a00:1",
            "64:ff9b:1:ffff::1",
            // 6to4 around a private and a public IPv4 address, Teredo
            "2002:a00:1::1",
            "2002:808:808::1",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2",
            "2001:1ff:ffff::1",
            // outside global unicast 2000::/3
            "100::1",
            "1::1",
            "1fff:ffff::1",
            "4000::1",
            "8000::1",
            "c000::1",
            "fec0::1",
            "ff0e::1",
        ] {
            let ip: IpAddr = a.parse().unwrap();
            assert!(!is_public(ip), "{a} passed");
        }
    }

    #[test]
    fn public_addresses_pass() {
        for a in [
            "8.8.8.8",
            "93.184.216.34",
            "172.32.0.1",
            "2a00:1450:4001::1",
            "2606:4700::1111",
            "2000::1",
            "2001:200::1",
            "2003::1",
            "3ffe:ffff::1",
        ] {
            let ip: IpAddr = a.parse().unwrap();
            assert!(is_public(ip), "{a} refused");
        }
    }

    #[test]
    fn local_names() {
        for h in ["localhost", "LOCALHOST.", "a.localhost", "x.localhost."] {
            assert!(is_local_name(h), "{h}");
        }
        assert!(!is_local_name("example.org"));
    }
}
