import ArgumentParser
import DiaoyanWire
import Foundation

/// `diaoyan certs`: the deployment's certificates.
struct CertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certs",
        abstract: "Create the certificates a deployment needs.",
        subcommands: [Create.self, Issue.self]
    )

    /// `diaoyan certs create`.
    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a new CA and certificates for normalizer, aggregator, extractor and client.",
            discussion: "Files: ca.pem, ca.key, NAME.pem, NAME.key. Keys are written with mode 0600."
        )

        @Option(help: "Folder to write into (created if missing).")
        var dir: String

        @Option(name: .customLong("host"), help: "An extra DNS name or IP address the services answer on (repeatable).")
        var hosts: [String] = []

        @Flag(help: "Replace certificates already in the folder.")
        var force = false

        func run() throws {
            let ca = URL(fileURLWithPath: self.dir).appendingPathComponent("ca.pem").path
            if FileManager.default.fileExists(atPath: ca), !self.force {
                throw ValidationError("\(ca) exists; use --force to replace the deployment's certificates")
            }
            for path in try CertificateAuthority.createDeployment(in: self.dir, hosts: self.hosts) {
                print(path)
            }
        }
    }

    /// `diaoyan certs issue`.
    struct Issue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue one more certificate from an existing CA (ca.pem + ca.key in --dir)."
        )

        @Option(help: "Folder holding ca.pem and ca.key; NAME.pem and NAME.key are written there.")
        var dir: String

        @Option(help: "Common name, also the file name.")
        var name: String

        @Option(help: "Role: client, extractor or service.")
        var role: String

        @Option(name: .customLong("host"), help: "An extra DNS name or IP address (repeatable).")
        var hosts: [String] = []

        func run() throws {
            guard let role = PeerRole(rawValue: self.role) else {
                throw ValidationError("role must be one of client, extractor, service")
            }
            let folder = URL(fileURLWithPath: self.dir)
            let authority = try CertificateAuthority(
                certificatePath: folder.appendingPathComponent("ca.pem").path,
                keyPath: folder.appendingPathComponent("ca.key").path
            )
            let issued = try authority.issue(name: self.name, role: role, hosts: self.hosts)
            let certificate = folder.appendingPathComponent("\(self.name).pem").path
            let key = folder.appendingPathComponent("\(self.name).key").path
            try CertificateAuthority.writeFile(issued.certificatePEM, to: certificate, secret: false)
            try CertificateAuthority.writeFile(issued.privateKeyPEM, to: key, secret: true)
            print(certificate)
            print(key)
        }
    }
}
