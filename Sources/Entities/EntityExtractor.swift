import NewsText

/// Finds regions, organizations, people, policies and events on a page.
///
/// STUB (issue 5 fills it in).
public struct EntityExtractor: Sendable {
    public let gazetteer: Gazetteer
    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }
    public func extract(page: Page) -> EntityResult { EntityResult() }
}
