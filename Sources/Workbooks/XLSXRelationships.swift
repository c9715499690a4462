import Foundation

/// The workbook's relationships (`xl/_rels/workbook.xml.rels`): which part each `r:id` names,
/// so sheets, shared strings and styles are found where the producer put them rather than
/// where Excel happens to.
struct XLSXRelationships {
    private var targets: [String: (type: String, path: String?)] = [:]

    /// Reads the relationships of a part in `folder` (`xl`), against which targets are resolved.
    static func read(_ data: Data, entry: String, folder: String, file: String) throws -> XLSXRelationships {
        let handler = Handler(folder: folder)
        try XLSXXMLReader.read(data, entry: entry, file: file, into: handler)
        return handler.relationships
    }

    /// The archive path of the part with relationship `id`, nil when unknown or outside the archive.
    func path(id: String) -> String? { targets[id]?.path ?? nil }

    /// The archive path of the first part whose relationship type ends in `/type` (`/styles`).
    func path(type: String) -> String? {
        targets.values.sorted { ($0.path ?? "") < ($1.path ?? "") }.first { $0.type.hasSuffix("/" + type) }?.path ?? nil
    }

    /// `worksheets/sheet1.xml` from `xl` → `xl/worksheets/sheet1.xml`; `/xl/x.xml` is from the
    /// archive's root. Nil when `..` climbs out of the archive.
    static func resolve(_ target: String, from folder: String) -> String? {
        let joined = target.hasPrefix("/") ? target : folder + "/" + target
        var parts: [Substring] = []
        for part in joined.split(separator: "/") where part != "." {
            if part == ".." {
                guard parts.popLast() != nil else { return nil }
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    private final class Handler: XLSXPartHandler {
        let folder: String
        var relationships = XLSXRelationships()

        init(folder: String) { self.folder = folder }

        func start(_ element: String, _ attributes: [String: String]) {
            guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
            let external = attributes["TargetMode"] == "External"
            let path = external ? nil : XLSXRelationships.resolve(target, from: folder)
            relationships.targets[id] = (attributes["Type"] ?? "", path)
        }
    }
}
