import DiaoyanWire
import Foundation

/// A deployment's certificates made for one test, plus a second, unrelated CA for negative tests.
package struct TestCertificates: Sendable {
    package let directory: TemporaryDirectory

    /// Writes a CA and the four components' certificates into a temporary folder.
    package init() throws {
        self.directory = try TemporaryDirectory("tls")
        try CertificateAuthority.createDeployment(in: self.directory.path)
    }

    /// The identity stored under `name` (`normalizer`, `extractor`, `aggregator`, `client`).
    package func identity(_ name: String) throws -> TLSIdentity {
        try TLSIdentity.load(directory: self.directory.path, name: name)
    }

    package func remove() {
        self.directory.remove()
    }
}
