"""Writes the .xls fixtures the XLSWorkbook tests read (Excel 97-2003, BIFF8, through xlwt).

Swift has no .xls writer, so the fixtures are made here and committed; the tests never run
Python. Run from anywhere after `pip install xlwt==1.3.0`:

    python3 Tests/WorkbooksTests/Fixtures/make_xls.py

table64.xls      Table 64 of the 2021 Shaoxing Yearbook, laid out row for row like
                 Datasets/table64.tsv (sheet row n = line n), with its merged header cells.
sheets.xls       two sheets with Chinese names; a text cell holding "  ", a blank cell, numbers.
empty-string.xls a text cell holding "" (read as a missing cell: see the tests).
dates.xls        a date, a date and time, and a time of day.
password.xls     a workbook laid out as a password-encrypted one is.
"""
import datetime
import os
import struct

import xlwt
from xlwt import CompoundDoc
from xlwt.Cell import StrCell

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = [
    ["名 称", "项 目", "合同利用外资(万美元)", None, "实际利用外资(万美元)", None, "自营出口(万元)", None],
    [None, None, "实绩", "增长(%)", "实绩", "增长(%)", "实绩", "增长(%)"],
]
DATA = [
    ["合 计", 102647, -25.9, 50991, 19.7, 15354504, 8.9],
    ["滨海新区(绍兴高新技术产业开发区、袍江经济技术开发区)", 61429, 33.1, 14272, 77.3, 5667350, 17.6],
    ["柯桥经济技术开发区(柯桥区滨海工业区)", 0, -100.0, 1590, -55.9, 2241646, 2.7],
    ["杭州湾上虞经济技术开发区(上虞经济开发区)", 12124, -63.7, 22563, 46.8, 1953173, 9.8],
    ["诸暨经济开发区", 19164, 8.1, 4544, -27.2, 2046179, 1.0],
    ["诸暨珍珠产业园区", 2843, -11.6, 0, -100.0, 52851, 8.9],
    ["诸暨现代环保装备高新技术产业园区", 0, -100.0, 5211, -23.5, 1132069, 11.9],
    ["嵊州经济开发区", 3799, -86.2, 2008, 118.3, 779719, -3.8],
    ["新昌高新技术产业园区", 2088, 39.2, 803, "—", 1202759, 5.9],
    ["新昌经济开发区", 1200, "—", 0, "—", 278758, 0],
]


def table64():
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("表64")
    sheet.write(0, 0, "表 64")
    sheet.write(2, 0, "开发区主要指标情况表")
    sheet.write_merge(4, 5, 0, 0, HEADER[0][0])
    sheet.write_merge(4, 5, 1, 1, HEADER[0][1])
    for column in (2, 4, 6):
        sheet.write_merge(4, 4, column, column + 1, HEADER[0][column])
    for column in range(2, 8):
        sheet.write(5, column, HEADER[1][column])
    for offset, (name, *values) in enumerate(DATA):
        sheet.write(6 + offset, 0, name)
        for column, value in enumerate(values, start=2):
            sheet.write(6 + offset, column, value)
    sheet.write(17, 0, "(市商务局 提供)")
    book.save(os.path.join(HERE, "table64.xls"))


def sheets():
    book = xlwt.Workbook(encoding="utf-8")
    first = book.add_sheet("开发区")
    rows = [("名称", "值"), ("甲", None), ("乙", "  "), ("丙", 3), ("丁", 2.5),
            ("戊", 0.1 + 0.2), ("己", 15354504.0), ("庚", -0.5), (" 辛 ", 1e20)]
    for r, (label, value) in enumerate(rows):
        first.write(r, 0, label)
        if value is not None:
            first.write(r, 1, value)
    second = book.add_sheet("注释")
    second.write(0, 0, "注：数据为快报数")
    second.write(2, 0, "资料来源：市统计局")
    book.save(os.path.join(HERE, "sheets.xls"))


def empty_string():
    """A text cell holding "" (xlwt writes "" as a blank cell, so the SST entry is put in by hand)."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1", cell_overwrite_ok=True)
    sheet.write(0, 0, "名称")
    sheet.write(0, 1, "")
    sheet.row(0).insert_cell(1, StrCell(0, 1, book.add_style(xlwt.Style.default_style), book.add_str("")))
    book.save(os.path.join(HERE, "empty-string.xls"))


def dates():
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("日期")
    sheet.write(0, 0, "日期")
    sheet.write(0, 1, datetime.date(2020, 12, 31), xlwt.easyxf(num_format_str="YYYY-MM-DD"))
    sheet.write(1, 0, "时刻")
    sheet.write(1, 1, datetime.datetime(2021, 3, 1, 8, 30, 15), xlwt.easyxf(num_format_str="YYYY-MM-DD HH:MM:SS"))
    sheet.write(2, 0, "时间")
    sheet.write(2, 1, datetime.time(14, 5, 9), xlwt.easyxf(num_format_str="HH:MM:SS"))
    book.save(os.path.join(HERE, "dates.xls"))


def rc4(key, data):
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def password():
    """Laid out as Excel lays out a workbook encrypted with a password: a FILEPASS record (RC4)
    after the workbook's BOF, then every record's payload encrypted while the record headers, BOF,
    INTERFACEHDR and each BOUNDSHEET's stream offset stay plain. The payloads are RC4 under a
    fixed key restarted for each record, not Excel's key schedule, so nothing can open the file;
    readers must recognise the encryption and say so."""
    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("Sheet1").write(0, 0, "secret")
    stream = book.get_biff_data()
    payload = struct.pack("<HHH", 1, 1, 1) + bytes(48)
    filepass = struct.pack("<HH", 0x002F, len(payload)) + payload
    records, offset = [], 0
    while offset < len(stream):
        kind, size = struct.unpack_from("<HH", stream, offset)
        records.append((kind, bytearray(stream[offset + 4:offset + 4 + size])))
        offset += 4 + size
    records.insert(1, (0x002F, bytearray(payload)))
    out = bytearray()
    for index, (kind, body) in enumerate(records):
        if kind == 0x0085:
            struct.pack_into("<I", body, 0, struct.unpack_from("<I", body, 0)[0] + len(filepass))
        if index > 1 and kind not in (0x0809, 0x00E1):
            plain = 4 if kind == 0x0085 else 0
            body[plain:] = rc4(b"yearbook-fixture", bytes(body[plain:]))
        out += struct.pack("<HH", kind, len(body)) + body
    with open(os.path.join(HERE, "password.xls"), "wb") as target:
        CompoundDoc.XlsDoc().save(target, bytes(out))


if __name__ == "__main__":
    table64()
    sheets()
    empty_string()
    dates()
    password()
