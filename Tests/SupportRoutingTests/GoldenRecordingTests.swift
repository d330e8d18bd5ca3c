import Foundation
import Testing

/// Recording a golden file writes it and fails the test, so a recording is never taken for a pass.
struct GoldenRecordingTests {
    @Test func aRecordingFailsTheTestThatMadeIt() throws {
        let folder = try TemporaryFolder()
        withKnownIssue("a recording must fail") {
            try CommandRunner.expectGolden("new output\n", "recorded.txt", in: folder.url, recording: true)
        }
        #expect(folder.read("recorded.txt") == "new output\n")
        try CommandRunner.expectGolden("new output\n", "recorded.txt", in: folder.url, recording: false)
    }
}
