/// The facts of two rule sets as one schema, so two versions can be compared over one space.
///
/// Facts match by name. Numbers match whatever their ranges; enums match whatever their values,
/// over the union of the values (a value only one version has is left out of the comparison, since
/// the other version would refuse a profile with it); anything else that changed type is compared
/// as two separate facts.
struct SharedFacts {
    let schema: FactSchema
    /// Where each old fact sits in the shared schema, by old slot.
    let oldSlot: [Int]
    let newSlot: [Int]
    /// For enums whose values differ: each old (or new) value index's shared index, by old (new) slot.
    let oldValues: [Int: [Int]]
    let newValues: [Int: [Int]]
    /// For each shared slot, the value indices both versions know, where that is not all of them.
    let sharedValues: [Int: [Int]]
    let notes: [String]

    init(old: FactSchema, new: FactSchema) {
        var facts: [Fact] = []
        var notes: [String] = []
        var newSlot: [Int] = []
        var oldSlot: [Int] = []
        var oldValues: [Int: [Int]] = [:]
        var newValues: [Int: [Int]] = [:]
        var sharedValues: [Int: [Int]] = [:]
        func add(_ fact: Fact, name: String, type: FactType) -> Int {
            facts.append(
                Fact(
                    name: name, type: type, defaultValue: fact.defaultValue, description: fact.description,
                    index: facts.count, location: fact.location))
            return facts.count - 1
        }
        for fact in new.facts { newSlot.append(add(fact, name: fact.name, type: fact.type)) }
        for fact in old.facts {
            guard let match = new[fact.name] else {
                notes.append("fact `\(fact.name)` is only in the old rules")
                oldSlot.append(add(fact, name: fact.name, type: fact.type))
                continue
            }
            let slot = newSlot[match.index]
            switch (fact.type, match.type) {
            case _ where fact.type == match.type:
                oldSlot.append(slot)
            case (.number, .number):
                notes.append("the range of `\(fact.name)` changed; compared over the new range")
                oldSlot.append(slot)
            case (.enumeration(let before, _), .enumeration(let after, _)):
                let union = after + before.filter { !after.contains($0) }
                facts[slot] = Fact(
                    name: match.name, type: .enumeration(values: union, ordered: false),
                    defaultValue: match.defaultValue,
                    description: match.description, index: slot, location: match.location)
                oldValues[slot] = before.map { union.firstIndex(of: $0)! }
                newValues[slot] = after.indices.map { $0 }
                sharedValues[slot] = union.indices.filter { before.contains(union[$0]) && after.contains(union[$0]) }
                for value in after where !before.contains(value) {
                    notes.append(
                        "value `\(value)` of `\(fact.name)` is only in the new rules; profiles with it are not compared"
                    )
                }
                for value in before where !after.contains(value) {
                    notes.append(
                        "value `\(value)` of `\(fact.name)` is only in the old rules; profiles with it are not compared"
                    )
                }
                oldSlot.append(slot)
            default:
                notes.append("fact `\(fact.name)` changed type; compared as two facts")
                oldSlot.append(add(fact, name: "\(fact.name) (old)", type: fact.type))
            }
        }
        for fact in new.facts where old[fact.name] == nil {
            notes.append("fact `\(fact.name)` is only in the new rules")
        }
        schema = FactSchema(facts: facts)
        self.oldSlot = oldSlot
        self.newSlot = newSlot
        // Value maps are kept by the rule set's own slots, as remapping reads them.
        self.oldValues = Dictionary(
            uniqueKeysWithValues: oldValues.compactMap { slot, map in
                oldSlot.firstIndex(of: slot).map { ($0, map) }
            })
        self.newValues = Dictionary(
            uniqueKeysWithValues: newValues.compactMap { slot, map in
                newSlot.firstIndex(of: slot).map { ($0, map) }
            })
        self.sharedValues = sharedValues
        self.notes = notes
    }
}
