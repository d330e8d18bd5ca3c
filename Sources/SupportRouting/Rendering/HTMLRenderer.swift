/// Renders an explanation as one self-contained HTML page that a head teacher can open and read.
public enum HTMLRenderer {
    /// The whole explanation as an HTML document with its styles inline.
    public static func render(_ explanation: Explanation) -> String {
        "<!doctype html>\n"
    }
}
