import SupportRoutingRendering

/// The frame of every page: the linked stylesheet (pages allow no inline style or script), the
/// navigation, and a main region.
enum PageLayout {
    /// The styles the pages link: the explanation's own, and the form's.
    static let stylesheet =
        HTMLRenderer.stylesheet + """

            nav{display:flex;gap:1rem;margin-bottom:1rem}
            form .fact{margin:.9rem 0;padding:.6rem .8rem;border:1px solid var(--line);border-radius:6px}
            form .fact label,form legend{display:block;font-weight:600;margin-bottom:.3rem}
            form .fact .name{font-weight:400;color:var(--muted);font-size:.9em}
            form select,form input[type=number],form input[type=text],form textarea{font:inherit;padding:.3rem;max-width:100%}
            form textarea{width:100%;min-height:8rem;font-family:ui-monospace,monospace}
            form fieldset{border:0;padding:0;margin:0}
            form fieldset label{display:inline-block;font-weight:400;margin-right:1rem}
            button{font:inherit;padding:.5rem 1.2rem;background:var(--accent);color:#fff;border:0;border-radius:6px;cursor:pointer}
            button:focus,a:focus,select:focus,input:focus,textarea:focus{outline:3px solid #f9b000;outline-offset:2px}
            .banner{padding:.6rem .9rem;border-radius:6px;background:var(--accent-bg);margin:1rem 0}
            .banner.warn{background:#fff4d6}
            table.list{border-collapse:collapse;width:100%}
            table.list td,table.list th{border-bottom:1px solid var(--line);padding:.4rem;text-align:left}
            ol.partners{list-style:none;padding-left:0}
            ol.partners li{margin:.5rem 0}
            svg{max-width:100%;height:auto}

            """

    /// A page with this title and body.
    static func document(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title)) · support-router</title>
        <link rel="stylesheet" href="/assets/style.css">
        </head>
        <body>
        <main>
        \(navigation)
        \(body)
        </main>
        </body>
        </html>

        """
    }

    static let navigation = """
        <nav aria-label="Site"><a href="/">Rule sets</a><a href="/schools">Schools</a><a href="/decisions">Decisions</a><a href="/v1/openapi.json">API</a></nav>
        """
}
