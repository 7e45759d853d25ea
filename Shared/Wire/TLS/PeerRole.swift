import NIOSSL
import SwiftASN1
import X509

/// What a certificate's holder may do; carried as the subject's organizational unit (`OU=client`).
///
/// `client` may use the ingest and query ports, `extractor` the dispatch and results ports; `service` is the
/// role of the services' own certificates and opens no client port.
package enum PeerRole: String, Sendable, Hashable, CaseIterable, Codable {
    case client
    case extractor
    case service

    /// The role written into `certificate`, or nil when it carries none this build knows.
    package init?(certificate: NIOSSLCertificate) {
        guard let der = try? certificate.toDERBytes(), let parsed = try? Certificate(derEncoded: der) else {
            return nil
        }
        self.init(certificate: parsed)
    }

    /// The role written into `certificate`, or nil when it carries none this build knows.
    package init?(certificate: Certificate) {
        for rdn in certificate.subject {
            for attribute in rdn where attribute.type == .RDNAttributeType.organizationalUnitName {
                if let text = String(attribute.value), let role = PeerRole(rawValue: text) {
                    self = role
                    return
                }
            }
        }
        return nil
    }
}

/// Who is on the other end of a connection, as its verified certificate says.
package struct PeerIdentity: Sendable, Hashable {
    /// The certificate's common name (`client`, `extractor`, …).
    package var name: String
    package var role: PeerRole?

    package init(name: String, role: PeerRole?) {
        self.name = name
        self.role = role
    }

    /// Reads name and role from a peer certificate.
    package init(certificate: NIOSSLCertificate?) {
        guard let certificate,
            let der = try? certificate.toDERBytes(),
            let parsed = try? Certificate(derEncoded: der)
        else {
            self.init(name: "", role: nil)
            return
        }
        var name = ""
        for rdn in parsed.subject {
            for attribute in rdn where attribute.type == .RDNAttributeType.commonName {
                name = String(attribute.value) ?? ""
            }
        }
        self.init(name: name, role: PeerRole(certificate: parsed))
    }
}
