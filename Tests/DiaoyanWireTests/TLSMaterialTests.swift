import DiaoyanWire
import Foundation
import NIOSSL
import TestSupport
import Testing

/// What a reload of TLS files takes and what it refuses; the end-to-end rotation is `CertificateRotationTests`.
@Suite struct TLSMaterialTests {
    @Test func aReloadTakesNewFilesForNewContextsAndCopiesShareThem() throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let identity = try certificates.identity("normalizer")
        let copy = identity
        let before = try identity.makeServerContext()
        #expect(try identity.makeServerContext() === before, "one context per material, not per connection")

        let authority = try CertificateAuthority(
            certificatePath: certificates.directory.file("ca.pem").path,
            keyPath: certificates.directory.file("ca.key").path
        )
        let issued = try authority.issue(name: "normalizer", role: .service)
        try CertificateAuthority.writeFile(
            issued.privateKeyPEM,
            to: certificates.directory.file("normalizer.key").path,
            secret: true
        )
        try CertificateAuthority.writeFile(
            issued.certificatePEM,
            to: certificates.directory.file("normalizer.pem").path,
            secret: false
        )

        let summary = try identity.reload()
        #expect(summary.generation == 1)
        #expect(try copy.makeServerContext() !== before, "a copy sees the reload")
        #expect(copy.certificateChain == (try NIOSSLCertificate.fromPEMBytes(Array(issued.certificatePEM.utf8))))
    }

    @Test func aKeyOfAnotherCertificateIsRefusedAndTheOldMaterialStays() throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let identity = try certificates.identity("normalizer")
        let chain = identity.certificateChain
        let context = try identity.makeServerContext()
        let otherKey = try String(contentsOf: certificates.directory.file("aggregator.key"), encoding: .utf8)
        try CertificateAuthority.writeFile(
            otherKey,
            to: certificates.directory.file("normalizer.key").path,
            secret: true
        )

        #expect(throws: TLSIdentity.Error.self) { try identity.reload() }
        #expect(identity.certificateChain == chain)
        #expect(try identity.makeServerContext() === context)
    }

    @Test func aCertificateNoTrustedCASignedIsRefused() throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let identity = try certificates.identity("normalizer")
        let stranger = try CertificateAuthority(commonName: "Someone else").issue(name: "normalizer", role: .service)
        try CertificateAuthority.writeFile(
            stranger.privateKeyPEM,
            to: certificates.directory.file("normalizer.key").path,
            secret: true
        )
        try CertificateAuthority.writeFile(
            stranger.certificatePEM,
            to: certificates.directory.file("normalizer.pem").path,
            secret: false
        )

        #expect(throws: TLSIdentity.Error.self) { try identity.reload() }
        #expect(throws: TLSIdentity.Error.self) { try certificates.identity("normalizer") }
    }
}
