/// A multi-valued decision diagram: a shared, reduced graph that represents a set of profiles,
/// one variable per fact, one branch per case of the fact's domain.
///
/// Operations are memoised and nodes hash-consed, so a condition over a few facts stays a few nodes
/// however many facts the rule set has, and "no profile at all" is simply the `none` node. This is
/// what lets the analyses be exact without enumerating the product of every fact's cases.
final class DecisionDiagram {
    /// A node handle; `none` and `all` are the two terminals.
    typealias Node = Int

    /// The empty set of profiles.
    static let none: Node = 0
    /// Every profile.
    static let all: Node = 1

    private struct Inner: Hashable {
        let variable: Int
        let children: [Node]
    }

    private enum Operation: Hashable {
        case and(Node, Node)
        case or(Node, Node)
        case not(Node)
    }

    /// The number of cases of each variable.
    let arities: [Int]
    /// The most steps the diagram may take, so a hostile rule set cannot make the analysis run for
    /// hours: a diagram can grow exponentially with the number of facts. A step is a node built or
    /// looked up, and one more for each 64 of its branches.
    let maximumSteps: Int
    /// The steps taken so far.
    private(set) var steps = 0
    /// Whether ``maximumSteps`` was passed. Every operation then answers `none` at once, so what
    /// follows is meaningless and quick; the caller reports that the analysis stopped.
    private(set) var isExhausted = false
    private var inner: [Inner] = [Inner(variable: .max, children: []), Inner(variable: .max, children: [])]
    private var unique: [Inner: Node] = [:]
    private var cache: [Operation: Node] = [:]

    init(arities: [Int], maximumSteps: Int = .max) {
        self.arities = arities
        self.maximumSteps = maximumSteps
    }

    /// The variable a node tests, or `Int.max` for a terminal.
    func variable(of node: Node) -> Int { inner[node].variable }

    /// The node for `variable` with one child per case; merged away when every child is the same.
    func node(_ variable: Int, _ children: [Node]) -> Node {
        // Every operation that does real work ends here: a lookup, and work in proportion to the children.
        steps += 1 + children.count / 64
        if steps > maximumSteps { isExhausted = true }
        if isExhausted { return Self.none }
        if children.allSatisfy({ $0 == children[0] }) { return children[0] }
        let key = Inner(variable: variable, children: children)
        if let existing = unique[key] { return existing }
        inner.append(key)
        unique[key] = inner.count - 1
        return inner.count - 1
    }

    /// The profiles whose `variable` falls in a case for which `holds` is true.
    func literal(_ variable: Int, _ holds: [Bool]) -> Node {
        node(variable, holds.map { $0 ? Self.all : Self.none })
    }

    /// The child of `node` for `variable` = `value`; a node that does not test the variable is its own child.
    func child(_ node: Node, _ variable: Int, _ value: Int) -> Node {
        inner[node].variable == variable ? inner[node].children[value] : node
    }

    func not(_ a: Node) -> Node {
        if isExhausted { return Self.none }
        if a == Self.none { return Self.all }
        if a == Self.all { return Self.none }
        if let cached = cache[.not(a)] { return cached }
        let variable = inner[a].variable
        let result = node(variable, inner[a].children.map { not($0) })
        cache[.not(a)] = result
        return result
    }

    func and(_ a: Node, _ b: Node) -> Node {
        if isExhausted { return Self.none }
        if a == Self.none || b == Self.none { return Self.none }
        if a == Self.all { return b }
        if b == Self.all || a == b { return a }
        let key = Operation.and(min(a, b), max(a, b))
        if let cached = cache[key] { return cached }
        let result = combine(a, b) { self.and($0, $1) }
        cache[key] = result
        return result
    }

    func or(_ a: Node, _ b: Node) -> Node {
        if isExhausted { return Self.none }
        if a == Self.all || b == Self.all { return Self.all }
        if a == Self.none { return b }
        if b == Self.none || a == b { return a }
        let key = Operation.or(min(a, b), max(a, b))
        if let cached = cache[key] { return cached }
        let result = combine(a, b) { self.or($0, $1) }
        cache[key] = result
        return result
    }

    /// `a and not b`.
    func minus(_ a: Node, _ b: Node) -> Node { and(a, not(b)) }

