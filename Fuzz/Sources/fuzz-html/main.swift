import FuzzSupport
import Workbooks

// An HTML page with tables, as yearbook databases save them under an .xls name.
Fuzzer.run { data in
    Exercise.workbook(try HTMLTables(data: data, file: "fuzz.html"), file: "fuzz.html")
}
