import Foundation

extension ChartSpec {
    /// A JSON Schema (draft 2020-12) for chart files, from the key table, so editors complete
    /// and check keys as they are typed (`# yaml-language-server: $schema=chart.schema.json`).
    public static var jsonSchema: String {
        func type(_ kind: Key.Kind) -> [String: Any] {
            switch kind {
            case .string: return ["type": "string"]
            case .number: return ["type": "number"]
            case .length: return ["type": ["number", "string"], "pattern": "^[0-9.]+ ?(pt|mm|cm|in|px)?$"]
            case .bool: return ["type": "boolean"]
            case .strings: return ["type": ["string", "array"], "items": ["type": "string"]]
            case .choice(let values): return ["type": "string", "enum": values]
            }
        }
        var properties: [String: Any] = [:]
        for key in keyTable { properties[key.name] = type(key.kind).merging(["description": key.help]) { a, _ in a } }
        let schema: [String: Any] = [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "yearbook chart file",
            "type": "object",
            "required": ["data"],
            "additionalProperties": false,
            "properties": properties,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: schema, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
