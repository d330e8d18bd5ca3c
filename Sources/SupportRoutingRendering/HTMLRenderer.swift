public import SupportRouting

/// Renders an explanation as one self-contained HTML page that a head teacher can open and read.
///
/// The page has no scripts and loads nothing: it must open from an email attachment or a shared
/// drive, and print cleanly for a governors' meeting. All text from the rules or the profile is
/// escaped with ``HTML/escape(_:)``.
public enum HTMLRenderer {
    /// The whole explanation as an HTML document with its styles inline.
    public static func render(_ explanation: Explanation) -> String {
        render(explanation, stylesheetLink: nil, counterfactualLink: nil)
    }

    /// The whole explanation as an HTML document; with `stylesheetLink`, the styles are linked from
    /// there rather than inline (for a server whose pages allow no inline style), and with
    /// `counterfactualLink`, each change that would give another answer links to where it is tried;
    /// `before` and `after` are markup put before the header and before the footer.
    public static func render(
        _ explanation: Explanation, stylesheetLink: String?,
        counterfactualLink: ((Int, Explanation.Counterfactual) -> String?)?, before: String = "", after: String = ""
    ) -> String {
        let name = explanation.profile.name ?? explanation.profile.file
        let rules = explanation.ruleSet
        var page = """
            <!doctype html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(name)): support recommendation</title>
            \(stylesheetLink.map { "<link rel=\"stylesheet\" href=\"\(HTML.escape($0))\">" } ?? "<style>\(stylesheet)</style>")
            </head>
            <body>
            <main>
            \(before)<header>
            <p class="eyebrow">Support recommendation</p>
            <h1>\(HTML.escape(name))</h1>\n
            """
        if let story = explanation.profile.story { page += "<p class=\"story\">\(HTML.escape(story))</p>\n" }
        page +=
            "<p class=\"meta\">Profile \(HTML.code(explanation.profile.file)) · Rules: \(HTML.escape(rules.title)), "
        page +=
            "version \(HTML.escape(rules.version)) (\(HTML.code(rules.id)), \(HTML.code(rules.file)))</p>\n</header>\n"
        page += section("Our recommendation", answer(explanation))
        let reasons = explanation.reasons.map { reason in
            "<li>\(HTML.inline(reason.text))\(reason.rule.map { " <span class=\"rule-id\">(rule \(HTML.code($0)))</span>" } ?? "")</li>"
        }
        page += section("Why", "<ul class=\"reasons\">\n\(reasons.joined(separator: "\n"))\n</ul>\n")
        page += section("How we got there", walk(explanation))
        page += section("Advice", advice(explanation.advice))
        page += section("The facts we used", facts(explanation))
        page += section("What would change the answer", counterfactuals(explanation, link: counterfactualLink))
        page += after
        page += "<footer class=\"meta\">Worked out by support-router from the rule set \(HTML.code(rules.id)). "
        page +=
            "Every step can be checked against the rules and the profile named above.</footer>\n</main>\n</body>\n</html>\n"
        return page
    }

    private static func section(_ title: String, _ body: String) -> String {
        "<section>\n<h2>\(title)</h2>\n\(body)</section>\n"
    }

    private static func answer(_ explanation: Explanation) -> String {
        if let route = explanation.route {
            return """
                <div class="card">
                <p class="eyebrow">We recommend</p>
                <h3 class="route-title">\(HTML.escape(route.title))</h3>
                <p class="route-id">Step \(route.rung) on the path of support · \(HTML.code(route.id))</p>
                <dl>
                <dt>Brokered by</dt><dd>\(HTML.escape(route.brokeredBy))</dd>
                <dt>What it involves</dt><dd>\(HTML.escape(route.involves))</dd>
                </dl>
                </div>\n
                """
        }
        let missing = explanation.decidingFacts.map { name in
            let description = explanation.facts.first { $0.name == name }?.description
            return "<li>\(HTML.code(name))\(description.map { " — \(HTML.escape($0))" } ?? "")</li>"
        }
        let options = explanation.possible.map { option in
            let when = option.when.map { "\(HTML.code($0.fact)) is \(HTML.code($0.to))" }.joined(separator: " and ")
            return """
                <li><strong>\(HTML.escape(option.route.title))</strong> \
                <span class="route-id">(step \(option.route.rung) · \(HTML.code(option.route.id)))</span><br>
                for example if \(when).<br><span class="muted">Brokered by:</span> \(HTML.escape(option.route.brokeredBy))</li>
                """
        }
        return """
            <div class="card undecided">
            <p class="eyebrow">We cannot recommend one route yet</p>
            <h3 class="route-title">The answer depends on facts the profile does not give</h3>
            <p><strong>Please find out:</strong></p>
            <ul>\n\(missing.joined(separator: "\n"))\n</ul>
            <p><strong>Depending on the answer, we would recommend one of:</strong></p>
            <ul class="options">\n\(options.joined(separator: "\n"))\n</ul>
            \(explanation.possibleRoutesNote.map { "<p class=\"muted\">Note: \(HTML.escape($0)).</p>\n" } ?? "")</div>\n
            """
    }

    private static func walk(_ explanation: Explanation) -> String {
        var html = "<p>We start at the step of the path that the school's situation calls for, then look one step up "
        html += "at a time, moving up only when a reason to do so applies.</p>\n"
        if !explanation.rungs.isEmpty {
            html += "<ol class=\"ladder\" aria-label=\"The steps we looked at\">\n"
            for (index, rung) in explanation.rungs.enumerated() {
                let final = index == explanation.rungs.count - 1
                // The last rung reached is the answer, or where the missing facts stopped the walk.
                let label = !final ? "Moved up" : explanation.isDecided ? "Our recommendation" : "Could not decide"
                html += "<li\(final ? " class=\"final \(explanation.isDecided ? "yes" : "unknown")\"" : "")>"
                html +=
                    "<span class=\"step\">Step \(rung.route.rung)</span> \(HTML.escape(rung.route.title)) <span class=\"what\">\(label)</span></li>\n"
            }
            html += "</ol>\n"
        }
        html += "<h3>Where we started</h3>\n"
        if explanation.startAt.isEmpty {
            html += "<p>The rules have no reasons to start higher up the path.</p>\n"
        } else {
            html += "<p>Some facts put a school straight onto a higher step. We checked these first:</p>\n"
            html += rules(explanation.startAt)
        }
        if let start = explanation.startedAt {
            html += "<p>So we started at <strong>\(HTML.escape(start.title))</strong> (\(HTML.code(start.id))).</p>\n"
        } else {
            html += "<p>Where we start depends on facts the profile does not give.</p>\n"
        }
        for rung in explanation.rungs {
            html +=
                "<h3>Step \(rung.route.rung): \(HTML.escape(rung.route.title)) <span class=\"route-id\">\(HTML.code(rung.route.id))</span></h3>\n"
            html += "<p class=\"outcome\"><strong>\(outcomeText(rung))</strong></p>\n"
            if !rung.rules.isEmpty { html += rules(rung.rules) }
        }
        return html
    }

    private static func rules(_ rules: [Explanation.RuleReport]) -> String {
        var html = "<ul class=\"rules\">\n"
        for rule in rules {
            html +=
                "<li class=\"rule \(rule.result.rawValue)\">\n<p>\(verdict(rule.result, rule: true)) \(HTML.escape(rule.because)) "
            html += "<span class=\"rule-id\">(rule \(HTML.code(rule.id)))</span></p>\n"
            if let standing = TextRenderer.standingText(rule.standing, rule.sourceNote) {
                html += "<p class=\"meta\">Standing: \(HTML.escape(standing))</p>\n"
            }
            html += "<ul class=\"cond\">\n\(condition(rule.condition))</ul>\n</li>\n"
        }
        return html + "</ul>\n"
    }

    private static func condition(_ condition: Explanation.ConditionReport) -> String {
        var html = "<li><code class=\"expr\">\(HTML.escape(condition.text))</code> "
        if let fact = condition.fact {
            let value =
                condition.actual.map { HTML.code($0) } ?? "<em>not known</em>"
            // A bare boolean fact would otherwise be named twice in a row.
            html += "<span class=\"actual\">— \(condition.text == fact ? "it" : HTML.code(fact)) is \(value)"
            html += "\(condition.actualIsDefault ? " <span class=\"tag\">assumed default</span>" : "")</span> "
        }
        html += verdict(condition.result, rule: false)
        if !condition.parts.isEmpty {
            html += "\n<ul class=\"cond\">\n\(condition.parts.map(Self.condition).joined())</ul>\n"
        }
        return html + "</li>\n"
    }

    /// The result in words with a symbol, so colour is never the only signal.
    private static func verdict(_ truth: Truth, rule: Bool) -> String {
        let (symbol, words): (String, String) =
            switch truth {
            case .yes: ("✓", rule ? "applies" : "true")
            case .no: ("✗", rule ? "does not apply" : "false")
            case .unknown: ("?", "unknown — a fact is missing")
            }
        return "<span class=\"verdict \(truth.rawValue)\"><span aria-hidden=\"true\">\(symbol)</span> \(words)</span>"
    }

    private static func advice(_ advice: [Explanation.AdviceReport]) -> String {
        if advice.isEmpty { return "<p>No extra advice applies to this school.</p>\n" }
        return advice.map { note in
            """
            <div class="advice">
            <p class="says">\(HTML.escape(note.says))</p>
            <p><strong>Because:</strong> \(HTML.escape(note.because))</p>
            <blockquote><p>“\(HTML.escape(note.quote))”</p><p class="meta">Source: \(HTML.code(note.document)) \
            · rule \(HTML.code(note.id))\(TextRenderer.standingText(note.standing, note.sourceNote).map { " · standing: \(HTML.escape($0))" } ?? "")</p></blockquote>
            </div>\n
            """
        }.joined()
    }

    private static func facts(_ explanation: Explanation) -> String {
        var html = ""
        let assumed = explanation.defaultsUsed.filter(\.usedByWalk)
        if !assumed.isEmpty {
            html += "<div class=\"note\"><p><strong>We assumed some facts.</strong> The profile does not give these, "
            html += "so we used the usual value. If one is wrong for your school, the answer may change:</p>\n<ul>\n"
            for fact in assumed {
                html +=
                    "<li>We took \(HTML.code(fact.value ?? "")) for \(HTML.code(fact.name)) "
                    + "<span class=\"muted\">(\(HTML.escape(fact.description)))</span></li>\n"
            }
            html += "</ul></div>\n"
        }
        html +=
            "<p>Facts marked <strong>used</strong> were read by a rule on the way to this answer; the others played no part in it.</p>\n"
        html +=
            "<table>\n<thead><tr><th scope=\"col\">Fact</th><th scope=\"col\">Value</th><th scope=\"col\">Where it came from</th>"
        html += "<th scope=\"col\">Used for this answer</th></tr></thead>\n<tbody>\n"
        for fact in explanation.facts {
            let origin: String =
                switch fact.origin {
                case .given: "Given in the profile"
                case .defaulted: "<span class=\"tag\">assumed default</span>"
                case .missing: "<em>Not known</em> (no default)"
                case .unknown: "<em>Not known</em> (the profile says so)"
                case .derived: "<span class=\"tag\">worked out</span> from other facts"
                }
            html +=
                "<tr><td data-label=\"Fact\">\(HTML.code(fact.name))<br><span class=\"muted\">\(HTML.escape(fact.description))</span></td>"
            html += "<td data-label=\"Value\">\(fact.value.map(HTML.code) ?? "<em>not known</em>")</td>"
            html += "<td data-label=\"Where it came from\">\(origin)</td>"
            html +=
                "<td data-label=\"Used for this answer\">\(fact.usedByWalk ? "<strong>◆ Used</strong>" : "No")</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// What happened at a step, in the page's own words ("step", not "rung").
    private static func outcomeText(_ rung: Explanation.RungReport) -> String {
        switch rung.outcome {
        case .climbed: "We moved up: a reason to look further up the path applies."
        case .stopped:
            rung.rules.isEmpty
                ? "We stop here: nothing on this step sends a school further up."
                : "We stop here: none of the reasons to move further up applies."
        case .pastTop: "We stop here: this is the top of the path, though a reason to move up applies."
        case .undecided: "We cannot tell yet: a missing fact decides whether to move up."
        }
    }

    private static func counterfactuals(
        _ explanation: Explanation, limit: Int = 12, link: ((Int, Explanation.Counterfactual) -> String?)? = nil
    ) -> String {
        guard explanation.isDecided else {
            return
                "<p>Once the missing facts above are known, the answer will be one of the routes shown under “Our recommendation”.</p>\n"
        }
        if explanation.counterfactuals.isEmpty {
            return "<p>No change to one or two facts would give a different answer.</p>\n"
        }
        var html = "<p>The smallest changes to the facts that would lead us to recommend something else:</p>\n"
        for size in [1, 2] {
            let found = explanation.counterfactuals.filter { $0.changes.count == size }
            guard !found.isEmpty else { continue }
            html += size == 1 ? "<h3>If one fact were different</h3>\n" : "<h3>If two facts were different</h3>\n"
            html += "<ul class=\"changes\">\n"
            for counterfactual in found.prefix(limit) {
                let changes = counterfactual.changesPhrase(HTML.code)
                var item: String
                if let route = counterfactual.route {
                    item = "If \(changes), we would recommend "
                    item += "<strong>\(HTML.escape(route.title))</strong> (\(HTML.code(route.id)))."
                } else {
                    item = "If \(changes), \(counterfactual.openPhrase(HTML.code))."
                }
                let index = explanation.counterfactuals.firstIndex(of: counterfactual) ?? 0
                if let target = link?(index, counterfactual) {
                    item += " <a href=\"\(HTML.escape(target))\">Try it</a>"
                }
                html += "<li>\(item)</li>\n"
            }
            if found.count > limit { html += "<li>… and \(found.count - limit) more.</li>\n" }
            html += "</ul>\n"
        }
        return html
    }

    /// The page's styles, for a server to serve as a file of their own.
    public static let stylesheet = """

        :root{--ink:#1a1a1a;--muted:#4d4d4d;--line:#c9c9c9;--accent:#1d4e89;--accent-bg:#edf3fb;\
        --yes:#13602b;--yes-bg:#e6f4ea;--no:#9a1b1b;--no-bg:#fbeaea;--unknown:#744600;--unknown-bg:#fff2d1}
        *{box-sizing:border-box}
        body{margin:0;color:var(--ink);background:#fff;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
        main{max-width:52rem;margin:0 auto;padding:1.5rem 1rem 3rem}
        h1{font-size:1.9rem;line-height:1.2;margin:.2rem 0 .6rem}
        h2{font-size:1.35rem;margin:2.2rem 0 .8rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
        h3{font-size:1.1rem;margin:1.4rem 0 .4rem}
        code{font-family:ui-monospace,Menlo,Consolas,"Liberation Mono",monospace;font-size:.9em;background:#f1f1f1;\
        padding:.05em .3em;border-radius:3px;overflow-wrap:break-word}
        .eyebrow{text-transform:uppercase;letter-spacing:.06em;font-size:.8rem;font-weight:700;color:var(--muted);margin:0}
        .story{font-size:1.05rem}
        .meta,.rule-id,.muted,.route-id{color:var(--muted);font-size:.875rem;font-weight:400}
        .card{border:2px solid var(--accent);border-left-width:.5rem;background:var(--accent-bg);border-radius:.5rem;padding:1rem 1.25rem}
        .card.undecided{border-color:var(--unknown);background:var(--unknown-bg)}
        .route-title{font-size:1.5rem;line-height:1.25;margin:.3rem 0}
        dt{font-weight:700;margin-top:.6rem}
        dd{margin:0}
        .card ul{padding-left:1.2rem}
        .options li{margin:.5rem 0}
        .ladder{list-style:none;display:flex;gap:1.6rem;padding:0;margin:1rem 0}
        .ladder li{flex:1 1 0;position:relative;border:1px solid var(--line);border-radius:.4rem;padding:.5rem .7rem;background:#fafafa}
        .ladder li+li::before{content:"→";position:absolute;left:-1.3rem;top:40%;color:var(--muted);font-weight:700}
        .ladder li.final{border:3px solid var(--accent);background:var(--accent-bg)}
        .ladder li.final.unknown{border-color:var(--unknown);background:var(--unknown-bg)}
        .ladder .final.unknown .what{color:var(--unknown)}
        .ladder .step{display:block;font-weight:700}
        .ladder .what{display:block;font-size:.85rem;color:var(--muted)}
        .ladder .final .what{color:var(--accent);font-weight:700}
        .rules,.cond,.changes,.reasons{padding-left:0;list-style:none}
        .reasons li,.changes li{margin:.4rem 0;padding-left:1rem;border-left:3px solid var(--line)}
        .rule{margin:.7rem 0;padding:.2rem 0 .2rem .8rem;border-left:4px solid var(--line)}
        .rule.yes{border-left-color:var(--yes)}
        .rule.unknown{border-left-color:var(--unknown)}
        .rule p{margin:.2rem 0}
        .cond{font-size:.9rem;margin:.2rem 0}
        .cond .cond{margin-left:1.2rem;padding-left:.6rem;border-left:1px dashed var(--line)}
        .verdict{display:inline-block;font-weight:700;font-size:.85rem;padding:0 .45rem;border:1px solid;border-radius:1rem;white-space:nowrap}
        .verdict.yes{color:var(--yes);background:var(--yes-bg)}
        .verdict.no{color:var(--no);background:var(--no-bg)}
        .verdict.unknown{color:var(--unknown);background:var(--unknown-bg);white-space:normal}
        .tag{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;padding:0 .35rem;white-space:nowrap;\
        color:var(--unknown);background:var(--unknown-bg);border:1px solid var(--unknown);border-radius:.25rem}
        .note{border:1px solid var(--unknown);background:var(--unknown-bg);border-radius:.4rem;padding:.2rem 1rem}
        .advice{padding:.4rem 0}.advice+.advice{border-top:1px solid var(--line)}
        .says{font-weight:600}
        blockquote{margin:.5rem 0;padding:.1rem 1rem;border-left:4px solid var(--accent);background:#f7f7f7;font-style:italic}
        blockquote .meta{font-style:normal}
        table{border-collapse:collapse;width:100%;font-size:.925rem}
        th,td{text-align:left;vertical-align:top;padding:.45rem .5rem;border-bottom:1px solid var(--line)}
        th{background:#f1f1f1}
        footer{margin-top:3rem;border-top:1px solid var(--line);padding-top:.6rem}
        @media (max-width:40rem){
        h1{font-size:1.5rem}
        .route-title{font-size:1.25rem}
        .card{padding:.8rem}
        .ladder{flex-direction:column;gap:1.4rem}
        .ladder li+li::before{content:"↓";left:1rem;top:-1.35rem}
        thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
        table,tbody,tr,td{display:block}
        tr{border-bottom:1px solid var(--line);padding:.4rem 0}
        td{border:0;padding:.1rem 0}
        td::before{content:attr(data-label) ": ";font-weight:700}
        }
        @media print{
        body{font-size:10.5pt}
        main{max-width:none;padding:0}
        h2{break-after:avoid}
        .card,.rule,.advice,.note,tr,.ladder li{break-inside:avoid}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        }

        """
}
