import Foundation
import NIOSSL
import SwiftASN1
import Synchronization
import X509

/// The certificates and key one ``TLSIdentity`` presents and trusts, and the TLS contexts made from them, which a
/// reload replaces as one.
///
/// Contexts are made once per material and shared by every connection that starts while it is current: a
/// connection keeps the context it started with, so a reload changes new connections only. A reload that reads
/// anything inconsistent (a key that is not the certificate's, a certificate no trusted CA signed, an expired
/// certificate, a half-written file) throws and leaves the current material in place.
package final class TLSMaterial: Sendable {
    /// One consistent set of files as read.
    package struct Files: Sendable {
        package var trustRoots: [NIOSSLCertificate]
        package var certificateChain: [NIOSSLCertificate]
        package var privateKey: NIOSSLPrivateKey
    }

    /// What a reload installed, for the log line that reports it.
    package struct Summary: Sendable, Hashable {
        /// How many times the material was replaced since the process started.
        package var generation: Int
        /// The leaf certificate's serial number, hex.
        package var serialNumber: String
        /// The leaf certificate's expiry.
        package var notValidAfter: Date
        /// The trusted CAs' common names.
        package var trustedAuthorities: [String]
    }

    private struct State {
        var files: Files
        var generation = 0
        var serverContext: NIOSSLContext?
        var clientContext: NIOSSLContext?
    }

    /// Where reloads read from: nil for material given in memory, which never reloads.
    private let source: (directory: String, name: String)?
    private let state: Mutex<State>

    /// Material given in memory; ``reload()`` keeps it as it is.
    package init(files: Files) {
        self.source = nil
        self.state = Mutex(State(files: files))
    }

    /// Material read from `ca.pem`, `NAME.pem` and `NAME.key` in `directory`, which ``reload()`` reads again.
    package init(directory: String, name: String) throws(TLSIdentity.Error) {
        self.source = (directory, name)
        self.state = Mutex(State(files: try Self.read(directory: directory, name: name)))
    }

    /// The files currently in use.
    package var files: Files { self.state.withLock { $0.files } }

    /// Whether ``reload()`` reads files (false for material given in memory).
    package var isReloadable: Bool { self.source != nil }

    /// The current server context, made on first use after each reload.
    package func serverContext() throws -> NIOSSLContext {
        try self.state.withLock { state in
            if let context = state.serverContext { return context }
            let context = try Self.makeServerContext(state.files)
            state.serverContext = context
            return context
        }
    }

    /// The current client context, made on first use after each reload.
    package func clientContext() throws -> NIOSSLContext {
        try self.state.withLock { state in
            if let context = state.clientContext { return context }
            let context = try Self.makeClientContext(state.files)
            state.clientContext = context
            return context
        }
    }

    /// Reads the files again, checks them, and makes them current for the connections that start from now on.
    ///
    /// Nothing changes when the files cannot be read or do not fit together; the error says why.
    /// - Returns: what is now in use.
    @discardableResult
    package func reload() throws(TLSIdentity.Error) -> Summary {
        guard let source = self.source else {
            return try Self.summary(of: self.files, generation: self.state.withLock { $0.generation })
        }
        let files = try Self.read(directory: source.directory, name: source.name)
        let summary = try Self.summary(of: files, generation: 0)
        let server: NIOSSLContext
        let client: NIOSSLContext
        do {
            server = try Self.makeServerContext(files)
            client = try Self.makeClientContext(files)
        } catch {
            throw .inconsistent(reason: "BoringSSL refused the material: \(error)")
        }
        let generation = self.state.withLock { state in
            state = State(
                files: files,
                generation: state.generation + 1,
                serverContext: server,
                clientContext: client
            )
            return state.generation
        }
        var installed = summary
        installed.generation = generation
        return installed
    }

    /// Reads `ca.pem`, `NAME.pem` and `NAME.key` and checks that they fit together.
    private static func read(directory: String, name: String) throws(TLSIdentity.Error) -> Files {
        let folder = URL(fileURLWithPath: directory)
        let caPath = folder.appendingPathComponent("ca.pem").path
        let certificatePath = folder.appendingPathComponent("\(name).pem").path
        let keyPath = folder.appendingPathComponent("\(name).key").path
        for path in [caPath, certificatePath, keyPath] where !FileManager.default.fileExists(atPath: path) {
            throw .missingFile(path: path)
        }
        func read<T>(_ path: String, _ body: () throws -> T) throws(TLSIdentity.Error) -> T {
            do {
                return try body()
            } catch {
                throw .unreadableFile(path: path, reason: String(describing: error))
            }
        }
        let keyPEM = try read(keyPath) { try String(contentsOfFile: keyPath, encoding: .utf8) }
        let files = Files(
            trustRoots: try read(caPath) { try NIOSSLCertificate.fromPEMFile(caPath) },
            certificateChain: try read(certificatePath) { try NIOSSLCertificate.fromPEMFile(certificatePath) },
            privateKey: try read(keyPath) { try NIOSSLPrivateKey(bytes: Array(keyPEM.utf8), format: .pem) }
        )
        let key = try read(keyPath) { try Certificate.PrivateKey(pemEncoded: keyPEM) }
        try Self.check(files, key: key)
        return files
    }

    /// Refuses material whose key is not the leaf's, whose leaf no trusted CA signed, or whose leaf has expired.
    private static func check(_ files: Files, key: Certificate.PrivateKey) throws(TLSIdentity.Error) {
        do {
            guard let leafCertificate = files.certificateChain.first else {
                throw TLSIdentity.Error.inconsistent(reason: "the certificate file holds no certificate")
            }
            let leaf = try Certificate(derEncoded: try leafCertificate.toDERBytes())
            guard key.publicKey == leaf.publicKey else {
                throw TLSIdentity.Error.inconsistent(reason: "the private key does not belong to the certificate")
            }
            let roots = try files.trustRoots.map { try Certificate(derEncoded: try $0.toDERBytes()) }
            guard
                roots.contains(where: {
                    $0.subject == leaf.issuer && $0.publicKey.isValidSignature(leaf.signature, for: leaf)
                })
            else {
                throw TLSIdentity.Error.inconsistent(reason: "no CA in ca.pem signed the certificate")
            }
            guard leaf.notValidAfter > Date() else {
                throw TLSIdentity.Error.inconsistent(reason: "the certificate expired at \(leaf.notValidAfter)")
            }
        } catch let error as TLSIdentity.Error {
            throw error
        } catch {
            throw .inconsistent(reason: String(describing: error))
        }
    }

    private static func summary(of files: Files, generation: Int) throws(TLSIdentity.Error) -> Summary {
        do {
            let leaf = try Certificate(derEncoded: try files.certificateChain.first?.toDERBytes() ?? [])
            let authorities = try files.trustRoots.map { root in
                let parsed = try Certificate(derEncoded: try root.toDERBytes())
                return parsed.subject.compactMap { rdn in
                    rdn.first { $0.type == .RDNAttributeType.commonName }.flatMap { String($0.value) }
                }.first ?? "\(parsed.subject)"
            }
            return Summary(
                generation: generation,
                serialNumber: leaf.serialNumber.bytes.map { String(format: "%02x", $0) }.joined(),
                notValidAfter: leaf.notValidAfter,
                trustedAuthorities: authorities
            )
        } catch {
            throw .inconsistent(reason: String(describing: error))
        }
    }

    private static func makeServerContext(_ files: Files) throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeServerConfigurationWithMTLS(
            certificateChain: files.certificateChain.map { .certificate($0) },
            privateKey: .privateKey(files.privateKey),
            trustRoots: .certificates(files.trustRoots)
        )
        configuration.minimumTLSVersion = .tlsv13
        configuration.maximumTLSVersion = .tlsv13
        configuration.shutdownTimeout = TLSIdentity.serverCloseNotifyTimeout
        return try NIOSSLContext(configuration: configuration)
    }

    private static func makeClientContext(_ files: Files) throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv13
        configuration.maximumTLSVersion = .tlsv13
        configuration.trustRoots = .certificates(files.trustRoots)
        configuration.certificateChain = files.certificateChain.map { .certificate($0) }
        configuration.privateKey = .privateKey(files.privateKey)
        configuration.certificateVerification = .fullVerification
        return try NIOSSLContext(configuration: configuration)
    }
}
