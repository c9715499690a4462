import FuzzSupport
import Workbooks

// A whole .xls file: the OLE2 compound file, its sector chains, the BIFF records and encryption.
Fuzzer.run { data in
    Exercise.workbook(try XLSWorkbook(data: data, file: "fuzz.xls"), file: "fuzz.xls")
}
