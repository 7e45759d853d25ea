import Crypto
import Foundation
import NIOCore
import SwiftASN1
import X509

/// A deployment's private certificate authority: issues the certificates every port checks.
///
/// `diaoyan certs create` uses it to write a CA and one certificate per component; each leaf carries its
/// ``PeerRole`` as the subject's organizational unit, both TLS usages, and the host names it may serve.
package struct CertificateAuthority: Sendable {
    /// Why certificates could not be issued or written.
    package enum Error: Swift.Error, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)
        case cannotRead(path: String, reason: String)

        package var description: String {
            switch self {
            case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
            case .cannotRead(let path, let reason): "cannot read \(path): \(reason)"
            }
        }
    }

    /// A certificate with its private key, both PEM-encoded.
    package struct IssuedCertificate: Sendable {
        package var certificatePEM: String
        package var privateKeyPEM: String
    }

    /// The components `create` issues certificates for, with their roles.
    package static let components: [(name: String, role: PeerRole)] = [
        ("normalizer", .service),
        ("aggregator", .service),
        ("extractor", .extractor),
        ("client", .client),
    ]

    private let key: P256.Signing.PrivateKey
    private let certificate: Certificate

    /// The CA certificate, PEM-encoded.
    package var certificatePEM: String {
        get throws { try self.certificate.serializeAsPEM().pemString }
    }

    /// The CA's private key, PEM-encoded.
    package var privateKeyPEM: String { self.key.pemRepresentation }

    /// A new CA with a fresh P-256 key, valid for `validity` from now.
    package init(commonName: String = "Diaoyan CA", validity: TimeInterval = 10 * 365 * 86_400) throws {
        let key = P256.Signing.PrivateKey()
        let publicKey = Certificate.PublicKey(key.publicKey)
        let name = try DistinguishedName {
            OrganizationName("Diaoyan")
            CommonName(commonName)
        }
        let now = Date()
        self.key = key
        self.certificate = try Certificate(
            version: .v3,
            serialNumber: Certificate.SerialNumber(),
            publicKey: publicKey,
            notValidBefore: now.addingTimeInterval(-300),
            notValidAfter: now.addingTimeInterval(validity),
            issuer: name,
            subject: name,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: 0))
                Critical(KeyUsage(keyCertSign: true, cRLSign: true))
                SubjectKeyIdentifier(hash: publicKey)
            },
            issuerPrivateKey: Certificate.PrivateKey(key)
        )
    }

    /// Loads a CA written earlier (`ca.pem` and `ca.key`), to issue more certificates from it.
    package init(certificatePath: String, keyPath: String) throws(Error) {
        do {
            let certificatePEM = try String(contentsOfFile: certificatePath, encoding: .utf8)
            self.certificate = try Certificate(pemEncoded: certificatePEM)
        } catch {
            throw .cannotRead(path: certificatePath, reason: String(describing: error))
        }
        do {
            self.key = try P256.Signing.PrivateKey(pemRepresentation: String(contentsOfFile: keyPath, encoding: .utf8))
        } catch {
            throw .cannotRead(path: keyPath, reason: String(describing: error))
        }
    }

    /// Issues a leaf certificate for `name` with `role`, valid for localhost, 127.0.0.1, ::1 and `hosts`.
    ///
    /// - Parameters:
    ///   - name: the common name (`normalizer`, `client`, …).
    ///   - role: written as the subject's organizational unit; the ports check it.
    ///   - hosts: extra DNS names or IP addresses the holder may serve under.
    ///   - validity: seconds from now the certificate stays valid.
    package func issue(
        name: String,
        role: PeerRole,
        hosts: [String] = [],
        validity: TimeInterval = 2 * 365 * 86_400
    ) throws -> IssuedCertificate {
        let key = P256.Signing.PrivateKey()
        let publicKey = Certificate.PublicKey(key.publicKey)
        let subject = try DistinguishedName {
            OrganizationName("Diaoyan")
            OrganizationalUnitName(role.rawValue)
            CommonName(name)
        }
        var alternativeNames: [GeneralName] = [
            .dnsName("localhost"),
            .ipAddress(ASN1OctetString(contentBytes: [127, 0, 0, 1])),
            .ipAddress(ASN1OctetString(contentBytes: ArraySlice(repeating: 0, count: 15) + [1])),
        ]
        for host in hosts {
            if let address = Self.ipAddressBytes(host) {
                alternativeNames.append(.ipAddress(ASN1OctetString(contentBytes: address[...])))
            } else {
                alternativeNames.append(.dnsName(host))
            }
        }
        let now = Date()
        let certificate = try Certificate(
            version: .v3,
            serialNumber: Certificate.SerialNumber(),
            publicKey: publicKey,
            notValidBefore: now.addingTimeInterval(-300),
            notValidAfter: now.addingTimeInterval(validity),
            issuer: self.certificate.subject,
            subject: subject,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(KeyUsage(digitalSignature: true, keyEncipherment: true))
                try ExtendedKeyUsage([.serverAuth, .clientAuth])
                SubjectKeyIdentifier(hash: publicKey)
                AuthorityKeyIdentifier(
                    keyIdentifier: try self.certificate.extensions.subjectKeyIdentifier?.keyIdentifier
                )
                SubjectAlternativeNames(alternativeNames)
            },
            issuerPrivateKey: Certificate.PrivateKey(self.key)
        )
        return IssuedCertificate(
            certificatePEM: try certificate.serializeAsPEM().pemString,
            privateKeyPEM: key.pemRepresentation
        )
    }

    /// Writes `ca.pem`, `ca.key` and `NAME.pem` + `NAME.key` for every component into `directory`.
    ///
    /// Keys are written with mode 0600. Returns the paths written.
    @discardableResult
    package static func createDeployment(in directory: String, hosts: [String] = []) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let authority = try CertificateAuthority()
        var written: [String] = []
        func write(_ contents: String, to file: String, secret: Bool) throws {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(file).path
            do {
                try Self.writeFile(contents, to: path, secret: secret)
            } catch {
                throw Error.cannotWrite(path: path, reason: String(describing: error))
            }
            written.append(path)
        }
        try write(try authority.certificatePEM, to: "ca.pem", secret: false)
        try write(authority.privateKeyPEM, to: "ca.key", secret: true)
        for component in Self.components {
            let issued = try authority.issue(name: component.name, role: component.role, hosts: hosts)
            try write(issued.certificatePEM, to: "\(component.name).pem", secret: false)
            try write(issued.privateKeyPEM, to: "\(component.name).key", secret: true)
        }
        return written
    }

    /// Writes `contents` to `path`; a secret is created with mode 0600 before any byte is written.
    ///
    /// The file ends with a line break, as PEM files do, so that `cat old-ca.pem new-ca.pem > ca.pem` makes a
    /// readable bundle.
    package static func writeFile(_ contents: String, to path: String, secret: Bool) throws {
        let contents = contents.hasSuffix("\n") ? contents : contents + "\n"
        let mode: mode_t = secret ? 0o600 : 0o644
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode)
        guard descriptor >= 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        defer { close(descriptor) }
        if fchmod(descriptor, mode) != 0 {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        let bytes = Array(contents.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            offset += count
        }
    }

    /// The 4 or 16 address bytes of an IPv4 or IPv6 literal, or nil for a host name.
    private static func ipAddressBytes(_ text: String) -> [UInt8]? {
        guard let address = try? SocketAddress(ipAddress: text, port: 0) else { return nil }
        // sockaddr_in keeps the address at bytes 4..<8, sockaddr_in6 at 8..<24.
        let range: Range<Int>
        switch address {
        case .v4: range = 4..<8
        case .v6: range = 8..<24
        default: return nil
        }
        return address.withSockAddr { pointer, size in
            guard size >= range.upperBound else { return nil }
            return Array(UnsafeRawBufferPointer(start: pointer, count: size)[range])
        }
    }
}
