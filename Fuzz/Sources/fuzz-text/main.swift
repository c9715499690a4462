import FuzzSupport
import YearbookData

// Delimited text: any encoding, any layout, as a .tsv or .csv would hold it.
Fuzzer.run { data in
    Exercise.table(try TableFile.parse(data, file: "fuzz"))
}
