import FuzzSupport
import Workbooks

// One XML part of an otherwise sound .xlsx: the first byte chooses the part, the rest is its
// text. Mutating the XML inside a valid archive reaches the XML readers far more often than
// mutating the compressed bytes of a whole archive does.
Fuzzer.run { data in
    guard let selector = data.first else { return }
    let archive = try XLSXParts.archive(replacing: Int(selector), with: data.dropFirst())
    Exercise.workbook(try XLSXWorkbook(data: archive, file: "fuzz.xlsx"), file: "fuzz.xlsx")
}
