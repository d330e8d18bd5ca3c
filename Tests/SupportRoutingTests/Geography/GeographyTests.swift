/// Groups the geography suites so `swift test --filter Geography` runs exactly them.
enum GeographyTests {}
