import Foundation
import NIOCore
import NIOSSL

/// A service's or client's TLS material, read from a folder laid out by `diaoyan certs create`:
/// `ca.pem` (the deployment's CA, or several CAs during a CA rotation), `NAME.pem` (certificate chain) and
/// `NAME.key` (private key).
///
/// Contexts made from it speak TLS 1.3 only and require the peer to present a certificate signed by the CA.
/// Copies of one loaded identity share its material: after ``reload()`` (a service does it on SIGHUP) every
/// connection that starts, server or client side, uses the new files; connections already open keep theirs.
package struct TLSIdentity: Sendable {
    /// Why the material could not be loaded.
    package enum Error: Swift.Error, CustomStringConvertible {
        case missingFile(path: String)
        case unreadableFile(path: String, reason: String)
        /// The files were read but do not make a usable identity (a key of another certificate, a certificate no
        /// CA in `ca.pem` signed, an expired certificate).
        case inconsistent(reason: String)

        package var description: String {
            switch self {
            case .missingFile(let path): "TLS file \(path) does not exist (create one with `diaoyan certs create`)"
            case .unreadableFile(let path, let reason): "TLS file \(path) cannot be read: \(reason)"
            case .inconsistent(let reason): "TLS files do not fit together: \(reason)"
            }
        }
    }

    /// The name whose files were loaded (`normalizer`, `client`, …).
    package let name: String
    /// The material in use, shared by every copy of this identity.
    package let material: TLSMaterial

    package var trustRoots: [NIOSSLCertificate] { self.material.files.trustRoots }
    package var certificateChain: [NIOSSLCertificate] { self.material.files.certificateChain }
    package var privateKey: NIOSSLPrivateKey { self.material.files.privateKey }

    /// An identity given in memory; it never reloads.
    package init(
        name: String,
        trustRoots: [NIOSSLCertificate],
        certificateChain: [NIOSSLCertificate],
        privateKey: NIOSSLPrivateKey
    ) {
        self.name = name
        self.material = TLSMaterial(
            files: .init(trustRoots: trustRoots, certificateChain: certificateChain, privateKey: privateKey)
        )
    }

    private init(name: String, material: TLSMaterial) {
        self.name = name
        self.material = material
    }

    /// Loads `ca.pem`, `NAME.pem` and `NAME.key` from `directory`; ``reload()`` reads them again.
    package static func load(directory: String, name: String) throws(Error) -> TLSIdentity {
        TLSIdentity(name: name, material: try TLSMaterial(directory: directory, name: name))
    }

    /// Reads the files again and, when they fit together, uses them for every connection that starts from now on;
    /// otherwise throws and keeps the current material.
    @discardableResult
    package func reload() throws(Error) -> TLSMaterial.Summary {
        try self.material.reload()
    }

    /// How long a closing server connection waits for the peer's TLS `close_notify` before it closes the socket
    /// anyway (NIOSSL's default is 5 s, which a peer that does not read holds up in full at every shutdown).
    package static let serverCloseNotifyTimeout = TimeAmount.seconds(1)

    /// The current server context: TLS 1.3, peer certificate required and verified against the CA; a closing
    /// connection waits at most ``serverCloseNotifyTimeout`` for the peer's `close_notify`.
    package func makeServerContext() throws -> NIOSSLContext {
        try self.material.serverContext()
    }

    /// The current client context: TLS 1.3, presents this identity, verifies the server against the CA and its
    /// name.
    package func makeClientContext() throws -> NIOSSLContext {
        try self.material.clientContext()
    }
}
