/// An array's elements copied once into memory that is never written again and freed with the
/// buffer: code reads the elements through a plain pointer, valid while the buffer exists, with no
/// closure around the reading and no bounds checks or reference counting per element.
final class FrozenBuffer<Element: Sendable>: @unchecked Sendable {
    // Unchecked: the memory is written only here, before any other thread can see the buffer.
    let elements: UnsafeBufferPointer<Element>
    private let memory: UnsafeMutableBufferPointer<Element>

    init(_ array: [Element]) {
        memory = UnsafeMutableBufferPointer<Element>.allocate(capacity: array.count)
        _ = memory.initialize(from: array)
        elements = UnsafeBufferPointer(memory)
    }

    deinit {
        memory.deinitialize()
        memory.deallocate()
    }
}
