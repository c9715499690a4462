import Foundation

/// The long form written out for other tools: the columns `zone,indicator,measure,unit,year,value`
/// in that order, a missing value as an empty field (`null` in JSON), the value's digits as printed.
public enum ExportFormat: String, Sendable, CaseIterable {
    case csv, tsv, json, markdown

    public static let header = ["zone", "indicator", "measure", "unit", "year", "value"]

    public func render(_ observations: [Observation]) -> String {
        switch self {
        case .csv: return delimited(observations, separator: ",", escape: ExportFormat.csvField)
        case .tsv: return delimited(observations, separator: "\t", escape: ExportFormat.tsvField)
        case .json: return json(observations)
        case .markdown: return markdown(observations)
        }
    }

    private static func fields(_ o: Observation) -> [String] {
        [o.zone, o.indicator, o.measure.rawValue, o.unit, o.period.description, o.value?.text ?? ""]
    }

    private func delimited(_ observations: [Observation], separator: String, escape: (String) -> String) -> String {
        var out = ExportFormat.header.joined(separator: separator) + "\n"
        for o in observations {
            out += ExportFormat.fields(o).map(escape).joined(separator: separator) + "\n"
        }
        return out
    }

    static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// TSV has no quoting convention every reader agrees on, so tabs and line breaks inside a
    /// field become spaces.
    static func tsvField(_ field: String) -> String {
        field.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    private func json(_ observations: [Observation]) -> String {
        let records = observations.map { o -> String in
            let year: String
            switch o.period {
            case .year(let y): year = String(y)
            case .unspecified: year = "null"
            default: year = ExportFormat.jsonString(o.period.description)
            }
            let pairs = [
                ("zone", ExportFormat.jsonString(o.zone)),
                ("indicator", ExportFormat.jsonString(o.indicator)),
                ("measure", ExportFormat.jsonString(o.measure.rawValue)),
                ("unit", ExportFormat.jsonString(o.unit)),
                ("year", year),
                ("value", o.value.map(\.text) ?? "null"),
            ]
            return "  {" + pairs.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        return records.isEmpty ? "[]\n" : "[\n" + records.joined(separator: ",\n") + "\n]\n"
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private func markdown(_ observations: [Observation]) -> String {
        func row(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        var out = row(ExportFormat.header)
        out += "|---|---|---|---|---:|---:|\n"
        for o in observations { out += row(ExportFormat.fields(o)) }
        return out
    }
}
