extension String {
    /// The text in `bytes`, or `nil` when they are not valid UTF-8, rather than the repaired text
    /// `String(decoding:as:)` gives: a garbled row must be reported, not silently changed.
    init?(strictUTF8 bytes: some Collection<UInt8>) {
        if #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) {
            self.init(validating: bytes, as: UTF8.self)
        } else {
            // Older Apple systems lack the validating initialiser; repaired text differs from its bytes.
            let repaired = String(decoding: bytes, as: UTF8.self)
            guard repaired.utf8.elementsEqual(bytes) else { return nil }
            self = repaired
        }
    }
}
