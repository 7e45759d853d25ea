import Foundation
import NIOCore
import NIOSSL

/// A service's or client's TLS material, read from a folder laid out by `diaoyan certs create`:
/// `ca.pem` (the deployment's CA), `NAME.pem` (certificate chain) and `NAME.key` (private key).
///
/// Contexts made from it speak TLS 1.3 only and require the peer to present a certificate signed by the CA.
package struct TLSIdentity: Sendable {
    /// Why the material could not be loaded.
    package enum Error: Swift.Error, CustomStringConvertible {
        case missingFile(path: String)
        case unreadableFile(path: String, reason: String)

        package var description: String {
            switch self {
            case .missingFile(let path): "TLS file \(path) does not exist (create one with `diaoyan certs create`)"
            case .unreadableFile(let path, let reason): "TLS file \(path) cannot be read: \(reason)"
            }
        }
    }

    /// The name whose files were loaded (`normalizer`, `client`, …).
    package let name: String
    package let trustRoots: [NIOSSLCertificate]
    package let certificateChain: [NIOSSLCertificate]
    package let privateKey: NIOSSLPrivateKey

    package init(
        name: String,
        trustRoots: [NIOSSLCertificate],
        certificateChain: [NIOSSLCertificate],
        privateKey: NIOSSLPrivateKey
    ) {
        self.name = name
        self.trustRoots = trustRoots
        self.certificateChain = certificateChain
        self.privateKey = privateKey
    }

    /// Loads `ca.pem`, `NAME.pem` and `NAME.key` from `directory`.
    package static func load(directory: String, name: String) throws(Error) -> TLSIdentity {
        let folder = URL(fileURLWithPath: directory)
        let caPath = folder.appendingPathComponent("ca.pem").path
        let certificatePath = folder.appendingPathComponent("\(name).pem").path
        let keyPath = folder.appendingPathComponent("\(name).key").path
        for path in [caPath, certificatePath, keyPath] where !FileManager.default.fileExists(atPath: path) {
            throw .missingFile(path: path)
        }
        func read<T>(_ path: String, _ body: () throws -> T) throws(Error) -> T {
            do {
                return try body()
            } catch {
                throw .unreadableFile(path: path, reason: String(describing: error))
            }
        }
        let roots = try read(caPath) { try NIOSSLCertificate.fromPEMFile(caPath) }
        let chain = try read(certificatePath) { try NIOSSLCertificate.fromPEMFile(certificatePath) }
        let key = try read(keyPath) { try NIOSSLPrivateKey(file: keyPath, format: .pem) }
        return TLSIdentity(name: name, trustRoots: roots, certificateChain: chain, privateKey: key)
    }

    /// How long a closing server connection waits for the peer's TLS `close_notify` before it closes the socket
    /// anyway (NIOSSL's default is 5 s, which a peer that does not read holds up in full at every shutdown).
    package static let serverCloseNotifyTimeout = TimeAmount.seconds(1)

    /// A server context: TLS 1.3, peer certificate required and verified against the CA; a closing connection
    /// waits at most ``serverCloseNotifyTimeout`` for the peer's `close_notify`.
    package func makeServerContext() throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeServerConfigurationWithMTLS(
            certificateChain: self.certificateChain.map { .certificate($0) },
            privateKey: .privateKey(self.privateKey),
            trustRoots: .certificates(self.trustRoots)
        )
        configuration.minimumTLSVersion = .tlsv13
        configuration.maximumTLSVersion = .tlsv13
        configuration.shutdownTimeout = Self.serverCloseNotifyTimeout
        return try NIOSSLContext(configuration: configuration)
    }

    /// A client context: TLS 1.3, presents this identity, verifies the server against the CA and its name.
    package func makeClientContext() throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv13
        configuration.maximumTLSVersion = .tlsv13
        configuration.trustRoots = .certificates(self.trustRoots)
        configuration.certificateChain = self.certificateChain.map { .certificate($0) }
        configuration.privateKey = .privateKey(self.privateKey)
        configuration.certificateVerification = .fullVerification
        return try NIOSSLContext(configuration: configuration)
    }
}