    /// The union of many nodes.
    func or(_ nodes: [Node]) -> Node { nodes.reduce(Self.none) { or($0, $1) } }

    private func combine(_ a: Node, _ b: Node, _ operation: (Node, Node) -> Node) -> Node {
        let variable = min(inner[a].variable, inner[b].variable)
        let children = (0..<arities[variable]).map { value in
            operation(child(a, variable, value), child(b, variable, value))
        }
        return node(variable, children)
    }

    /// The set with `variable` fixed to `value`.
    func restrict(_ a: Node, _ variable: Int, _ value: Int) -> Node {
        if isExhausted { return Self.none }
        // Memoised for this call: a diagram shares its nodes, and a walk that visited them once per
        // path through them would take time exponential in the number of variables above `variable`.
        var done: [Node: Node] = [:]
        func visit(_ a: Node) -> Node {
            if a <= Self.all || inner[a].variable > variable { return a }
            if inner[a].variable == variable { return inner[a].children[value] }
            if let result = done[a] { return result }
            let result = node(inner[a].variable, inner[a].children.map(visit))
            done[a] = result
            return result
        }
        return visit(a)
    }

    /// A set that agrees with `a` on every profile in `care` and may take any value elsewhere, chosen
    /// to test as few variables as it can (Coudert and Madre's restrict): a variable `care` alone
    /// tests is dropped from it, and a branch outside `care` takes a sibling's child. `a` and the
    /// result meet `care` in the same profiles, so the result describes `a` among them more simply.
    func restrict(_ a: Node, care: Node) -> Node {
        var done: [Pair: Node] = [:]
        func visit(_ a: Node, _ care: Node) -> Node {
            if isExhausted || care == Self.none { return Self.none }
            if a <= Self.all || care == Self.all { return a }
            if let result = done[Pair(a: a, b: care)] { return result }
            let variable = min(inner[a].variable, inner[care].variable)
            let result: Node
            if inner[a].variable > variable {
                // Only the care set tests this variable: any of its branches will do.
                result = visit(a, or(inner[care].children))
            } else {
                var children = (0..<arities[variable]).map { value -> Node? in
                    let careChild = child(care, variable, value)
                    return careChild == Self.none ? nil : visit(child(a, variable, value), careChild)
                }
                // A branch outside the care set takes the child of the nearest branch inside it.
                let known = children.compactMap { $0 }
                if let first = known.first {
                    var last = first
                    for index in children.indices {
                        if let child = children[index] { last = child } else { children[index] = last }
                    }
                    result = node(variable, children.map { $0 ?? first })
                } else {
                    result = Self.none
                }
            }
            done[Pair(a: a, b: care)] = result
            return result
        }
        return visit(a, care)
    }

    private struct Pair: Hashable {
        let a: Node
        let b: Node
    }

    /// One profile in the set, as a case for each variable the path through the diagram tests.
    func example(_ a: Node) -> [Int: Int]? {
        guard a != Self.none else { return nil }
        var assignment: [Int: Int] = [:]
        var current = a
        while current > Self.all {
            let node = inner[current]
            guard let value = node.children.firstIndex(where: { $0 != Self.none }) else { return nil }
            assignment[node.variable] = value
            current = node.children[value]
        }
        return assignment
    }

    /// The set as a list of disjoint cubes: for each, the cases allowed for each variable it restricts.
    /// Children leading to the same node share one cube; stops after `limit` cubes.
    func cubes(_ a: Node, limit: Int = 64) -> [[Int: [Int]]] {
        var result: [[Int: [Int]]] = []
        var path: [Int: [Int]] = [:]
        func visit(_ node: Node) {
            guard result.count < limit, node != Self.none else { return }
            if node == Self.all {
                result.append(path)
                return
            }
            let current = inner[node]
            var groups: [(child: Node, values: [Int])] = []
            for (value, child) in current.children.enumerated() where child != Self.none {
                if let index = groups.firstIndex(where: { $0.child == child }) {
                    groups[index].values.append(value)
                } else {
                    groups.append((child, [value]))
                }
            }
            for group in groups {
                path[current.variable] = group.values
                visit(group.child)
                path[current.variable] = nil
            }
        }
        visit(a)
        return result
    }
}
