import DiaoyanModels
import Foundation
import Testing

@Suite struct ErrorBodyTests {
    @Test func retryableFollowsTheCodeByDefault() {
        for code in [ErrorBody.Code.busy, .storageFull, .unavailable, .idleTimeout] {
            #expect(ErrorBody(code: code, message: "m").retryable, "\(code)")
        }
        for code in [ErrorBody.Code.internal, .badJSON, .badRequest, .forbidden, .frameTooLarge, .notFound] {
            #expect(!ErrorBody(code: code, message: "m").retryable, "\(code)")
        }
        #expect(ErrorBody(code: .internal, message: "m", retryable: true).retryable)
    }

    @Test func alwaysEncodesRetryable() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(ErrorBody(code: .storageFull, message: "full", ref: "r1"))
        #expect(
            String(decoding: data, as: UTF8.self)
                == #"{"code":"storage_full","message":"full","ref":"r1","retryable":true}"#
        )
    }

    @Test func aBodyWithoutRetryableTakesTheCodesDefault() throws {
        let decoder = JSONDecoder()
        let busy = try decoder.decode(ErrorBody.self, from: Data(#"{"code":"busy","message":"later"}"#.utf8))
        #expect(busy == ErrorBody(code: .busy, message: "later"))
        #expect(busy.retryable)
        let said = try decoder.decode(
            ErrorBody.self,
            from: Data(#"{"code":"busy","message":"no","retryable":false}"#.utf8)
        )
        #expect(!said.retryable)
    }
}
