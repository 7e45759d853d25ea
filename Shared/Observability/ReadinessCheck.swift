/// One thing `/readyz` asks before it says a service may take traffic: its store answers, its upstream is reached.
///
/// Checks run on every `/readyz` request, one after the other; a check should answer within a second or so (a
/// `SELECT 1`, a count, a flag read), since Kubernetes probes time out.
package struct ReadinessCheck: Sendable {
    /// A short name printed in the `/readyz` body (`outbox`, `store`, `normalizer`).
    package var name: String
    /// True when the part is ready; a throw counts as not ready and its description is printed.
    package var check: @Sendable () async throws -> Bool

    package init(name: String, check: @escaping @Sendable () async throws -> Bool) {
        self.name = name
        self.check = check
    }
}
