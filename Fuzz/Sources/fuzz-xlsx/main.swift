import FuzzSupport
import Workbooks

// A whole .xlsx archive: the ZIP directory, entry sizes and compression, and every part in it.
Fuzzer.run { data in
    Exercise.workbook(try XLSXWorkbook(data: data, file: "fuzz.xlsx"), file: "fuzz.xlsx")
}
