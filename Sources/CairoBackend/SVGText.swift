/// A number for SVG: at most two decimals (a hundredth of a point is below any screen's or
/// printer's resolution), never an exponent, never "-0", no trailing zeros — short, and the
/// same text for the same value on every machine.
package func svgNumber(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let magnitude = hundredths.magnitude
    let whole = String(magnitude / 100)
    let fraction = magnitude % 100
    let sign = hundredths < 0 ? "-" : ""
    if fraction == 0 { return sign + whole }
    if fraction % 10 == 0 { return sign + whole + "." + String(fraction / 10) }
    return sign + whole + "." + (fraction < 10 ? "0" : "") + String(fraction)
}

/// `text` escaped for XML content and for attribute values, which the writer always puts in
/// double quotes (so the apostrophes quoting names in a font-family list stay as they are). Control characters
/// XML 1.0 forbids even as references become U+FFFD, so the document always parses.
func xmlEscaped(_ text: String) -> String {
    // Most texts need nothing: no markup character, no control character, and no 0xEF lead
    // byte, with which U+FFFE and U+FFFF begin in UTF-8.
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF }) { return text }
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": escaped += "&amp;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\"": escaped += "&quot;"
        case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
        case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
            escaped += "\u{FFFD}"
        default: escaped.unicodeScalars.append(scalar)
        }
    }
    return escaped
}
