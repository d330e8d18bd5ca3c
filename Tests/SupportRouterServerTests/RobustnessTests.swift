import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What a careless or hostile client does never takes the server down or gets a 500: a body still
/// arriving when the time limit passes, bodies over the limit (declared or sent, to the API and to the
/// forms), profiles with a hundred thousand mistakes, ids written with percent escapes.
struct RobustnessTests {
    /// A raw connection to the server at `port`, for requests no HTTP library would send.
    final class Connection {
        let socket: Int32

        init(port: Int) throws {
            socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var timeout = timeval(tv_sec: 20, tv_usec: 0)
            setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            try #require(connected == 0, "cannot connect to the server")
        }

        func send(_ text: String) { _ = text.withCString { write(socket, $0, strlen($0)) } }

        /// What the server sends until it closes the connection or goes quiet for 20 seconds.
        func received() -> String {
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(socket, &buffer, buffer.count)
                if count <= 0 { break }
                bytes += buffer[..<count]
                if String(decoding: bytes, as: UTF8.self).contains("\r\n\r\n{") { break }
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        deinit { close(socket) }
    }

    @Test func aBodyStillArrivingWhenTheTimeLimitPassesNeverTakesTheServerDown() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("support-router-slow-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try DurabilityTests.Running(
            database: folder.appendingPathComponent("records.sqlite").path, arguments: ["--time-limit", "0.3"])
        defer { server.kill9() }
        try await server.waitUntilReady()

        // Half a profile, then a pause three times the limit, then the rest: the body is read whole before
        // the clock starts, so the answer is the route.
        let profile = "phase: primary\nself_evaluation:\n  needs_external_help: false\n"
        let slow = try Connection(port: server.port)
        slow.send("POST /v1/route HTTP/1.1\r\nHost: test\r\nContent-Length: \(profile.utf8.count)\r\n\r\n")
        slow.send(String(profile.prefix(10)))
        try await Task.sleep(for: .milliseconds(900))
        slow.send(String(profile.dropFirst(10)))
        let answer = slow.received()
        #expect(answer.hasPrefix("HTTP/1.1 200"), "\(answer.prefix(200))")
        #expect(answer.contains("\"id\":\"self-evaluation\""))

        // A body declared larger than the limit is refused at once, before a byte of it is read.
        let huge = try Connection(port: server.port)
        huge.send("POST /v1/route HTTP/1.1\r\nHost: test\r\nContent-Length: 99999999999\r\n\r\nphase")
        let refused = huge.received()
        #expect(refused.hasPrefix("HTTP/1.1 413"), "\(refused.prefix(200))")
        #expect(refused.contains("\"type\" : \"/v1/problems/too-large\""))

        // A client that sends half a body and stops is still waiting when the limit passes: the server
        // stays up for everyone else.
        let stalled = try Connection(port: server.port)
        stalled.send("POST /login HTTP/1.1\r\nHost: test\r\nContent-Length: 40\r\n\r\ntoken=")
        try await Task.sleep(for: .milliseconds(900))
        let health = try await URLSession.shared.data(from: server.url("/health"))
        #expect(String(decoding: health.0, as: UTF8.self) == "ok\n")
        #expect(server.process.isRunning)
    }

    @Test func aFormOverTheLimitIsAProblemNotAnError() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        try await server.test { client in
            let (cookie, value) = try await PageTests.csrf(client, "england-2008")
            let (type, body) = PageTests.multipart([
                ("csrf", nil, Array(value.utf8)),
                ("upload", "big.yaml", Array(repeating: UInt8(ascii: "#"), count: (1 << 20) + 10)),
            ])
            for (contentType, sent) in [
                (type, body), ("application/x-www-form-urlencoded", ByteBuffer(repeating: 0x61, count: (1 << 20) + 1)),
            ] {
                try await client.execute(
                    uri: "/rulesets/england-2008/answer", method: .post,
                    headers: [.cookie: cookie, .contentType: contentType], body: sent
                ) { response in
                    #expect(response.status == .contentTooLarge)
                    #expect(String(buffer: response.body).contains("<h1>The request is too large</h1>"))
                }
            }
        }
    }

    @Test func aProfileWithAHundredThousandMistakesListsTheFirstHundred() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        let profile = (0..<5_000).map { "unknown_fact_\($0): 1" }.joined(separator: "\n")
        try await server.test { client in
            try await client.execute(uri: "/v1/route", method: .post, body: ByteBuffer(string: profile)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.body.readableBytes < 100_000)
                let problem = try ServerFixture.json(response)
                #expect((problem["diagnostics"] as? [Any])?.count == 100)
                #expect((problem["detail"] as? String)?.hasSuffix("; the first 100 are listed") == true)
            }
        }
    }

    @Test func idsWrittenWithPercentEscapesAreDecoded() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        try await server.test { client in
            try await client.execute(uri: "/rulesets/england%2D2008", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/v1/rulesets/england%2D2026/facts", method: .get) {
                #expect($0.status == .ok)
            }
        }
    }

    @Test func theServerSaysThePortItGotAndAPortInUseIsAClearError() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("support-router-port-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Any 127.x.x.x address is this machine: no token is needed.
        let first = Process()
        first.executableURL = DurabilityTests.executable
        first.arguments = [
            "--host", "127.0.0.2", "--port", "0", "--db", folder.appendingPathComponent("a.sqlite").path,
        ]
        let output = Pipe()
        first.standardOutput = output
        first.standardError = FileHandle.nullDevice
        try first.run()
        defer {
            kill(first.processIdentifier, SIGKILL)
            first.waitUntilExit()
        }
        var said = ""
        let deadline = Date().addingTimeInterval(20)
        while !said.contains("\n"), Date() < deadline {
            said += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        let address = try #require(said.firstRange(of: "http://127.0.0.2:"), "\(said)")
        let port = try #require(Int(said[address.upperBound...].prefix { $0.isNumber }))
        #expect(port > 0)
        let health = try await URLSession.shared.data(from: URL(string: "http://127.0.0.2:\(port)/health")!)
        #expect(String(decoding: health.0, as: UTF8.self) == "ok\n")

        let second = try FileEdgeTests.run([
            "--host", "127.0.0.2", "--port", "\(port)", "--db", folder.appendingPathComponent("b.sqlite").path,
        ])
        #expect(second.status == 1)
        #expect(
            second.stderr.contains("error: cannot listen on 127.0.0.2:\(port): Address already in use"),
            "\(second.stderr)")
    }
}
