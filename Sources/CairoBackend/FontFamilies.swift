import Foundation

/// A `Font.family` may be a comma-separated list of families, tried in order — Pango's and
/// CSS's convention — so "Noto Sans CJK SC, sans-serif" means the same to every backend.
func familyNames(_ family: String) -> [String] {
    family.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}

/// Names fontconfig and CSS resolve to whatever the system prefers: asking for one of them is
/// asking for a substitution, so it is never reported as a missing font.
func isGenericFamily(_ name: String) -> Bool {
    ["sans-serif", "sans", "serif", "monospace", "mono", "system-ui", "cursive", "fantasy"].contains(name.lowercased())
}

/// A family name as fontconfig compares them: case and blanks ignored.
func comparableFamily(_ name: String) -> String {
    String(name.lowercased().filter { $0 != " " })
}
