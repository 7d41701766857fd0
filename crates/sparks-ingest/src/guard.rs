//! The outbound-fetch guard: which addresses the server may connect to. Only public unicast
//! addresses pass; loopback, private, shared (CGNAT), link-local, multicast, unspecified,
//! documentation, benchmarking, reserved and transition ranges that could hide one of those
//! (IPv4-mapped, IPv4-compatible, NAT64, 6to4, Teredo) are refused.
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
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let s = ip.segments();
    let blocked = ip.is_unspecified()
        || ip.is_loopback()
        // IPv4-compatible (deprecated) ::a.b.c.d
        || (s[..6] == [0; 6])
        // NAT64 64:ff9b::/96 and 64:ff9b:1::/48 reach IPv4 space we cannot check here
        || (s[0] == 0x64 && s[1] == 0xff9b)
        // discard-only 100::/64
        || (s[0] == 0x100 && s[1..4] == [0, 0, 0])
        // 2001::/23 IETF protocol assignments (Teredo 2001::/32 among them)
        || (s[0] == 0x2001 && s[1] < 0x200)
        // documentation 2001:db8::/32 and 3fff::/20
        || (s[0] == 0x2001 && s[1] == 0xdb8)
        || (s[0] == 0x3fff && s[1] < 0x1000)
        // 6to4 2002::/16 embeds any IPv4 address
        || s[0] == 0x2002
        // unique local fc00::/7, link-local fe80::/10, site-local fec0::/10, multicast ff00::/8
        || (s[0] & 0xfe00) == 0xfc00
        || (s[0] & 0xffc0) == 0xfe80
        || (s[0] & 0xffc0) == 0xfec0
        || (s[0] & 0xff00) == 0xff00;
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
            "::ffff:8.8.8.8",
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
